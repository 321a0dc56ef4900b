import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrganizationSummary } from '../../ui/organization-card';
import { RELATED_KNOWLEDGE_FIELDS, type RelatedKnowledgeData } from '../knowledge/knowledge.queries';
import type { PageInfo } from '../directory/directory.queries';

export interface TreeTerm {
  code: string;
  label: string;
  children?: TreeTerm[];
}

export interface TreesData {
  TECHNOLOGY: { nodes: TreeTerm[] };
  APPLICATION: { nodes: TreeTerm[] };
  STAGE: { nodes: TreeTerm[] };
}

// The scheme is at most four levels deep; children are bounded lists.
const tree = (facet: string) => `
  ${facet}: terms(facet: ${facet}, rootsOnly: true, first: 100) {
    nodes { code label(lang: $lang) children { code label(lang: $lang) children { code label(lang: $lang) children { code label(lang: $lang) } } } }
  }`;

export const TREES: TypedDocumentNode<TreesData, { lang: string }> = gql`
  query ClassificationTrees($lang: Language!) {
    ${tree('TECHNOLOGY')}
    ${tree('APPLICATION')}
    ${tree('STAGE')}
  }
`;

interface TermRef {
  code: string;
  label: string;
}

export interface TermData {
  term: TermRef & {
    id: string;
    facet: string;
    status: string;
    description: string;
    synonyms: string[];
    labels: { en: string; de: string; fr: string; it: string };
    ancestors: TermRef[];
    children: TermRef[];
    replacedBy: TermRef | null;
    crosswalks: { scheme: string; code: string; label: string; match: string }[];
    providers: { totalCount: number; pageInfo: PageInfo; nodes: OrganizationSummary[] };
    knowledge: RelatedKnowledgeData;
  };
}

export const TERM: TypedDocumentNode<TermData, { code: string; lang: string; after?: string | null }> = gql`
  query TermPage($code: String!, $lang: Language!, $after: String) {
    term(code: $code) {
      id
      code
      facet
      status
      label(lang: $lang)
      description(lang: $lang)
      synonyms
      labels {
        en
        de
        fr
        it
      }
      ancestors {
        code
        label(lang: $lang)
      }
      children {
        code
        label(lang: $lang)
      }
      replacedBy {
        code
        label(lang: $lang)
      }
      crosswalks {
        scheme
        code
        label
        match
      }
      providers(first: 20, after: $after) {
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
        }
      }
      ${RELATED_KNOWLEDGE_FIELDS}
    }
  }
`;
