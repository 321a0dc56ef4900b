import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, navigate, useDocumentTitle, useLocation } from '../../app/router';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { useSession } from '../session/use-viewer';
import { ActiveFilters } from './active-filters';
import { canWrite } from './editor/article-rights';
import { knowledgeHref, LANGUAGES, listVariables, readFilters, type KnowledgeFilters } from './knowledge-filters';
import { useKnowledgeI18n } from './knowledge-i18n';
import { ARTICLE_KINDS, KNOWLEDGE_ARTICLES } from './knowledge.queries';
import './knowledge.css';

export default function KnowledgeListPage() {
  const { t, kt, lang, formatDate } = useKnowledgeI18n();
  useDocumentTitle(t('knowledge.title'));
  const filters = readFilters(useLocation().search);
  const session = useSession();
  // The form's fields start from the URL and are applied on submit; the page re-mounts them on navigation.
  const formKey = `${filters.q}|${filters.kind ?? ''}|${filters.language ?? ''}`;
  const { data, previousData, loading, error, refetch } = useQuery(KNOWLEDGE_ARTICLES, { variables: listVariables(filters) });
  const shown = (data ?? previousData)?.knowledgeArticles;
  return (
    <div className="page knowledge">
      <h1>{t('knowledge.title')}</h1>
      <p className="lead">{t('knowledge.lead')}</p>
      {session.viewer && canWrite(session.viewer) && (
        <p>
          <Link className="button-link" to="/account/knowledge/new">
            {kt('list.write')}
          </Link>
        </p>
      )}
      <SearchForm key={formKey} filters={filters} />
      <ActiveFilters filters={filters} />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && !error && (
        <p role="status" className="meta">
          {kt('list.count', { count: shown.totalCount.toLocaleString(lang) })}
        </p>
      )}
      {shown && !error && shown.nodes.length === 0 && <Empty>{t('knowledge.empty')}</Empty>}
      {shown && !error && shown.nodes.length > 0 && (
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

/** Text, kind and language, applied together on submit; the other filters of the URL are kept. */
function SearchForm({ filters }: { filters: KnowledgeFilters }) {
  const { t, kt, lang } = useKnowledgeI18n();
  const [text, setText] = useState(filters.q);
  const [kind, setKind] = useState<string>(filters.kind ?? '');
  const [language, setLanguage] = useState(filters.language ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosenKind = ARTICLE_KINDS.find((k) => k === kind) ?? null;
    navigate(knowledgeHref({ ...filters, q: text.trim(), kind: chosenKind, language: language || null }));
  };
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  return (
    <form role="search" onSubmit={submit} className="filter-search inline-search">
      <label htmlFor="knowledge-q">{t('knowledge.search')}</label>
      <div className="search-row">
        <input id="knowledge-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="knowledge-kind" className="visually-hidden">
          {t('knowledge.kind')}
        </label>
        <select id="knowledge-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('knowledge.allKinds')}</option>
          {ARTICLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`knowledge.kind.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="knowledge-language" className="visually-hidden">
          {kt('filters.language.label')}
        </label>
        <select id="knowledge-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="">{kt('filters.language.any')}</option>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName.of(code) ?? code}
            </option>
          ))}
        </select>
        <button type="submit">{t('home.searchButton')}</button>
      </div>
    </form>
  );
}
