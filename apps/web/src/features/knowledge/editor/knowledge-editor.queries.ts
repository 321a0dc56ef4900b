import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ArticleKind } from '../knowledge.queries';

export interface EditableArticle {
  id: string;
  slug: string;
  kind: ArticleKind;
  language: string;
  title: string;
  summary: string;
  body: string;
  bodyHtml: string;
  version: number;
  viewerCanEdit: boolean;
  authors: { id: string; slug: string; name: string }[];
  terms: { id: string; code: string; label: string }[];
  valueChains: { id: string; slug: string; name: string }[];
  targetCountries: { code: string }[];
}

export const EDITABLE_ARTICLE: TypedDocumentNode<{ knowledgeArticle: EditableArticle }, { slug: string; lang: string }> = gql`
  query EditableKnowledgeArticle($slug: String!, $lang: Language!) {
    knowledgeArticle(slug: $slug) {
      id
      slug
      kind
      language
      title
      summary
      body
      bodyHtml
      version
      viewerCanEdit
      authors {
        id
        slug
        name
      }
      terms {
        id
        code
        label(lang: $lang)
      }
      valueChains {
        id
        slug
        name
      }
      targetCountries {
        code
      }
    }
  }
`;

export const VALUE_CHAIN_OPTIONS: TypedDocumentNode<{ valueChains: { nodes: { id: string; slug: string; name: string }[] } }> = gql`
  query KnowledgeValueChainOptions {
    valueChains(first: 100) {
      nodes {
        id
        slug
        name
      }
    }
  }
`;

export const ARTICLE_PREVIEW: TypedDocumentNode<{ knowledgeArticlePreview: string }, { body: string }> = gql`
  query KnowledgeArticlePreview($body: String!) {
    knowledgeArticlePreview(body: $body)
  }
`;

export interface CreateArticleInput {
  slug: string;
  kind: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  authorIds: string[];
  termCodes: string[];
  valueChainIds: string[];
  targetCountries: string[];
}

export type UpdateArticleInput = { id: string; version: number } & Partial<Omit<CreateArticleInput, 'slug' | 'authorIds'>>;

export const CREATE_ARTICLE: TypedDocumentNode<{ createKnowledgeArticle: { id: string; version: number } }, { input: CreateArticleInput }> =
  gql`
    mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {
      createKnowledgeArticle(input: $input) {
        id
        version
      }
    }
  `;

export const UPDATE_ARTICLE: TypedDocumentNode<{ updateKnowledgeArticle: { id: string; version: number } }, { input: UpdateArticleInput }> =
  gql`
    mutation UpdateKnowledgeArticle($input: UpdateKnowledgeArticleInput!) {
      updateKnowledgeArticle(input: $input) {
        id
        version
      }
    }
  `;

export interface HistoryEntry {
  id: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE';
  entityType: string;
  actorName: string | null;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export const ARTICLE_HISTORY: TypedDocumentNode<
  {
    knowledgeArticle: { id: string; slug: string; title: string; version: number; history: { totalCount: number; nodes: HistoryEntry[] } };
  },
  { slug: string }
> = gql`
  query KnowledgeArticleHistory($slug: String!) {
    knowledgeArticle(slug: $slug) {
      id
      slug
      title
      version
      history(first: 50) {
        totalCount
        nodes {
          id
          action
          entityType
          actorName
          at
          before
          after
        }
      }
    }
  }
`;
