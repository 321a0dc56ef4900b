/** Fixed-concurrency, fixed-duration load with autocannon, from this process, over loopback. */
import autocannon from 'autocannon';
import { summarizeLatencies, type LoadResult } from './report';

export interface LoadTarget {
  url: string;
  body: string;
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  /** Called every 250 ms during the run (e.g. to sample a process's memory). */
  onTick?: () => void;
}

export async function runLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: target.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: target.body,
      connections: settings.connections,
      duration: settings.durationSeconds,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx += 1;
  });
  const ticker = settings.onTick ? setInterval(settings.onTick, 250) : null;
  try {
    const result = await done;
    return {
      ...summarizeLatencies(latencies),
      requestsPerSecond: Math.round((result.requests.total / settings.durationSeconds) * 10) / 10,
      errors: result.errors + result.timeouts + non2xx,
    };
  } finally {
    if (ticker) clearInterval(ticker);
  }
}

/** One request outside the load, returning the parsed body and the statement count header. */
export async function probe(url: string, body: string): Promise<{ status: number; json: unknown; statementsHeader: number | null }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const header = response.headers.get('x-sql-statements');
  return { status: response.status, json: await response.json(), statementsHeader: header === null ? null : Number(header) };
}
