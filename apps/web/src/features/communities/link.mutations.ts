import { gql, type TypedDocumentNode } from '@apollo/client';

interface WriteResult {
  __typename?: 'WriteResult';
  id: string;
  version: number | null;
}

export const REQUEST_LINK: TypedDocumentNode<{ requestCommunityLink: WriteResult }, { fromId: string; toId: string; message: string }> =
  gql`
    mutation RequestCommunityLink($fromId: ID!, $toId: ID!, $message: String!) {
      requestCommunityLink(fromId: $fromId, toId: $toId, message: $message) {
        id
        version
      }
    }
  `;

export const RESPOND_TO_LINK: TypedDocumentNode<{ respondToLink: WriteResult }, { id: string; version: number; accept: boolean }> = gql`
  mutation RespondToLink($id: ID!, $version: Int!, $accept: Boolean!) {
    respondToLink(id: $id, version: $version, accept: $accept) {
      id
      version
    }
  }
`;

export interface LinkRightsData {
  viewer: {
    roles: { role: string }[];
    editableOrganizations: { id: string; communities: { nodes: { id: string }[] } }[];
  } | null;
  communities: { nodes: { id: string; slug: string; name: string }[] };
}

/** What the signed-in user may do with links, and the communities a link can be asked of. */
export const LINK_RIGHTS: TypedDocumentNode<LinkRightsData, Record<string, never>> = gql`
  query CommunityLinkRights {
    viewer {
      roles {
        role
      }
      editableOrganizations {
        id
        communities(first: 100) {
          nodes {
            id
          }
        }
      }
    }
    communities(first: 100) {
      nodes {
        id
        slug
        name
      }
    }
  }
`;
