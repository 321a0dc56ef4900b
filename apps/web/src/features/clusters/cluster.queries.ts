import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrganizationSummary } from '../../ui/organization-card';
import { CLUSTER_KPI_FIELDS, type ClusterKpi } from '../kpis/kpi.queries';

export interface AgreementItem {
  id: string;
  slug: string;
  kind: string;
  title: string;
  scope: string;
  signedOn: string;
  validUntil: string | null;
  place: string | null;
  signatories: { totalCount: number; nodes: { id: string; slug: string; name: string }[] };
}

export interface EventItem {
  id: string;
  slug: string;
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
  city: string | null;
  outcomes: string;
  country: { code: string } | null;
  targetCountries: { code: string }[];
}

export interface ClusterData {
  organization: OrganizationSummary & {
    description: string;
    website: string | null;
    kpis: ClusterKpi[];
    agreements: { totalCount: number; nodes: AgreementItem[] };
    events: { totalCount: number; nodes: EventItem[] };
  };
}

export const CLUSTER: TypedDocumentNode<ClusterData, { slug: string; periods: string[] }> = gql`
  query ClusterPage($slug: String!, $periods: [String!]) {
    organization(slug: $slug) {
      id
      slug
      name
      kind
      city
      country
      verified
      description
      website
      kpis(periods: $periods) { ${CLUSTER_KPI_FIELDS} }
      agreements(first: 20) {
        totalCount
        nodes {
          id
          slug
          kind
          title
          scope
          signedOn
          validUntil
          place
          signatories(first: 10) {
            totalCount
            nodes {
              id
              slug
              name
            }
          }
        }
      }
      events(first: 20) {
        totalCount
        nodes {
          id
          slug
          kind
          title
          startsOn
          endsOn
          city
          outcomes
          country {
            code
          }
          targetCountries {
            code
          }
        }
      }
    }
  }
`;

export interface ClusterMembersData {
  organization: {
    id: string;
    members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: OrganizationSummary[] };
  };
}

export const CLUSTER_MEMBERS: TypedDocumentNode<ClusterMembersData, { slug: string; after: string | null }> = gql`
  query ClusterMembers($slug: String!, $after: String) {
    organization(slug: $slug) {
      id
      members(first: 12, after: $after) {
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
          city
          country
          verified
        }
      }
    }
  }
`;
