import { useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { useSession } from '../session/use-viewer';
import { ARTICLE_HISTORY } from './editor/knowledge-editor.queries';
import { changedFields } from './history-fields';
import { useKnowledgeI18n } from './knowledge-i18n';

/** /knowledge/:slug/history: every version of an article, newest first (signed-in users, as the API allows). */
export default function KnowledgeHistoryPage({ params }: { params: Record<string, string> }) {
  const { kt, lang } = useKnowledgeI18n();
  const slug = params.slug ?? '';
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(ARTICLE_HISTORY, {
    skip: !session.viewer,
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const article = data?.knowledgeArticle;
  const title = article ? kt('history.title', { title: article.title }) : kt('history.loadingTitle');
  useDocumentTitle(title);
  const at = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const back = (
    <p>
      <Link to={`/knowledge/${encodeURIComponent(slug)}`}>{kt('history.back')}</Link>
    </p>
  );
  let body;
  if (session.loading) body = <Loading />;
  else if (!session.viewer)
    body = (
      <div className="state state-empty">
        <p>{kt('history.signIn')}</p>
        <Link className="button-link" to={`/account/sign-in?next=${encodeURIComponent(`/knowledge/${slug}/history`)}`}>
          {kt('editor.signInLink')}
        </Link>
      </div>
    );
  else if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!article || loading) body = <Loading />;
  else if (article.history.nodes.length === 0) body = <Empty>{kt('history.empty')}</Empty>;
  else
    body = (
      <ol className="plain-list history-list">
        {article.history.nodes.map((entry) => {
          const links = entry.entityType === 'KnowledgeArticleLinks';
          const fields = changedFields(entry.before, entry.after);
          const version = (entry.after ?? entry.before)?.version;
          return (
            <li key={entry.id} className="card">
              <p>
                <strong>{links ? kt('history.links') : kt(`history.${entry.action}`)}</strong>
                {!links && typeof version === 'number' && <> · {kt('history.version', { version })}</>} ·{' '}
                <time dateTime={entry.at}>{at.format(new Date(entry.at))}</time>
                {entry.actorName && <> · {kt('history.by', { name: entry.actorName })}</>}
              </p>
              {entry.action === 'UPDATE' && fields.length > 0 && (
                <p className="meta">{kt('history.fields', { fields: fields.map((key) => kt(key)).join(', ') })}</p>
              )}
            </li>
          );
        })}
      </ol>
    );
  return (
    <div className="page knowledge-history">
      <h1>{title}</h1>
      {back}
      {body}
    </div>
  );
}
