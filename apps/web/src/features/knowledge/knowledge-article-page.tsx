import { useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { useSession } from '../session/use-viewer';
import { ErrorState, Loading } from '../../ui/states';
import { TermLink } from '../../ui/term-link';
import { marketsHref } from '../markets/market-href';
import { useKnowledgeI18n } from './knowledge-i18n';
import { KNOWLEDGE_ARTICLE } from './knowledge.queries';

export default function KnowledgeArticlePage({ params }: { params: Record<string, string> }) {
  const { t, kt, gqlLang, formatDate } = useKnowledgeI18n();
  const session = useSession();
  // Read again on every visit: an edit made in the editor must show here, and viewerCanEdit follows the session.
  const { data, loading, error, refetch } = useQuery(KNOWLEDGE_ARTICLE, {
    variables: { slug: params.slug ?? '', lang: gqlLang },
    fetchPolicy: 'cache-and-network',
  });
  const article = data?.knowledgeArticle;
  useDocumentTitle(article?.title ?? t('knowledge.title'));
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!article || loading) return <Loading />;
  return (
    <article className="page knowledge-article">
      <p className="meta">
        <Link to="/knowledge">{t('knowledge.title')}</Link> · {t(`knowledge.kind.${article.kind}`)}
      </p>
      <h1 lang={article.language}>{article.title}</h1>
      <p className="meta">
        {t('knowledge.byline', {
          authors: article.authors.map((a) => a.name).join(', '),
          date: formatDate(article.publishedAt.slice(0, 10)),
          version: article.version,
        })}
      </p>
      {session.viewer && (
        <p className="action-links">
          {article.viewerCanEdit && (
            <Link className="button-link" to={`/account/knowledge/${encodeURIComponent(article.slug)}/edit`}>
              {kt('article.edit')}
            </Link>
          )}{' '}
          <Link to={`/knowledge/${encodeURIComponent(article.slug)}/history`}>{kt('article.history')}</Link>
        </p>
      )}
      {article.summary && (
        <p className="lead" lang={article.language}>
          {article.summary}
        </p>
      )}
      {/* The API renders the Markdown and sanitizes the HTML (no scripts, handlers or unsafe URLs). */}
      <div className="article-body" lang={article.language} dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      <aside aria-labelledby="article-about">
        <h2 id="article-about">{t('knowledge.about')}</h2>
        <dl className="facts">
          {article.event && (
            <>
              <dt>{t('knowledge.event')}</dt>
              <dd>{article.event.title}</dd>
            </>
          )}
          <dt>{t('knowledge.authors')}</dt>
          <dd>
            {article.authors.map((a, i) => (
              <span key={a.slug}>
                {i > 0 && ', '}
                <Link to={`/organizations/${encodeURIComponent(a.slug)}`}>{a.name}</Link>
              </span>
            ))}
          </dd>
          {article.targetCountries.length > 0 && (
            <>
              <dt>{t('knowledge.countries')}</dt>
              <dd>
                {article.targetCountries.map((c, i) => (
                  <span key={c.code}>
                    {i > 0 && ', '}
                    <Link to={marketsHref({ country: c.code })}>{c.name}</Link>
                  </span>
                ))}
              </dd>
            </>
          )}
          {article.terms.length > 0 && (
            <>
              <dt>{t('knowledge.terms')}</dt>
              <dd>
                {article.terms.map((term) => (
                  <TermLink key={term.code} term={term} />
                ))}
              </dd>
            </>
          )}
          {article.valueChains.length > 0 && (
            <>
              <dt>{t('knowledge.valueChains')}</dt>
              <dd>{article.valueChains.map((v) => v.name).join(', ')}</dd>
            </>
          )}
        </dl>
      </aside>
    </article>
  );
}
