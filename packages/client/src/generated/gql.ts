/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      name\n      kind\n      country\n      city\n      verified\n    }\n  }\n}\n\nquery OrganizationBySlug($slug: String!, $capabilities: Int) {\n  organization(slug: $slug) {\n    id\n    slug\n    name\n    kind\n    description\n    country\n    city\n    website\n    verified\n    capabilities(first: $capabilities) {\n      totalCount\n      nodes {\n        id\n        trl\n        technology {\n          code\n          label\n        }\n        stage {\n          code\n          label\n        }\n        applications {\n          code\n          label\n        }\n      }\n    }\n  }\n}": typeof types.SearchOrganizationsDocument,
    "query RateLimit {\n  rateLimit {\n    limit\n    cost\n    used\n    remaining\n    resetAt\n  }\n}": typeof types.RateLimitDocument,
    "query TermsTree($facet: Facet, $parent: String, $rootsOnly: Boolean, $first: Int, $after: String) {\n  terms(\n    facet: $facet\n    parent: $parent\n    rootsOnly: $rootsOnly\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      label\n      facet\n      children {\n        code\n        label\n      }\n    }\n  }\n}": typeof types.TermsTreeDocument,
    "query ValueChainCoverage($application: String!, $technology: String, $countries: [String!], $regions: [String!], $clusters: [String!]) {\n  valueChainCoverage(\n    application: $application\n    technology: $technology\n    countries: $countries\n    regions: $regions\n    clusters: $clusters\n  ) {\n    gapCount\n    stages {\n      position\n      label\n      isGap\n      providerCount\n      providerCountElsewhere\n      stage {\n        code\n      }\n    }\n  }\n}": typeof types.ValueChainCoverageDocument,
};
const documents: Documents = {
    "query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      name\n      kind\n      country\n      city\n      verified\n    }\n  }\n}\n\nquery OrganizationBySlug($slug: String!, $capabilities: Int) {\n  organization(slug: $slug) {\n    id\n    slug\n    name\n    kind\n    description\n    country\n    city\n    website\n    verified\n    capabilities(first: $capabilities) {\n      totalCount\n      nodes {\n        id\n        trl\n        technology {\n          code\n          label\n        }\n        stage {\n          code\n          label\n        }\n        applications {\n          code\n          label\n        }\n      }\n    }\n  }\n}": types.SearchOrganizationsDocument,
    "query RateLimit {\n  rateLimit {\n    limit\n    cost\n    used\n    remaining\n    resetAt\n  }\n}": types.RateLimitDocument,
    "query TermsTree($facet: Facet, $parent: String, $rootsOnly: Boolean, $first: Int, $after: String) {\n  terms(\n    facet: $facet\n    parent: $parent\n    rootsOnly: $rootsOnly\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      label\n      facet\n      children {\n        code\n        label\n      }\n    }\n  }\n}": types.TermsTreeDocument,
    "query ValueChainCoverage($application: String!, $technology: String, $countries: [String!], $regions: [String!], $clusters: [String!]) {\n  valueChainCoverage(\n    application: $application\n    technology: $technology\n    countries: $countries\n    regions: $regions\n    clusters: $clusters\n  ) {\n    gapCount\n    stages {\n      position\n      label\n      isGap\n      providerCount\n      providerCountElsewhere\n      stage {\n        code\n      }\n    }\n  }\n}": types.ValueChainCoverageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      slug\n      name\n      kind\n      country\n      city\n      verified\n    }\n  }\n}\n\nquery OrganizationBySlug($slug: String!, $capabilities: Int) {\n  organization(slug: $slug) {\n    id\n    slug\n    name\n    kind\n    description\n    country\n    city\n    website\n    verified\n    capabilities(first: $capabilities) {\n      totalCount\n      nodes {\n        id\n        trl\n        technology {\n          code\n          label\n        }\n        stage {\n          code\n          label\n        }\n        applications {\n          code\n          label\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').SearchOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimit {\n  rateLimit {\n    limit\n    cost\n    used\n    remaining\n    resetAt\n  }\n}"): typeof import('./graphql').RateLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TermsTree($facet: Facet, $parent: String, $rootsOnly: Boolean, $first: Int, $after: String) {\n  terms(\n    facet: $facet\n    parent: $parent\n    rootsOnly: $rootsOnly\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      code\n      label\n      facet\n      children {\n        code\n        label\n      }\n    }\n  }\n}"): typeof import('./graphql').TermsTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValueChainCoverage($application: String!, $technology: String, $countries: [String!], $regions: [String!], $clusters: [String!]) {\n  valueChainCoverage(\n    application: $application\n    technology: $technology\n    countries: $countries\n    regions: $regions\n    clusters: $clusters\n  ) {\n    gapCount\n    stages {\n      position\n      label\n      isGap\n      providerCount\n      providerCountElsewhere\n      stage {\n        code\n      }\n    }\n  }\n}"): typeof import('./graphql').ValueChainCoverageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
