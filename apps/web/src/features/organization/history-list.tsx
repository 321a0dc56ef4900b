import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n, type TranslationKey } from '../../i18n/i18n';
import { Pager } from '../../ui/pager';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { useSession } from '../session/use-viewer';
import { changedFields } from './audit-diff';
import { ORGANIZATION_HISTORY } from './history.queries';

/** Who changed what and when, newest first; the API shows the history to signed-in users only. */
export function HistoryList({ slug }: { slug: string }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.loading) return <Loading />;
  if (!session.viewer) return <p className="muted">{t('history.signIn')}</p>;
  return <HistoryEntries slug={slug} />;
}

function HistoryEntries({ slug }: { slug: string }) {
  const { t, formatNumber } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(ORGANIZATION_HISTORY, { variables: { slug, after } });
  const history = (data ?? previousData)?.organization.history;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!history) return loading ? <Loading /> : null;
  if (history.nodes.length === 0) return <Empty>{t('history.empty')}</Empty>;
  const dateTime = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div aria-busy={loading}>
      <p className="muted">{t('history.count', { count: formatNumber(history.totalCount) })}</p>
      <ol className="plain-list history-list">
        {history.nodes.map((entry) => {
          const changes = changedFields(entry.before, entry.after);
          return (
            <li key={entry.id} className="card">
              <p className="meta">
                <span className="badge">{t(`history.action.${entry.action}` as TranslationKey)}</span>
                <span>{entry.entityType}</span>
                <time dateTime={entry.at}>{dateTime.format(new Date(entry.at))}</time>
                <span className="muted">{entry.actorName ?? t('history.system')}</span>
              </p>
              {changes.length > 0 && entry.action === 'UPDATE' && (
                <ul className="history-changes">
                  {changes.map((change) => (
                    <li key={change.field}>
                      <code>{change.field}</code>: <del>{change.before}</del> → <ins>{change.after}</ins>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      <Pager
        hasPrevious={cursors.length > 1}
        hasNext={history.pageInfo.hasNextPage}
        onPrevious={() => setCursors(cursors.slice(0, -1))}
        onNext={() => setCursors([...cursors, history.pageInfo.endCursor])}
      />
    </div>
  );
}
