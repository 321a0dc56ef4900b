import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrganizationSummary } from '../../ui/organization-card';
import { RELATED_KNOWLEDGE_FIELDS, type RelatedKnowledgeData } from '../knowledge/knowledge.queries';

interface TermRef {
  code: string;
  label: string;
}

export interface OrganizationData {
  organization: OrganizationSummary & {
    description: string;
    website: string | null;
    region: string | null;
    foundedYear: number | null;
    sizeBand: string | null;
    createdAt: string;
    updatedAt: string;
    externalIds: { scheme: string; value: string }[];
    capabilities: {
      totalCount: number;
      nodes: { id: string; trl: number; evidence: string | null; technology: TermRef; stage: TermRef; applications: TermRef[] }[];
    };
    needs: {
      totalCount: number;
      nodes: {
        id: string;
        kind: string;
        status: string;
        description: string;
        country: string | null;
        createdAt: string;
        technology: TermRef | null;
        stage: TermRef | null;
      }[];
    };
    clusters: { totalCount: number; nodes: { id: string; slug: string; name: string }[] };
    members: { totalCount: number; nodes: OrganizationSummary[] };
    knowledge: RelatedKnowledgeData;
    exportInterests: { country: { code: string }; application: TermRef | null }[];
  };
}

export const ORGANIZATION: TypedDocumentNode<OrganizationData, { slug: string; lang: string }> = gql`
  query OrganizationProfile($slug: String!, $lang: Language!) {
    organization(slug: $slug) {
      id
      slug
      name
      kind
      city
      country
      region
      verified
      description
      website
      foundedYear
      sizeBand
      createdAt
      updatedAt
      externalIds {
        scheme
        value
      }
      capabilities(first: 100) {
        totalCount
        nodes {
          id
          trl
          evidence
          technology {
            code
            label(lang: $lang)
          }
          stage {
            code
            label(lang: $lang)
          }
          applications {
            code
            label(lang: $lang)
          }
        }
      }
      needs(first: 50) {
        totalCount
        nodes {
          id
          kind
          status
          description
          country
          createdAt
          technology {
            code
            label(lang: $lang)
          }
          stage {
            code
            label(lang: $lang)
          }
        }
      }
      clusters(first: 50) {
        totalCount
        nodes {
          id
          slug
          name
        }
      }
      members(first: 24) {
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
      exportInterests {
        country {
          code
        }
        application {
          code
          label(lang: $lang)
        }
      }
      ${RELATED_KNOWLEDGE_FIELDS}
    }
  }
`;
