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

/** What one run measured, to be combined with other slices of the same system before summarizing. */
export interface LoadSamples {
  latencies: number[];
  requests: number;
  errors: number;
  seconds: number;
}

export function summarizeSamples(slices: readonly LoadSamples[]): LoadResult {
  const latencies = slices.flatMap((s) => s.latencies);
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const requests = slices.reduce((sum, s) => sum + s.requests, 0);
  return {
    ...summarizeLatencies(latencies),
    requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
    errors: slices.reduce((sum, s) => sum + s.errors, 0),
  };
}

export async function runLoad(target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  return summarizeSamples([await runLoadSamples(target, settings)]);
}

export async function runLoadSamples(target: LoadTarget, settings: LoadSettings): Promise<LoadSamples> {
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
      latencies,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + non2xx,
      seconds: settings.durationSeconds,
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
