import { gql, type TypedDocumentNode } from '@apollo/client';
import { RELATED_ARTICLE_FIELDS, RELATED_KNOWLEDGE_LIMIT, type RelatedKnowledgeData } from '../knowledge/knowledge.queries';

export interface ChainProvider {
  bestTrl: number;
  country: string;
  organization: { id: string; slug: string; name: string };
}
interface ProviderPage {
  totalCount: number;
  nodes: ChainProvider[];
}
export interface StageCoverage {
  position: number;
  label: string;
  isGap: boolean;
  providerCount: number;
  providerCountElsewhere: number;
  stage: { code: string; label: string };
  providers: ProviderPage;
  providersElsewhere: ProviderPage | null;
}
export interface CoverageData {
  valueChainCoverage: {
    gapCount: number;
    application: { code: string; label: string };
    technology: { code: string; label: string } | null;
    stages: StageCoverage[];
  };
}
export interface CoverageVariables {
  application: string;
  technology?: string | null;
  countries?: string[] | null;
  clusters?: string[] | null;
  lang: string;
}

const PROVIDER_FIELDS = `totalCount nodes { bestTrl country organization { id slug name } }`;

export const COVERAGE: TypedDocumentNode<CoverageData, CoverageVariables> = gql`
  query ValueChainCoverage($application: String!, $technology: String, $countries: [String!], $clusters: [String!], $lang: Language!) {
    valueChainCoverage(application: $application, technology: $technology, countries: $countries, clusters: $clusters) {
      gapCount
      application { code label(lang: $lang) }
      technology { code label(lang: $lang) }
      stages {
        position
        label
        isGap
        providerCount
        providerCountElsewhere
        stage { code label(lang: $lang) }
        providers(first: 4) { ${PROVIDER_FIELDS} }
        providersElsewhere(first: 5) { ${PROVIDER_FIELDS} }
      }
    }
  }
`;

/**
 * Knowledge about the chain: tagged with its application area and, when one is chosen, its
 * technology too (descendants included), as the providers are narrowed to that technology.
 */
export const CHAIN_KNOWLEDGE: TypedDocumentNode<{ knowledgeArticles: RelatedKnowledgeData }, { terms: string[] }> = gql`
  query ValueChainKnowledge($terms: [String!]!) {
    knowledgeArticles(terms: $terms, first: ${RELATED_KNOWLEDGE_LIMIT}) { ${RELATED_ARTICLE_FIELDS} }
  }
`;
