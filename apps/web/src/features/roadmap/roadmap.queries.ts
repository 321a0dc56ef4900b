import { gql, type TypedDocumentNode } from '@apollo/client';

export type RoadmapStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

export interface RoadmapActionItem {
  id: string;
  slug: string;
  title: string;
  description: string;
  status: RoadmapStatus;
  progress: number;
  startsOn: string;
  endsOn: string;
  budgetEur: number | null;
  version: number;
  viewerCanEdit: boolean;
  viewerCanReportProgress: boolean;
  ownerCluster: { id: string; slug: string; name: string } | null;
  partners: { id: string; slug: string; name: string }[];
  kpis: { contribution: number; kpi: { code: string } }[];
  agreements: { id: string; title: string }[];
}

/** The selection of an action that the timeline and the editor read (one list, so both stay alike). */
export const ROADMAP_ACTION_FIELDS = `id slug title description status progress startsOn endsOn budgetEur version
  viewerCanEdit viewerCanReportProgress
  ownerCluster { id slug name } partners { id slug name }
  kpis { contribution kpi { code } } agreements { id title }`;

export const ROADMAP_ACTIONS: TypedDocumentNode<
  { roadmapActions: { totalCount: number; nodes: RoadmapActionItem[] } },
  { cluster: string | null }
> = gql`
  query RoadmapPage($cluster: String) {
    roadmapActions(cluster: $cluster, first: 100) {
      totalCount
      nodes { ${ROADMAP_ACTION_FIELDS} }
    }
  }
`;

/** The owner clusters of the whole roadmap: the choices of the cluster filter. */
export const ROADMAP_OWNERS: TypedDocumentNode<{ roadmapActions: { nodes: Pick<RoadmapActionItem, 'id' | 'ownerCluster'>[] } }> = gql`
  query RoadmapOwners {
    roadmapActions(first: 100) {
      nodes {
        id
        ownerCluster {
          slug
          name
        }
      }
    }
  }
`;
