import { useQuery } from '@apollo/client/react';
import { Link, navigate, useDocumentTitle, useLocation } from '../../app/router';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { ROADMAP_ACTIONS, ROADMAP_OWNERS, type RoadmapActionItem } from './roadmap.queries';
import { useRoadmapI18n } from './roadmap-i18n';
import { RoadmapTimeline } from './roadmap-timeline';
import './roadmap.css';

function ownerChoices(nodes: Pick<RoadmapActionItem, 'ownerCluster'>[]): { slug: string; name: string }[] {
  const bySlug = new Map(nodes.flatMap((n) => (n.ownerCluster ? [[n.ownerCluster.slug, n.ownerCluster] as const] : [])));
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export default function RoadmapPage() {
  const { rt, lang } = useRoadmapI18n();
  useDocumentTitle(rt('roadmap.title'));
  const cluster = useLocation().search.get('cluster') || null;
  const { data, loading, error, refetch } = useQuery(ROADMAP_ACTIONS, { variables: { cluster } });
  const owners = useQuery(ROADMAP_OWNERS);
  const choices = ownerChoices(owners.data?.roadmapActions.nodes ?? []);
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const choose = (slug: string) => navigate(slug ? `/roadmap?cluster=${encodeURIComponent(slug)}` : '/roadmap', { replace: true });
  const actions = data?.roadmapActions.nodes;
  return (
    <div className="page roadmap">
      <h1>{rt('roadmap.title')}</h1>
      <p className="lead">{rt('roadmap.lead')}</p>
      <p>
        <label htmlFor="roadmap-cluster">{rt('roadmap.cluster')}</label>{' '}
        <select id="roadmap-cluster" value={cluster ?? ''} onChange={(e) => choose(e.target.value)}>
          <option value="">{rt('roadmap.allClusters')}</option>
          {cluster && !choices.some((c) => c.slug === cluster) && <option value={cluster}>{cluster}</option>}
          {choices.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </p>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!actions && loading && <Loading />}
      {actions && actions.length === 0 && <Empty>{rt('roadmap.empty')}</Empty>}
      {actions && actions.length > 0 && (
        <>
          <RoadmapTimeline actions={actions} rt={rt} />
          <section aria-labelledby="roadmap-list-title">
            <h2 id="roadmap-list-title">{rt('roadmap.list')}</h2>
            <ol className="plain-list roadmap-list">
              {actions.map((action) => (
                <li key={action.id} id={`roadmap-${action.slug}`} className="card roadmap-action" tabIndex={-1}>
                  <h3 className="card-title">{action.title}</h3>
                  <p className="meta">
                    <span className={`roadmap-status roadmap-${action.status.toLowerCase()}`}>{rt(`roadmap.status.${action.status}`)}</span>{' '}
                    · {rt('roadmap.dates', { from: date(action.startsOn), to: date(action.endsOn) })} ·{' '}
                    {rt('roadmap.progress', { percent: action.progress })}
                  </p>
                  <p>
                    {action.ownerCluster ? (
                      <Link to={`/clusters/${action.ownerCluster.slug}`}>{rt('roadmap.owner', { name: action.ownerCluster.name })}</Link>
                    ) : (
                      rt('roadmap.ownerDeleted')
                    )}
                  </p>
                  {action.partners.length > 0 && (
                    <p className="meta">
                      {rt('roadmap.partners')}: {action.partners.map((p) => p.name).join(', ')}
                    </p>
                  )}
                  <p lang="en">{action.description}</p>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
