import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useKnowledgeI18n } from '../knowledge-i18n';
import { ARTICLE_PREVIEW } from './knowledge-editor.queries';

/** The body as the API will store it: rendered and sanitized by the server, never by the browser. */
export function BodyPreview({ body, language }: { body: string; language: string }) {
  const { kt } = useKnowledgeI18n();
  const [render, { data, loading, error }] = useLazyQuery(ARTICLE_PREVIEW, { fetchPolicy: 'network-only' });
  const [renderedBody, setRenderedBody] = useState<string | null>(null);
  const preview = () => {
    setRenderedBody(body);
    void render({ variables: { body } });
  };
  const html = data?.knowledgeArticlePreview;
  return (
    <section className="body-preview" aria-labelledby="body-preview-title">
      <div className="button-row">
        <h2 id="body-preview-title">{kt('editor.previewTitle')}</h2>
        <button type="button" className="secondary" onClick={preview} disabled={body.trim() === '' || loading}>
          {kt('editor.preview')}
        </button>
      </div>
      <div aria-live="polite" aria-busy={loading}>
        {loading && <p className="meta">{kt('editor.previewing')}</p>}
        {error && !loading && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )}
        {!loading && !error && html === undefined && <p className="meta">{kt('editor.previewEmpty')}</p>}
        {!loading && !error && html !== undefined && (
          <>
            {renderedBody !== body && <p className="meta">{kt('editor.previewStale')}</p>}
            {/* The API's sanitizer produced this HTML: no scripts, handlers or unsafe URLs. */}
            <div className="article-body preview-body" lang={language} dangerouslySetInnerHTML={{ __html: html }} />
          </>
        )}
      </div>
    </section>
  );
}
