import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { kpiUnit } from './kpi-labels';
import { hasData, maxOf, metTarget, niceMax, ticks, type KpiPoint } from './kpi-scale';

const WIDTH = 400;
const HEIGHT = 200;
const PAD = { top: 12, right: 10, bottom: 28, left: 40 };

interface KpiChartProps {
  title: string;
  unit: string;
  points: readonly KpiPoint[];
  compact?: boolean;
}

/**
 * Values per period as bars, targets as a dashed line with diamonds. Drawn by hand in SVG: a
 * charting library would weigh more than the few shapes it draws; a table follows for screen readers.
 */
export function KpiChart({ title, unit, points, compact = false }: KpiChartProps) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const top = niceMax(maxOf(points));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, points.length);
  const x = (i: number) => PAD.left + band * i + band / 2;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const targets = points.map((p, i) => (p.target === null ? null : ([x(i), y(p.target)] as const)));
  const targetPath = targets
    .map((point, i) => (point ? `${i === 0 || !targets[i - 1] ? 'M' : 'L'}${point[0].toFixed(1)},${point[1].toFixed(1)}` : ''))
    .join(' ');
  const summary = t('kpi.chartSummary', {
    title,
    values: points.map((p) => `${p.period}: ${p.value === null ? '–' : formatNumber(p.value)}`).join(', '),
  });
  return (
    <figure className={compact ? 'kpi-chart kpi-chart-compact' : 'kpi-chart'} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <span className="kpi-chart-title">{title}</span> <span className="muted">({kpiUnit(t, unit)})</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {ticks(top).map((tick) => (
          <g key={tick} className="kpi-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          p.value === null ? null : (
            <rect
              key={p.period}
              className={metTarget(p) === false ? 'kpi-bar kpi-bar-below' : 'kpi-bar'}
              x={x(i) - band * 0.3}
              width={band * 0.6}
              y={y(p.value)}
              height={Math.max(0, PAD.top + plotH - y(p.value))}
            />
          ),
        )}
        {!hasData(points) && (
          <text className="kpi-empty" x={PAD.left + plotW / 2} y={PAD.top + plotH / 2} textAnchor="middle">
            {t('kpi.noValues')}
          </text>
        )}
        {targetPath && <path className="kpi-target-line" d={targetPath} />}
        {targets.map((point, i) =>
          point ? <path key={i} className="kpi-target-mark" d={`M${point[0]},${point[1] - 6} l6,6 l-6,6 l-6,-6 z`} /> : null,
        )}
        {points.map((p, i) => (
          <text key={p.period} className="kpi-axis-label" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
            {p.period}
          </text>
        ))}
      </svg>
      <p className="kpi-legend" aria-hidden="true">
        <span className="kpi-legend-bar" /> {t('kpi.value')} <span className="kpi-legend-target" /> {t('kpi.target')}
      </p>
      {!compact && <KpiTable points={points} />}
    </figure>
  );
}

export function KpiTable({ points }: { points: readonly KpiPoint[] }) {
  const { t, formatNumber } = useI18n();
  const show = (n: number | null) => (n === null ? '–' : formatNumber(n));
  return (
    <details className="kpi-table">
      <summary>{t('kpi.asTable')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('kpi.period')}</th>
            <th scope="col">{t('kpi.value')}</th>
            <th scope="col">{t('kpi.target')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.period}>
              <th scope="row">{p.period}</th>
              <td>{show(p.value)}</td>
              <td>{show(p.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
