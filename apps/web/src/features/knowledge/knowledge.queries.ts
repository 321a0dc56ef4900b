import { gql, type TypedDocumentNode } from '@apollo/client';

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
export const RELATED_KNOWLEDGE_FIELDS = `knowledge(first: ${RELATED_KNOWLEDGE_LIMIT}) { totalCount nodes { id slug kind language title } }`;

export interface RelatedKnowledgeData {
  totalCount: number;
  nodes: { id: string; slug: string; kind: ArticleKind; language: string; title: string }[];
}

export interface KnowledgeArticlesData {
  knowledgeArticles: { totalCount: number; nodes: ArticleSummary[] };
}

export const KNOWLEDGE_ARTICLES: TypedDocumentNode<KnowledgeArticlesData, { query: string | null; kind: ArticleKind | null }> = gql`
  query KnowledgeArticles($query: String, $kind: KnowledgeArticleKind) {
    knowledgeArticles(query: $query, kind: $kind, first: 50) {
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

export interface KnowledgeArticleData {
  knowledgeArticle: ArticleSummary & {
    bodyHtml: string;
    updatedAt: string;
    version: number;
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
