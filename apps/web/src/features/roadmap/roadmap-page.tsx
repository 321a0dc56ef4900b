import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { navigate, useDocumentTitle, useLocation } from '../../app/router';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { useSession } from '../session/use-viewer';
import { RoadmapActionCard } from './roadmap-action-card';
import { RoadmapActionForm } from './roadmap-action-form';
import { ROADMAP_ACTIONS, ROADMAP_OWNERS, type RoadmapActionItem } from './roadmap.queries';
import { useRoadmapI18n } from './roadmap-i18n';
import { RoadmapTimeline } from './roadmap-timeline';
import '../../ui/forms.css';
import './roadmap.css';

function ownerChoices(nodes: Pick<RoadmapActionItem, 'ownerCluster'>[]): { slug: string; name: string }[] {
  const bySlug = new Map(nodes.flatMap((n) => (n.ownerCluster ? [[n.ownerCluster.slug, n.ownerCluster] as const] : [])));
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export default function RoadmapPage() {
  const { rt } = useRoadmapI18n();
  useDocumentTitle(rt('roadmap.title'));
  const cluster = useLocation().search.get('cluster') || null;
  const { data, loading, error, refetch } = useQuery(ROADMAP_ACTIONS, { variables: { cluster } });
  const owners = useQuery(ROADMAP_OWNERS);
  const { viewer } = useSession();
  const managed = viewer?.managedClusters.filter((c) => c.kind === 'CLUSTER') ?? [];
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState('');
  const choices = ownerChoices(owners.data?.roadmapActions.nodes ?? []);
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
      {managed.length > 0 && !creating && (
        <p>
          <button type="button" onClick={() => setCreating(true)}>
            {rt('form.new')}
          </button>
        </p>
      )}
      {creating && (
        <RoadmapActionForm
          owners={managed}
          onDone={() => {
            setCreating(false);
            setMessage(rt('form.created'));
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      <p role="status" className="form-status">
        {message}
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
                <RoadmapActionCard key={action.id} action={action} onSaved={setMessage} />
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
