import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrganizationSummary } from '../../ui/organization-card';
import { RELATED_KNOWLEDGE_FIELDS, type RelatedKnowledgeData } from '../knowledge/knowledge.queries';

interface TermRef {
  code: string;
  label: string;
}

export interface CommunitiesData {
  communities: { totalCount: number; nodes: { id: string; slug: string; name: string; description: string; terms: TermRef[] }[] };
}

export const COMMUNITIES: TypedDocumentNode<CommunitiesData, { search: string | null; lang: string }> = gql`
  query Communities($search: String, $lang: Language!) {
    communities(search: $search, first: 50) {
      totalCount
      nodes {
        id
        slug
        name
        description
        terms {
          code
          label(lang: $lang)
        }
      }
    }
  }
`;

export type LinkEnd = { __typename: 'Community'; slug: string; name: string } | { __typename: 'Organization'; slug: string; name: string };

export interface CommunityLink {
  id: string;
  status: string;
  version: number;
  message: string;
  createdAt: string;
  from: LinkEnd | null;
  to: LinkEnd | null;
}

export interface CommunityData {
  community: {
    id: string;
    slug: string;
    name: string;
    description: string;
    createdAt: string;
    terms: TermRef[];
    members: { totalCount: number; nodes: OrganizationSummary[] };
    links: {
      totalCount: number;
      nodes: CommunityLink[];
    };
    knowledge: RelatedKnowledgeData;
  };
}

const END = `... on Community { slug name } ... on Organization { slug name }`;

export const COMMUNITY: TypedDocumentNode<CommunityData, { slug: string; lang: string }> = gql`
  query CommunityPage($slug: String!, $lang: Language!) {
    community(slug: $slug) {
      id
      slug
      name
      description
      createdAt
      terms {
        code
        label(lang: $lang)
      }
      members(first: 50) {
        totalCount
        nodes {
          id
          slug
          name
          kind
          city
          country
          verified
        }
      }
      links(first: 50) {
        totalCount
        nodes {
          id
          status
          version
          message
          createdAt
          from { __typename ${END} }
          to { __typename ${END} }
        }
      }
      ${RELATED_KNOWLEDGE_FIELDS}
    }
  }
`;
