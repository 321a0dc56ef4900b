export interface MemorySample {
  seconds: number;
  rss: number;
  heapUsed: number;
}

export interface MemoryVerdict {
  growing: boolean;
  summary: string;
}

const MB = 1024 * 1024;

/** Least-squares slope, in units per second. */
function slope(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
}

/**
 * A leak raises the floor that the heap returns to after each collection. After a warm-up (the
 * first fifth: caches, JIT, pool), the lowest heap of the last third must not exceed the lowest of
 * the first third by more than 25 % + 16 MB, and RSS likewise by 50 % + 64 MB (the allocator keeps
 * pages). The fitted slope is reported for the record.
 */
export function analyzeMemory(samples: MemorySample[]): MemoryVerdict {
  const valid = samples.filter((s) => Number.isFinite(s.rss) && Number.isFinite(s.heapUsed));
  const end = valid.at(-1)?.seconds ?? 0;
  const steady = valid.filter((s) => s.seconds >= end / 5);
  if (steady.length < 6) return { growing: false, summary: `too few samples (${steady.length}) to judge a trend` };
  const third = Math.floor(steady.length / 3);
  const early = steady.slice(0, third);
  const late = steady.slice(-third);
  const floor = (list: MemorySample[], key: 'rss' | 'heapUsed') => Math.min(...list.map((s) => s[key]));
  const heapGrowth = floor(late, 'heapUsed') - floor(early, 'heapUsed');
  const rssGrowth = floor(late, 'rss') - floor(early, 'rss');
  const heapGrowing = floor(late, 'heapUsed') > floor(early, 'heapUsed') * 1.25 + 16 * MB;
  const rssGrowing = floor(late, 'rss') > floor(early, 'rss') * 1.5 + 64 * MB;
  const heapSlope = slope(steady.map((s) => [s.seconds, s.heapUsed])) * 60;
  const rssSlope = slope(steady.map((s) => [s.seconds, s.rss])) * 60;
  const fmt = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  return {
    growing: heapGrowing || rssGrowing,
    summary:
      `heap floor ${fmt(floor(early, 'heapUsed'))} → ${fmt(floor(late, 'heapUsed'))} (${heapGrowth >= 0 ? '+' : ''}${fmt(heapGrowth)}, fit ${fmt(heapSlope)}/min)` +
      `, RSS floor ${fmt(floor(early, 'rss'))} → ${fmt(floor(late, 'rss'))} (${rssGrowth >= 0 ? '+' : ''}${fmt(rssGrowth)}, fit ${fmt(rssSlope)}/min)` +
      (heapGrowing ? '; HEAP GROWS' : '') +
      (rssGrowing ? '; RSS GROWS' : ''),
  };
}
