import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Field } from '../../account/field';
import { focusFirstInvalid, hasProblems, serverFieldErrors } from '../../account/forms';
import { useKnowledgeI18n } from '../knowledge-i18n';
import { ARTICLE_KINDS } from '../knowledge.queries';
import { LANGUAGES } from '../knowledge-filters';
import { createInput, DRAFT_FIELDS, draftOf, updateInput, validateDraft, type ArticleDraft, type DraftField } from './article-draft';
import { ArticleTags, type TagOptions } from './article-tags';
import { BodyPreview } from './body-preview';
import { CREATE_ARTICLE, UPDATE_ARTICLE, type EditableArticle } from './knowledge-editor.queries';
import { SaveError } from './save-error';

interface ArticleFormProps {
  /** The stored article being edited; null for a new one. */
  article: EditableArticle | null;
  initial: ArticleDraft;
  tags: TagOptions;
  /** Reads the stored article again and returns it. */
  reload(): Promise<EditableArticle | null>;
  /** After publishing a new article: where to go. */
  onCreated(slug: string): void;
}

export function ArticleForm({ article, initial, tags, reload, onCreated }: ArticleFormProps) {
  const { t, kt, lang } = useKnowledgeI18n();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [status, setStatus] = useState<'idle' | 'unchanged' | { saved: number }>('idle');
  const [create, created] = useMutation(CREATE_ARTICLE);
  const [update, updated] = useMutation(UPDATE_ARTICLE);
  const saving = created.loading || updated.loading;
  const failure = created.error ?? updated.error;
  const isNew = article === null;

  const set = <F extends DraftField>(field: F, value: ArticleDraft[F]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setStatus('idle');
  };
  const text = (field: 'slug' | 'title' | 'summary' | 'body') => ({
    value: draft[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    created.reset();
    updated.reset();
    const problems = validateDraft(draft, isNew);
    setErrors(Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, kt(p.key, p.vars)])));
    if (hasProblems(problems)) return requestAnimationFrame(() => focusFirstInvalid(form.current));
    try {
      if (isNew) {
        await create({ variables: { input: createInput(draft) } });
        onCreated(draft.slug.trim());
        return;
      }
      const input = updateInput(article, draft);
      if (!input) return setStatus('unchanged');
      const { data } = await update({ variables: { input } });
      // The stored article is read again, so the next save starts from the version just written.
      await reload();
      if (data) setStatus({ saved: data.updateKnowledgeArticle.version });
    } catch (error) {
      const byField = serverFieldErrors(error, DRAFT_FIELDS);
      setErrors(byField);
      if (hasProblems(byField)) requestAnimationFrame(() => focusFirstInvalid(form.current));
    }
  };

  // After a version conflict: the stored version replaces the draft, as the message warned.
  const loadCurrent = async () => {
    const current = await reload();
    if (!current) return;
    updated.reset();
    setErrors({});
    setDraft(draftOf(current));
    setStatus('idle');
  };

  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  return (
    <form ref={form} className="account-form article-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        <Field id="article-title" label={kt('editor.title')} error={errors.title}>
          {(c) => <input {...c} type="text" {...text('title')} />}
        </Field>
        {isNew && (
          <Field id="article-slug" label={kt('editor.slug')} hint={kt('editor.slugHint')} error={errors.slug}>
            {(c) => <input {...c} type="text" autoCapitalize="off" spellCheck={false} {...text('slug')} />}
          </Field>
        )}
        <Field id="article-kind" label={kt('editor.kind')} error={errors.kind}>
          {(c) => (
            <select {...c} value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
              {ARTICLE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`knowledge.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="article-language" label={kt('editor.language')} error={errors.language}>
          {(c) => (
            <select {...c} value={draft.language} onChange={(e) => set('language', e.target.value)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code.toUpperCase()}>
                  {languageName.of(code) ?? code}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="article-summary" label={kt('editor.summary')} hint={kt('editor.summaryHint')} error={errors.summary}>
        {(c) => <textarea {...c} rows={3} {...text('summary')} />}
      </Field>
      <Field id="article-body" label={kt('editor.body')} hint={kt('editor.bodyHint')} error={errors.body}>
        {(c) => <textarea {...c} rows={16} className="markdown-input" {...text('body')} />}
      </Field>
      <BodyPreview body={draft.body} language={draft.language.toLowerCase()} />
      <ArticleTags draft={draft} tags={tags} isNew={isNew} errors={errors} onChange={set} />
      <SaveError error={failure} onReload={() => void loadCurrent()} />
      <div className="button-row">
        <button type="submit" disabled={saving}>
          {saving ? kt('editor.saving') : isNew ? kt('editor.publish') : kt('editor.save')}
        </button>
        <span role="status" className="form-status">
          {status === 'unchanged'
            ? kt('editor.unchanged')
            : typeof status === 'object'
              ? kt('editor.saved', { version: status.saved })
              : ''}
        </span>
      </div>
    </form>
  );
}
