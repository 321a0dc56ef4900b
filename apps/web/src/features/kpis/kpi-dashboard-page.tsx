import { useQuery } from '@apollo/client/react';
import { Link, navigate, useDocumentTitle, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { BenchmarkPanel } from './benchmark-panel';
import { KpiChart } from './kpi-chart';
import { kpiName } from './kpi-labels';
import { yearRange } from './kpi-scale';
import { KPI_DASHBOARD } from './kpi.queries';
import './kpis.css';

const THIS_YEAR = new Date().getFullYear();
const FIRST_YEARS = yearRange(THIS_YEAR - 9, THIS_YEAR);

/** A cluster's KPIs over a range of years against their targets, and benchmarking against other clusters. */
export default function KpiDashboardPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const slug = params.slug ?? '';
  const { search } = useLocation();
  const from = Number(search.get('from')) || THIS_YEAR - 4;
  const periods = yearRange(from, THIS_YEAR);
  const { data, previousData, loading, error, refetch } = useQuery(KPI_DASHBOARD, { variables: { slug, periods } });
  const cluster = (data ?? previousData)?.organization;
  useDocumentTitle(cluster ? t('kpi.dashboardTitle', { name: cluster.name }) : null);
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(name, value);
    navigate(`/clusters/${encodeURIComponent(slug)}/kpis?${next.toString()}`, { replace: true });
  };
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!cluster) return loading ? <Loading /> : null;
  const clusterHref = `/clusters/${encodeURIComponent(cluster.slug)}`;
  if (cluster.kind !== 'CLUSTER') {
    return (
      <article className="page">
        <h1>{cluster.name}</h1>
        <Empty>{t('cluster.notACluster')}</Empty>
      </article>
    );
  }
  return (
    <article className="page kpi-dashboard">
      <p className="meta">
        <Link to={clusterHref}>{cluster.name}</Link>
      </p>
      <h1>{t('kpi.dashboardTitle', { name: cluster.name })}</h1>
      <p className="lead">{t('kpi.dashboardLead')}</p>
      <div className="field inline">
        <label htmlFor="kpi-from">{t('kpi.fromYear')}</label>
        <select id="kpi-from" value={String(from)} onChange={(e) => setParam('from', e.target.value)}>
          {FIRST_YEARS.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <section aria-labelledby="kpi-over-time" aria-busy={loading}>
        <h2 id="kpi-over-time">{t('kpi.overTime')}</h2>
        {cluster.kpis.length === 0 ? (
          <Empty>{t('kpi.none')}</Empty>
        ) : (
          <div className="kpi-grid">
            {cluster.kpis.map((kpi) => (
              <div key={kpi.kpi.code} className="card">
                <KpiChart title={kpiName(t, kpi.kpi)} unit={kpi.kpi.unit} points={kpi.periods} />
                <p className="muted kpi-kind">{kpi.kpi.computed ? t('kpi.computed') : t('kpi.reported')}</p>
              </div>
            ))}
          </div>
        )}
      </section>
      {cluster.kpis.length > 0 && (
        <BenchmarkPanel
          cluster={cluster.slug}
          kpis={cluster.kpis}
          years={periods}
          kpi={search.get('kpi')}
          period={search.get('period')}
          onChange={setParam}
        />
      )}
    </article>
  );
}
