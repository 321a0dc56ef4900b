import { gql, type TypedDocumentNode } from '@apollo/client';
import type { KnowledgeListVariables } from './knowledge-filters';

export const ARTICLE_KINDS = [
  'INTERNATIONALISATION_PRACTICE',
  'CROSS_SECTOR_COLLABORATION',
  'MISSION_REPORT',
  'MARKET_STUDY',
  'GUIDE',
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export interface ArticleSummary {
  id: string;
  slug: string;
  kind: ArticleKind;
  language: string;
  title: string;
  summary: string;
  publishedAt: string;
  authors: { slug: string; name: string }[];
}

export const RELATED_KNOWLEDGE_LIMIT = 5;

/** The selection a page adds to its own query, so the related articles come with the page (one request). */
export const RELATED_ARTICLE_FIELDS = 'totalCount nodes { id slug kind language title }';
export const RELATED_KNOWLEDGE_FIELDS = `knowledge(first: ${RELATED_KNOWLEDGE_LIMIT}) { ${RELATED_ARTICLE_FIELDS} }`;

export interface RelatedKnowledgeData {
  totalCount: number;
  nodes: { id: string; slug: string; kind: ArticleKind; language: string; title: string }[];
}

export interface KnowledgeArticlesData {
  knowledgeArticles: { totalCount: number; nodes: ArticleSummary[] };
}

export const KNOWLEDGE_ARTICLES: TypedDocumentNode<KnowledgeArticlesData, KnowledgeListVariables> = gql`
  query KnowledgeArticles(
    $query: String
    $kind: KnowledgeArticleKind
    $language: Language
    $terms: [String!]
    $targetCountry: String
    $valueChain: String
    $author: String
    $organization: String
    $community: String
  ) {
    knowledgeArticles(
      query: $query
      kind: $kind
      language: $language
      terms: $terms
      targetCountry: $targetCountry
      valueChain: $valueChain
      author: $author
      organization: $organization
      community: $community
      first: 50
    ) {
      totalCount
      nodes {
        id
        slug
        kind
        language
        title
        summary
        publishedAt
        authors {
          slug
          name
        }
      }
    }
  }
`;

/** Names for the active filter chips, each read on its own so one unknown slug does not hide the others. */
export const FILTER_ORGANIZATION: TypedDocumentNode<{ organization: { id: string; name: string } }, { slug: string }> = gql`
  query KnowledgeFilterOrganization($slug: String!) {
    organization(slug: $slug) {
      id
      name
    }
  }
`;

export const FILTER_COMMUNITY: TypedDocumentNode<{ community: { name: string } }, { slug: string }> = gql`
  query KnowledgeFilterCommunity($slug: String!) {
    community(slug: $slug) {
      id
      name
    }
  }
`;

export const FILTER_VALUE_CHAIN: TypedDocumentNode<{ valueChain: { name: string } }, { slug: string }> = gql`
  query KnowledgeFilterValueChain($slug: String!) {
    valueChain(slug: $slug) {
      id
      name
    }
  }
`;

export const FILTER_TERM: TypedDocumentNode<{ term: { label: string } }, { code: string; lang: string }> = gql`
  query KnowledgeFilterTerm($code: String!, $lang: Language!) {
    term(code: $code) {
      id
      label(lang: $lang)
    }
  }
`;

export interface KnowledgeArticleData {
  knowledgeArticle: ArticleSummary & {
    bodyHtml: string;
    updatedAt: string;
    version: number;
    viewerCanEdit: boolean;
    targetCountries: { code: string; name: string }[];
    terms: { code: string; label: string }[];
    valueChains: { slug: string; name: string }[];
    event: { slug: string; title: string } | null;
  };
}

export const KNOWLEDGE_ARTICLE: TypedDocumentNode<KnowledgeArticleData, { slug: string; lang: string }> = gql`
  query KnowledgeArticlePage($slug: String!, $lang: Language!) {
    knowledgeArticle(slug: $slug) {
      id
      slug
      kind
      language
      title
      summary
      publishedAt
      updatedAt
      version
      viewerCanEdit
      bodyHtml
      authors {
        slug
        name
      }
      targetCountries {
        code
        name(lang: $lang)
      }
      terms {
        code
        label(lang: $lang)
      }
      valueChains {
        slug
        name
      }
      event {
        slug
        title
      }
    }
  }
`;
