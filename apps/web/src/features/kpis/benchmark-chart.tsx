import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { kpiUnit } from './kpi-labels';
import { niceMax } from './kpi-scale';
import type { BenchmarkData } from './kpi.queries';

type Entry = BenchmarkData['kpiBenchmark']['nodes'][number];

/** Clusters ranked on one KPI: an ordered list whose bars are drawn with CSS widths. */
export function BenchmarkChart({ entries, highlight, unit }: { entries: Entry[]; highlight: string; unit: string }) {
  const { t, formatNumber } = useI18n();
  const top = niceMax(entries.reduce((max, e) => Math.max(max, e.value), 0));
  return (
    <ol className="benchmark plain-list">
      {entries.map((entry) => {
        const self = entry.cluster.slug === highlight;
        return (
          <li
            key={entry.cluster.id}
            className={self ? 'benchmark-row benchmark-self' : 'benchmark-row'}
            aria-current={self ? 'true' : undefined}
          >
            <span className="benchmark-rank">{t('kpi.rank', { rank: entry.rank })}</span>
            <Link className="benchmark-name" to={`/clusters/${encodeURIComponent(entry.cluster.slug)}/kpis`}>
              {entry.cluster.name}
            </Link>
            <span className="benchmark-track" aria-hidden="true">
              <span className="benchmark-bar" style={{ width: `${(entry.value / top) * 100}%` }} />
            </span>
            <span className="benchmark-value">
              {formatNumber(entry.value)} {kpiUnit(t, unit)}
              <span className="muted"> · {t('kpi.percentile', { percentile: formatNumber(Math.round(entry.percentile)) })}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
