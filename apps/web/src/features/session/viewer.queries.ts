import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ViewerRef {
  user: { id: string; displayName: string; email: string };
  csrfToken: string | null;
  roles: { role: string; organization: { id: string; slug: string } | null }[];
  editableOrganizations: { id: string; slug: string; name: string; kind: string }[];
  managedClusters: { id: string; slug: string; name: string; kind: string }[];
}

export const VIEWER: TypedDocumentNode<{ viewer: ViewerRef | null }, Record<string, never>> = gql`
  query Viewer {
    viewer {
      user {
        id
        displayName
        email
      }
      csrfToken
      roles {
        role
        organization {
          id
          slug
        }
      }
      editableOrganizations {
        id
        slug
        name
        kind
      }
      managedClusters {
        id
        slug
        name
        kind
      }
    }
  }
`;
