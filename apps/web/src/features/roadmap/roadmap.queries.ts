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
  ownerCluster: { slug: string; name: string } | null;
  partners: { slug: string; name: string }[];
}

export const ROADMAP_ACTIONS: TypedDocumentNode<
  { roadmapActions: { totalCount: number; nodes: RoadmapActionItem[] } },
  { cluster: string | null }
> = gql`
  query RoadmapPage($cluster: String) {
    roadmapActions(cluster: $cluster, first: 100) {
      totalCount
      nodes {
        id
        slug
        title
        description
        status
        progress
        startsOn
        endsOn
        ownerCluster {
          slug
          name
        }
        partners {
          slug
          name
        }
      }
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
