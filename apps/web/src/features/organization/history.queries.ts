import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AuditEntry {
  id: string;
  action: string;
  actorName: string | null;
  at: string;
  entityType: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface HistoryData {
  organization: {
    id: string;
    history: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: AuditEntry[] };
  };
}

export const ORGANIZATION_HISTORY: TypedDocumentNode<HistoryData, { slug: string; after: string | null }> = gql`
  query OrganizationHistory($slug: String!, $after: String) {
    organization(slug: $slug) {
      id
      history(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          action
          actorName
          at
          entityType
          before
          after
        }
      }
    }
  }
`;
