import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, navigate, useDocumentTitle, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { ARTICLE_KINDS, KNOWLEDGE_ARTICLES, type ArticleKind } from './knowledge.queries';

const isKind = (value: string | null): value is ArticleKind => ARTICLE_KINDS.includes(value as ArticleKind);

export default function KnowledgeListPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t('knowledge.title'));
  const params = useLocation().search;
  const query = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : null;
  const [text, setText] = useState(query);
  const [kindChoice, setKindChoice] = useState<string>(kind ?? '');
  const { data, previousData, loading, error, refetch } = useQuery(KNOWLEDGE_ARTICLES, { variables: { query: query || null, kind } });
  const shown = (data ?? previousData)?.knowledgeArticles;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    if (kindChoice) next.set('kind', kindChoice);
    navigate(next.size > 0 ? `/knowledge?${next.toString()}` : '/knowledge');
  };
  return (
    <div className="page knowledge">
      <h1>{t('knowledge.title')}</h1>
      <p className="lead">{t('knowledge.lead')}</p>
      <form role="search" onSubmit={submit} className="filter-search inline-search">
        <label htmlFor="knowledge-q">{t('knowledge.search')}</label>
        <div className="search-row">
          <input id="knowledge-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <label htmlFor="knowledge-kind" className="visually-hidden">
            {t('knowledge.kind')}
          </label>
          <select id="knowledge-kind" value={kindChoice} onChange={(e) => setKindChoice(e.target.value)}>
            <option value="">{t('knowledge.allKinds')}</option>
            {ARTICLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`knowledge.kind.${k}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t('home.searchButton')}</button>
        </div>
      </form>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && shown.nodes.length === 0 && <Empty>{t('knowledge.empty')}</Empty>}
      {shown && shown.nodes.length > 0 && (
        <ul className="card-grid plain-list" aria-busy={loading}>
          {shown.nodes.map((article) => (
            <li key={article.id} className="card">
              <p className="meta">
                {t(`knowledge.kind.${article.kind}`)} · <span lang={article.language}>{article.language.toUpperCase()}</span> ·{' '}
                {formatDate(article.publishedAt.slice(0, 10))}
              </p>
              <h2 className="card-title" lang={article.language}>
                <Link to={`/knowledge/${encodeURIComponent(article.slug)}`}>{article.title}</Link>
              </h2>
              <p className="clamp" lang={article.language}>
                {article.summary}
              </p>
              <p className="meta">{article.authors.map((a) => a.name).join(', ')}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
