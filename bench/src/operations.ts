/**
 * The five reference operations, each written three times: a GraphQL document for our API, one for
 * PostGraphile 4 (its generated schema, plus the two SQL functions of postgraphile-functions.ts
 * where v4 has no filter for term descendants or full text), and the name of a hand-written SQL
 * statement served by raw-sql-server.ts. Every operation takes `$first` so that a probe can show
 * whether the statement count depends on the rows returned.
 */

import { parseSearchText } from '../../apps/api/src/modules/search/search-text';

export type OperationName = 'page' | 'technologyTree' | 'clusterMembers' | 'nodeLookup' | 'search';

export const OPERATION_NAMES: readonly OperationName[] = ['page', 'technologyTree', 'clusterMembers', 'nodeLookup', 'search'];

/** Values every system's variables are built from, picked from the loaded data. */
export interface OperationInputs {
  technology: string;
  country: string;
  search: string;
  cluster: string;
  organizationDbId: number;
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: OperationName;
  title: string;
  ours(inputs: OperationInputs, first: number): GraphqlRequest;
  postgraphile(inputs: OperationInputs, first: number): GraphqlRequest;
  /** Variables posted to the raw-SQL server at /sql/<name>. */
  raw(inputs: OperationInputs, first: number): Record<string, unknown>;
  /** How the PostGraphile document differs from ours, for the report. */
  postgraphileNote: string;
}

const organizationGlobalId = (id: number) => Buffer.from(`Organization:${id}`, 'utf8').toString('base64url');
/** PostGraphile 4's node ids: base64 of ["organizations", id]. */
const postgraphileNodeId = (id: number) => Buffer.from(JSON.stringify(['organizations', id]), 'utf8').toString('base64');

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'page',
    title: 'a page of 20 organizations with country and kind',
    ours: (_inputs, first) => ({
      query: `query Page($first: Int!) { organizations(first: $first) { nodes { id name country kind } pageInfo { endCursor hasNextPage } } }`,
      variables: { first },
    }),
    postgraphile: (_inputs, first) => ({
      query: `query Page($first: Int!) { allOrganizations(first: $first, orderBy: [NAME_ASC, ID_ASC], condition: { deletedAt: null }) { nodes { nodeId name country kind } pageInfo { endCursor hasNextPage } } }`,
      variables: { first },
    }),
    raw: (_inputs, first) => ({ first }),
    postgraphileNote: 'same rows and order (name, id); cursors differ in format',
  },
  {
    name: 'technologyTree',
    title: 'technology → application areas → organizations providing it (3 levels, 20 each)',
    ours: (inputs, first) => ({
      query: `query TechnologyTree($technology: String!, $first: Int!) {
  term(code: $technology) { code label }
  terms(facet: APPLICATION, first: $first) {
    nodes { code label providers(first: $first, filter: { technologies: [$technology] }) { nodes { id name country } } }
  }
}`,
      variables: { technology: inputs.technology, first },
    }),
    postgraphile: (inputs, first) => ({
      query: `query TechnologyTree($technology: String!, $first: Int!) {
  technology: allTerms(condition: { code: $technology }, first: 1) { nodes { code labels } }
  allTerms(first: $first, orderBy: [CODE_ASC], condition: { facet: "APPLICATION", status: "APPROVED" }) {
    nodes { code labels providers(technologyCode: $technology, first: $first) { nodes { nodeId name country } } }
  }
}`,
      variables: { technology: inputs.technology, first },
    }),
    raw: (inputs, first) => ({ technology: inputs.technology, first }),
    postgraphileNote:
      'providers is the computed column term_providers(term, text) (v4 cannot filter on term descendants); labels come as the whole JSON object',
  },
  {
    name: 'clusterMembers',
    title: 'a cluster → members → capabilities → terms',
    ours: (inputs, first) => ({
      query: `query ClusterMembers($cluster: String!, $first: Int!) {
  organization(slug: $cluster) {
    name
    members(first: $first) {
      nodes { name capabilities(first: $first) { nodes { trl technology { code label } stage { code label } applications { code label } } } }
    }
  }
}`,
      variables: { cluster: inputs.cluster, first },
    }),
    postgraphile: (inputs, first) => ({
      query: `query ClusterMembers($cluster: String!, $first: Int!) {
  allOrganizations(condition: { slug: $cluster, deletedAt: null }, first: 1) {
    nodes {
    name
    membershipsByClusterId(first: $first, condition: { status: "ACTIVE" }) {
      nodes {
        organizationByOrganizationId {
          name
          capabilitiesByOrganizationId(first: $first) {
            nodes {
              trl
              termByTechnologyId { code labels }
              termByStageId { code labels }
              capabilityApplicationsByCapabilityId { nodes { termByApplicationId { code labels } } }
            }
          }
        }
      }
    }
    }
  }
}`,
      variables: { cluster: inputs.cluster, first },
    }),
    raw: (inputs, first) => ({ cluster: inputs.cluster, first }),
    postgraphileNote:
      'the cluster is found with allOrganizations(condition: {slug}) (v4 exposes unique constraints, not unique indexes, as single-row fields); members ordered by organization id, not name (v4 cannot order by a related column); no filter on deleted members',
  },
  {
    name: 'nodeLookup',
    title: 'node(id) lookup of one organization',
    ours: (inputs) => ({
      query: `query NodeLookup($id: ID!) { node(id: $id) { id ... on Organization { slug name kind country city website } } }`,
      variables: { id: organizationGlobalId(inputs.organizationDbId) },
    }),
    postgraphile: (inputs) => ({
      query: `query NodeLookup($id: ID!) { node(nodeId: $id) { nodeId ... on Organization { slug name kind country city website } } }`,
      variables: { id: postgraphileNodeId(inputs.organizationDbId) },
    }),
    raw: (inputs) => ({ id: organizationGlobalId(inputs.organizationDbId) }),
    postgraphileNote: 'same fields; its node ids have another format',
  },
  {
    name: 'search',
    title: 'filtered full-text search (technology with descendants + country + text)',
    ours: (inputs, first) => ({
      query: `query Search($technology: String!, $country: String!, $search: String!, $first: Int!) {
  organizations(first: $first, filter: { technologies: [$technology], countries: [$country], search: $search }) { nodes { id name country kind } }
}`,
      variables: { technology: inputs.technology, country: inputs.country, search: inputs.search, first },
    }),
    postgraphile: (inputs, first) => ({
      query: `query Search($technology: String!, $country: String!, $search: String!, $searchQuery: String!, $first: Int!) {
  searchOrganizations(technologyCode: $technology, countryCode: $country, search: $search, searchQuery: $searchQuery, first: $first) { nodes { nodeId name country kind } }
}`,
      variables: {
        technology: inputs.technology,
        country: inputs.country,
        search: inputs.search,
        searchQuery: parseSearchText(inputs.search, 'search')?.tsquery ?? '',
        first,
      },
    }),
    raw: (inputs, first) => ({ technology: inputs.technology, country: inputs.country, search: inputs.search, first }),
    postgraphileNote:
      'the custom query function search_organizations(text, text, text, text): v4 has no full-text or descendant filter; same prefix query, trigram typo match and rank as ours, the tsquery built by the harness as for raw SQL',
  },
];
