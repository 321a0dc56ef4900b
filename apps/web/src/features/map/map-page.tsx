import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useDocumentTitle } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { ErrorState, Loading } from '../../ui/states';
import { WorldMap, type MapExtent, type MapPoint } from './world-map';

interface Located {
  id: string;
  slug: string;
  name: string;
  location: { latitude: number; longitude: number } | null;
}
interface MapData {
  clusters: { totalCount: number; nodes: Located[] };
  others: { totalCount: number; nodes: Located[] };
}

const MAP_DATA: TypedDocumentNode<MapData, { withOthers: boolean }> = gql`
  query MapData($withOthers: Boolean!) {
    clusters: organizations(filter: { kinds: [CLUSTER] }, first: 100) {
      totalCount
      nodes {
        id
        slug
        name
        location {
          latitude
          longitude
        }
      }
    }
    others: organizations(
      filter: { kinds: [SME, LARGE_COMPANY, RESEARCH_ORGANIZATION, UNIVERSITY, INVESTOR, PUBLIC_BODY, SYSTEM_INTEGRATOR] }
      first: 100
      sort: NEWEST
    ) @include(if: $withOthers) {
      totalCount
      nodes {
        id
        slug
        name
        location {
          latitude
          longitude
        }
      }
    }
  }
`;

const toPoints = (nodes: Located[] | undefined, cluster: boolean): MapPoint[] =>
  (nodes ?? []).flatMap((o) =>
    o.location ? [{ id: o.id, ...o.location, label: o.name, href: `/organizations/${encodeURIComponent(o.slug)}`, cluster }] : [],
  );

export default function MapPage() {
  const { t } = useI18n();
  useDocumentTitle(t('map.title'));
  const [extent, setExtent] = useState<MapExtent>('europe');
  const [withOthers, setWithOthers] = useState(true);
  const { data, previousData, loading, error, refetch } = useQuery(MAP_DATA, { variables: { withOthers } });
  const shown = data ?? previousData;
  const points = [...(withOthers ? toPoints(shown?.others?.nodes, false) : []), ...toPoints(shown?.clusters.nodes, true)];
  return (
    <div className="page map">
      <h1>{t('map.title')}</h1>
      <div className="results-bar">
        <div className="view-toggle" role="group" aria-label={t('map.extent')}>
          <button type="button" aria-pressed={extent === 'europe'} onClick={() => setExtent('europe')}>
            {t('map.europe')}
          </button>
          <button type="button" aria-pressed={extent === 'world'} onClick={() => setExtent('world')}>
            {t('map.world')}
          </button>
        </div>
        <label className="check">
          <input type="checkbox" checked={withOthers} onChange={(e) => setWithOthers(e.target.checked)} />
          {t('map.showMembers')}
        </label>
        <p className="legend" aria-hidden="true">
          <span className="legend-dot legend-cluster" /> {t('kind.CLUSTER')} <span className="legend-dot" /> {t('map.organizations')}
        </p>
      </div>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && (
        <>
          <WorldMap extent={extent} points={points} title={t('map.title')} />
          <p className="muted">
            {t('map.note', { clusters: shown.clusters.nodes.length, others: withOthers ? (shown.others?.nodes.length ?? 0) : 0 })}{' '}
            <Link to="/directory?view=map">{t('map.directoryLink')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
