import { useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { countryName } from '../../ui/labels';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { KpiChart } from '../kpis/kpi-chart';
import { kpiName } from '../kpis/kpi-labels';
import { hasData, yearRange } from '../kpis/kpi-scale';
import '../kpis/kpis.css';
import { AgreementList, EventList } from './cluster-activity';
import { ClusterMembers } from './cluster-members';
import { CLUSTER } from './cluster.queries';
import './clusters.css';

const THIS_YEAR = new Date().getFullYear();
const RECENT_YEARS = yearRange(THIS_YEAR - 4, THIS_YEAR);

export default function ClusterPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const slug = params.slug ?? '';
  const { data, loading, error, refetch } = useQuery(CLUSTER, { variables: { slug, periods: RECENT_YEARS } });
  const cluster = data?.organization;
  useDocumentTitle(cluster?.name ?? null);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!cluster) return loading ? <Loading /> : null;
  const profileHref = `/organizations/${encodeURIComponent(cluster.slug)}`;
  if (cluster.kind !== 'CLUSTER') {
    return (
      <article className="page">
        <h1>{cluster.name}</h1>
        <Empty>{t('cluster.notACluster')}</Empty>
        <Link to={profileHref}>{t('cluster.profile')}</Link>
      </article>
    );
  }
  // Charts only for KPIs with something to show; the dashboard has them all.
  const charted = cluster.kpis.filter((k) => hasData(k.periods));
  return (
    <article className="page cluster">
      <header className="profile-header">
        <p className="meta">
          <span className="badge">{t('kind.CLUSTER')}</span>
          {cluster.verified && <span className="badge badge-verified">{t('org.verified')}</span>}
        </p>
        <h1>{cluster.name}</h1>
        <p className="lead">{[cluster.city, countryName(cluster.country, lang)].filter(Boolean).join(', ')}</p>
        <p className="cluster-actions">
          <Link to={profileHref}>{t('cluster.profile')}</Link>
          <Link to={`/clusters/${encodeURIComponent(cluster.slug)}/kpis`}>{t('cluster.dashboard')}</Link>
        </p>
      </header>
      {cluster.description && <p className="description">{cluster.description}</p>}
      <section aria-labelledby="cluster-kpis">
        <h2 id="cluster-kpis">{t('cluster.kpis')}</h2>
        {charted.length === 0 ? (
          <Empty>{t('kpi.none')}</Empty>
        ) : (
          <div className="kpi-grid">
            {charted.map((kpi) => (
              <div key={kpi.kpi.code} className="card">
                <KpiChart compact title={kpiName(t, kpi.kpi)} unit={kpi.kpi.unit} points={kpi.periods} />
              </div>
            ))}
          </div>
        )}
      </section>
      <ClusterMembers slug={cluster.slug} />
      <div className="activity-columns">
        <AgreementList agreements={cluster.agreements.nodes} total={cluster.agreements.totalCount} />
        <EventList events={cluster.events.nodes} total={cluster.events.totalCount} />
      </div>
    </article>
  );
}
