import type { KnowledgeKey } from '../knowledge-i18n';
import type { CreateArticleInput, EditableArticle, UpdateArticleInput } from './knowledge-editor.queries';

/** The editor's values: the create input's fields, tags kept as the identifiers the mutations take. */
export type ArticleDraft = CreateArticleInput;

export type DraftField = keyof ArticleDraft;
export const DRAFT_FIELDS: readonly DraftField[] = [
  'slug',
  'kind',
  'language',
  'title',
  'summary',
  'body',
  'authorIds',
  'termCodes',
  'valueChainIds',
  'targetCountries',
];

export const LIMITS = { slug: 100, title: 300, summary: 1000, body: 100_000 } as const;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const emptyDraft = (language: string, authorIds: string[]): ArticleDraft => ({
  slug: '',
  kind: 'GUIDE',
  language: language.toUpperCase(),
  title: '',
  summary: '',
  body: '',
  authorIds,
  termCodes: [],
  valueChainIds: [],
  targetCountries: [],
});

export const draftOf = (article: EditableArticle): ArticleDraft => ({
  slug: article.slug,
  kind: article.kind,
  language: article.language.toUpperCase(),
  title: article.title,
  summary: article.summary,
  body: article.body,
  authorIds: article.authors.map((a) => a.id),
  termCodes: article.terms.map((t) => t.code),
  valueChainIds: article.valueChains.map((v) => v.id),
  targetCountries: article.targetCountries.map((c) => c.code),
});

export type DraftProblem = { key: KnowledgeKey; vars?: Record<string, number> };

/** What the form can tell before asking the API (which checks again and names the field). */
export function validateDraft(draft: ArticleDraft, isNew: boolean): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const text = (field: 'slug' | 'title' | 'summary' | 'body', required: boolean) => {
    const value = field === 'body' ? draft[field] : draft[field].trim();
    if (required && value === '') problems[field] = { key: 'editor.required' };
    else if (value.length > LIMITS[field]) problems[field] = { key: 'editor.tooLong', vars: { max: LIMITS[field] } };
  };
  if (isNew) {
    text('slug', true);
    if (!problems.slug && !SLUG.test(draft.slug.trim())) problems.slug = { key: 'editor.slugInvalid' };
    if (draft.authorIds.length === 0) problems.authorIds = { key: 'editor.authorsRequired' };
  }
  text('title', true);
  text('summary', false);
  text('body', true);
  return problems;
}

export function createInput(draft: ArticleDraft): CreateArticleInput {
  return { ...draft, slug: draft.slug.trim(), title: draft.title.trim(), summary: draft.summary.trim() };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Only what changed since the version the editor started from; null when nothing did. */
export function updateInput(article: EditableArticle, draft: ArticleDraft): UpdateArticleInput | null {
  const base = draftOf(article);
  const input: UpdateArticleInput = { id: article.id, version: article.version };
  for (const field of ['kind', 'language', 'body'] as const) if (draft[field] !== base[field]) input[field] = draft[field];
  for (const field of ['title', 'summary'] as const) if (draft[field].trim() !== base[field]) input[field] = draft[field].trim();
  for (const field of ['termCodes', 'valueChainIds', 'targetCountries'] as const) {
    if (!sameSet(draft[field], base[field])) input[field] = draft[field];
  }
  return Object.keys(input).length > 2 ? input : null;
}
