import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrganizationSummary } from '../../ui/organization-card';
import { ORGANIZATION_KINDS } from '../../ui/labels';
import type { OrganizationFilterInput } from './directory-filters';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface DirectoryData {
  organizations: {
    totalCount: number;
    pageInfo: PageInfo;
    nodes: (OrganizationSummary & { location: { latitude: number; longitude: number } | null })[];
  };
}

export interface DirectoryVariables {
  filter: OrganizationFilterInput;
  sort?: string | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export const DIRECTORY: TypedDocumentNode<DirectoryData, DirectoryVariables> = gql`
  query Directory($filter: OrganizationFilter, $sort: OrganizationSort, $first: Int, $after: String, $last: Int, $before: String) {
    organizations(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        slug
        name
        kind
        city
        country
        verified
        location {
          latitude
          longitude
        }
      }
    }
  }
`;

interface FacetTerm {
  code: string;
  label: string;
  children: { code: string; label: string }[];
}
export interface FacetOptionsData {
  technologies: { nodes: FacetTerm[] };
  applications: { nodes: FacetTerm[] };
  stages: { nodes: FacetTerm[] };
  clusters: { nodes: { slug: string; name: string }[] };
}

const facetTerms = (alias: string, facet: string) => `
  ${alias}: terms(facet: ${facet}, rootsOnly: true, first: 100) {
    nodes { code label(lang: $lang) children { code label(lang: $lang) } }
  }`;

export const FACET_OPTIONS: TypedDocumentNode<FacetOptionsData, { lang: string }> = gql`
  query FacetOptions($lang: Language!) {
    ${facetTerms('technologies', 'TECHNOLOGY')}
    ${facetTerms('applications', 'APPLICATION')}
    ${facetTerms('stages', 'STAGE')}
    clusters: organizations(filter: { kinds: [CLUSTER] }, sort: NAME, first: 100) {
      nodes { slug name }
    }
  }
`;

/** Counts per kind and for "verified", each under the other conditions: one request, aliased fields. */
export type FacetCountsData = Record<string, { totalCount: number }>;
export const FACET_COUNTS: TypedDocumentNode<FacetCountsData, Record<string, OrganizationFilterInput>> = gql`
  query FacetCounts(${[...ORGANIZATION_KINDS.map((k) => `$${k}: OrganizationFilter`), '$verified: OrganizationFilter'].join(', ')}) {
    ${[...ORGANIZATION_KINDS, 'verified'].map((k) => `${k}: organizations(filter: $${k}, first: 1) { totalCount }`).join('\n')}
  }
`;
