import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useDocumentTitle, useLocation } from '../../app/router';
import { useI18n, type TranslationKey } from '../../i18n/i18n';
import { knowledgeHref } from '../knowledge/knowledge-filters';
import { RelatedKnowledge } from '../knowledge/related-knowledge';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { OrganizationCard } from '../../ui/organization-card';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { TermLink, termHref } from '../../ui/term-link';
import { TERM } from './classification.queries';
import { CrosswalkList } from './crosswalk-list';

export default function TermPage() {
  const code = useLocation().search.get('code') ?? '';
  return <TermView key={code} code={code} />;
}

function TermView({ code }: { code: string }) {
  const { t, gqlLang, formatNumber } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(TERM, { variables: { code, lang: gqlLang, after } });
  const term = (data ?? previousData)?.term;
  useDocumentTitle(term?.label ?? null);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!term) return loading ? <Loading /> : null;
  const providers = term.providers;
  return (
    <article className="page term">
      <nav aria-label={t('classification.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/classification">{t('classification.title')}</Link>
          </li>
          {[...term.ancestors].reverse().map((ancestor) => (
            <li key={ancestor.code}>
              <Link to={termHref(ancestor.code)}>{ancestor.label}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <header>
        <p className="meta">
          <span className="badge">{t(`facet.${term.facet}` as 'facet.TECHNOLOGY')}</span>
          {term.status !== 'APPROVED' && <span className="badge">{t(`termStatus.${term.status}` as TranslationKey)}</span>}
          <code>{term.code}</code>
        </p>
        <h1>{term.label}</h1>
        {term.description && <p className="lead">{term.description}</p>}
        {term.status === 'APPROVED' && (
          <p>
            <Link to={`/classification/propose?parent=${encodeURIComponent(term.code)}`}>{t('propose.narrower')}</Link>
          </p>
        )}
        {term.replacedBy && (
          <p>
            {t('classification.replacedBy')} <TermLink term={term.replacedBy} />
          </p>
        )}
      </header>
      <div className="profile-layout">
        <section aria-labelledby="providers-title" aria-busy={loading}>
          <h2 id="providers-title">
            {t('classification.providers')} <span className="count">{formatNumber(providers.totalCount)}</span>
          </h2>
          {providers.nodes.length === 0 ? (
            <Empty>{t('classification.noProviders')}</Empty>
          ) : (
            <ul className="result-list">
              {providers.nodes.map((organization) => (
                <li key={organization.id}>
                  <OrganizationCard organization={organization} />
                </li>
              ))}
            </ul>
          )}
          <nav className="pager" aria-label={t('pager.label')}>
            <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
              ← {t('pager.previous')}
            </button>
            <button
              type="button"
              disabled={!providers.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, providers.pageInfo.endCursor])}
            >
              {t('pager.next')} →
            </button>
          </nav>
          <RelatedKnowledge knowledge={term.knowledge} moreHref={knowledgeHref({ terms: [term.code] })} busy={loading} />
        </section>
        <aside className="profile-facts" aria-labelledby="labels-title">
          <h2 id="labels-title">{t('classification.labels')}</h2>
          <dl>
            {LANGUAGES.map((lang) => (
              <div key={lang}>
                <dt>{LANGUAGE_NAMES[lang]}</dt>
                <dd lang={lang}>{term.labels[lang]}</dd>
              </div>
            ))}
          </dl>
          {term.synonyms.length > 0 && (
            <>
              <h2>{t('classification.synonyms')}</h2>
              <p>{term.synonyms.join(', ')}</p>
            </>
          )}
          <h2>{t('crosswalk.title')}</h2>
          <CrosswalkList crosswalks={term.crosswalks} />
          <h2>{t('classification.narrower')}</h2>
          {term.children.length === 0 ? (
            <Empty>{t('classification.noChildren')}</Empty>
          ) : (
            <ul className="plain-list">
              {term.children.map((child) => (
                <li key={child.code}>
                  <TermLink term={child} />
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </article>
  );
}
