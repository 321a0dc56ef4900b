import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, navigate, useDocumentTitle, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { TermLink } from '../../ui/term-link';
import { COMMUNITIES } from './community.queries';

export default function CommunitiesPage() {
  const { t, gqlLang } = useI18n();
  useDocumentTitle(t('communities.title'));
  const search = useLocation().search.get('q') ?? '';
  const [text, setText] = useState(search);
  const { data, previousData, loading, error, refetch } = useQuery(COMMUNITIES, { variables: { search: search || null, lang: gqlLang } });
  const shown = (data ?? previousData)?.communities;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(text.trim() ? `/communities?q=${encodeURIComponent(text.trim())}` : '/communities');
  };
  return (
    <div className="page communities">
      <h1>{t('communities.title')}</h1>
      <p className="lead">{t('communities.lead')}</p>
      <form role="search" onSubmit={submit} className="filter-search inline-search">
        <label htmlFor="communities-q">{t('communities.search')}</label>
        <div className="search-row">
          <input id="communities-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{t('home.searchButton')}</button>
        </div>
      </form>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && shown.nodes.length === 0 && <Empty>{t('communities.empty')}</Empty>}
      {shown && shown.nodes.length > 0 && (
        <ul className="card-grid plain-list" aria-busy={loading}>
          {shown.nodes.map((community) => (
            <li key={community.id} className="card">
              <h2 className="card-title">
                <Link to={`/communities/${encodeURIComponent(community.slug)}`}>{community.name}</Link>
              </h2>
              <p className="clamp">{community.description}</p>
              <p className="meta">
                {community.terms.map((term) => (
                  <TermLink key={term.code} term={term} />
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
