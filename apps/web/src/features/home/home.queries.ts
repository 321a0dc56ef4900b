import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrganizationSummary } from '../../ui/organization-card';

export interface SuggestionsData {
  organizations: { nodes: (OrganizationSummary & { city: string | null })[] };
  terms: { nodes: { id: string; code: string; facet: string; label: string }[] };
}

export const SUGGESTIONS: TypedDocumentNode<SuggestionsData, { search: string; lang: string }> = gql`
  query Suggestions($search: String!, $lang: Language!) {
    organizations(filter: { search: $search }, first: 6) {
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
    terms(search: $search, first: 4) {
      nodes {
        id
        code
        facet
        label(lang: $lang)
      }
    }
  }
`;

interface Count {
  totalCount: number;
}
export interface KeyFiguresData {
  organizations: Count;
  clusters: Count;
  smes: Count;
  verified: Count;
  technologies: Count;
  applications: Count;
  latest: { nodes: OrganizationSummary[] };
}

export const KEY_FIGURES: TypedDocumentNode<KeyFiguresData, Record<string, never>> = gql`
  query KeyFigures {
    organizations(first: 1) {
      totalCount
    }
    clusters: organizations(first: 1, filter: { kinds: [CLUSTER] }) {
      totalCount
    }
    smes: organizations(first: 1, filter: { kinds: [SME] }) {
      totalCount
    }
    verified: organizations(first: 1, filter: { verified: true }) {
      totalCount
    }
    technologies: terms(first: 1, facet: TECHNOLOGY) {
      totalCount
    }
    applications: terms(first: 1, facet: APPLICATION) {
      totalCount
    }
    latest: organizations(first: 6, sort: NEWEST) {
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
  }
`;
