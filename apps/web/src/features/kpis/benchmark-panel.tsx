import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { BenchmarkChart } from './benchmark-chart';
import { kpiName } from './kpi-labels';
import { latestMeasured } from './kpi-scale';
import { KPI_BENCHMARK, type ClusterKpi } from './kpi.queries';

interface BenchmarkPanelProps {
  cluster: string;
  kpis: ClusterKpi[];
  years: string[];
  kpi: string | null;
  period: string | null;
  onChange(name: 'kpi' | 'period', value: string): void;
}

/** Chooses a KPI and a year and ranks every cluster on it. */
export function BenchmarkPanel({ cluster, kpis, years, kpi, period, onChange }: BenchmarkPanelProps) {
  const { t } = useI18n();
  const chosenKpi = kpis.find((k) => k.kpi.code === kpi) ?? kpis[0];
  const chosen = chosenKpi?.kpi;
  // Without a choice, the latest year in which this cluster measured something on that KPI.
  const year = period && years.includes(period) ? period : (latestMeasured(chosenKpi?.periods ?? []) ?? '');
  const { data, previousData, loading, error, refetch } = useQuery(KPI_BENCHMARK, {
    variables: { kpi: chosen?.code ?? '', period: year },
    skip: !chosen,
  });
  const shown = (data ?? previousData)?.kpiBenchmark;
  return (
    <section aria-labelledby="kpi-benchmark" className="benchmark-panel">
      <h2 id="kpi-benchmark">{t('kpi.benchmark')}</h2>
      <p className="muted">{t('kpi.benchmarkLead')}</p>
      <div className="benchmark-controls">
        <div className="field">
          <label htmlFor="benchmark-kpi">{t('kpi.kpi')}</label>
          <select id="benchmark-kpi" value={chosen?.code ?? ''} onChange={(e) => onChange('kpi', e.target.value)}>
            {kpis.map(({ kpi: k }) => (
              <option key={k.code} value={k.code}>
                {kpiName(t, k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="benchmark-period">{t('kpi.period')}</label>
          <select id="benchmark-period" value={year} onChange={(e) => onChange('period', e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div aria-live="polite" aria-busy={loading}>
        {error && <ErrorState error={error} onRetry={() => void refetch()} />}
        {!shown && loading && <Loading />}
        {shown && shown.nodes.length === 0 && <Empty>{t('kpi.noBenchmark')}</Empty>}
        {shown && shown.nodes.length > 0 && chosen && <BenchmarkChart entries={shown.nodes} highlight={cluster} unit={chosen.unit} />}
      </div>
    </section>
  );
}
