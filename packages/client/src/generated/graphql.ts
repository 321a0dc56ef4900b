/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The three facets of the classification scheme. */
export type Facet =
  /** Application areas (advanced manufacturing, health, automotive ...). */
  | 'APPLICATION'
  /** Value-chain stages, from materials to end use. */
  | 'STAGE'
  /** Enabling technologies (lasers, optical components, sensors ...). */
  | 'TECHNOLOGY';

/** Conditions an organization must meet; all given conditions apply together. */
export type OrganizationFilter = {
  /** Has a capability for any of these application areas (term codes, descendants included). */
  applications?: Array<string> | null | undefined;
  /** Members of any of these clusters (cluster slugs). */
  clusters?: Array<string> | null | undefined;
  /** Any of these countries (ISO 3166-1 alpha-2 codes). */
  countries?: Array<string> | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<OrganizationKind> | null | undefined;
  /** Has a capability at this technology readiness level or higher (1-9). Technology, application, stage and TRL conditions apply to the same capability. */
  minTrl?: number | null | undefined;
  /** Any of these NUTS regions; a code also matches the regions inside it ("DE1" matches "DE11"). */
  regions?: Array<string> | null | undefined;
  /** Full-text search over name, city and description; tolerant of typos and accents. */
  search?: string | null | undefined;
  /** Has a capability at any of these value-chain stages (term codes). */
  stages?: Array<string> | null | undefined;
  /** Has a capability in any of these technologies (term codes); a term includes all its descendants. */
  technologies?: Array<string> | null | undefined;
  /** Only verified (true) or unverified (false) organizations. */
  verified?: boolean | null | undefined;
};

/** What kind of organization this is. */
export type OrganizationKind =
  /** A cluster organization that gathers members. */
  | 'CLUSTER'
  /** A venture capital fund, business angel network or other investor. */
  | 'INVESTOR'
  /** A company with 250 or more employees. */
  | 'LARGE_COMPANY'
  /** A public authority or agency. */
  | 'PUBLIC_BODY'
  /** A research and technology organization. */
  | 'RESEARCH_ORGANIZATION'
  /** A small or medium-sized enterprise. */
  | 'SME'
  /** A company that integrates subsystems into complete solutions. */
  | 'SYSTEM_INTEGRATOR'
  /** A university or higher-education institution. */
  | 'UNIVERSITY';

export type SearchOrganizationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchOrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, kind: OrganizationKind, country: string, city: string | null, verified: boolean }> } };

export type OrganizationBySlugQueryVariables = Exact<{
  slug: string;
  capabilities?: number | null | undefined;
}>;


export type OrganizationBySlugQuery = { organization: { id: string, slug: string, name: string, kind: OrganizationKind, description: string, country: string, city: string | null, website: string | null, verified: boolean, capabilities: { totalCount: number, nodes: Array<{ id: string, trl: number, technology: { code: string, label: string }, stage: { code: string, label: string }, applications: Array<{ code: string, label: string }> }> } } };

export type RateLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitQuery = { rateLimit: { limit: number, cost: number, used: number, remaining: number, resetAt: string } };

export type TermsTreeQueryVariables = Exact<{
  facet?: Facet | null | undefined;
  parent?: string | null | undefined;
  rootsOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TermsTreeQuery = { terms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, label: string, facet: Facet, children: Array<{ code: string, label: string }> }> } };

export type ValueChainCoverageQueryVariables = Exact<{
  application: string;
  technology?: string | null | undefined;
  countries?: Array<string> | string | null | undefined;
  regions?: Array<string> | string | null | undefined;
  clusters?: Array<string> | string | null | undefined;
}>;


export type ValueChainCoverageQuery = { valueChainCoverage: { gapCount: number, stages: Array<{ position: number, label: string, isGap: boolean, providerCount: number, providerCountElsewhere: number, stage: { code: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SearchOrganizationsDocument = new TypedDocumentString(`
    query SearchOrganizations($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      kind
      country
      city
      verified
    }
  }
}
    `, {"hash":"sha256:dc637a105ad491e851d64226e0f3ccadbb819217c068ccc1d722903b059b2a4c"}) as unknown as TypedDocumentString<SearchOrganizationsQuery, SearchOrganizationsQueryVariables>;
export const OrganizationBySlugDocument = new TypedDocumentString(`
    query OrganizationBySlug($slug: String!, $capabilities: Int) {
  organization(slug: $slug) {
    id
    slug
    name
    kind
    description
    country
    city
    website
    verified
    capabilities(first: $capabilities) {
      totalCount
      nodes {
        id
        trl
        technology {
          code
          label
        }
        stage {
          code
          label
        }
        applications {
          code
          label
        }
      }
    }
  }
}
    `, {"hash":"sha256:bd83b5b6c698ed6f582a11be67a05286727eee81a127901b9f2c1134f097b657"}) as unknown as TypedDocumentString<OrganizationBySlugQuery, OrganizationBySlugQueryVariables>;
export const RateLimitDocument = new TypedDocumentString(`
    query RateLimit {
  rateLimit {
    limit
    cost
    used
    remaining
    resetAt
  }
}
    `, {"hash":"sha256:99c41d7ab8a1efe01bd61df0095269e80fbf0899a04b203c22a11fbefdd0dd2a"}) as unknown as TypedDocumentString<RateLimitQuery, RateLimitQueryVariables>;
export const TermsTreeDocument = new TypedDocumentString(`
    query TermsTree($facet: Facet, $parent: String, $rootsOnly: Boolean, $first: Int, $after: String) {
  terms(
    facet: $facet
    parent: $parent
    rootsOnly: $rootsOnly
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      label
      facet
      children {
        code
        label
      }
    }
  }
}
    `, {"hash":"sha256:e11338ee70aca3fa9538dc920aad7f136b6624d5e7b2bdca88c76f24a041925e"}) as unknown as TypedDocumentString<TermsTreeQuery, TermsTreeQueryVariables>;
export const ValueChainCoverageDocument = new TypedDocumentString(`
    query ValueChainCoverage($application: String!, $technology: String, $countries: [String!], $regions: [String!], $clusters: [String!]) {
  valueChainCoverage(
    application: $application
    technology: $technology
    countries: $countries
    regions: $regions
    clusters: $clusters
  ) {
    gapCount
    stages {
      position
      label
      isGap
      providerCount
      providerCountElsewhere
      stage {
        code
      }
    }
  }
}
    `, {"hash":"sha256:c52fcdae55ed9e6673c44cc39d65c85d315fd2978dc62b90ac7c1c3f1f5d53f4"}) as unknown as TypedDocumentString<ValueChainCoverageQuery, ValueChainCoverageQueryVariables>;