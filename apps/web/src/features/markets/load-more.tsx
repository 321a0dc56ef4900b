import type { ErrorLike } from '@apollo/client';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/states';

interface LoadMoreProps {
  /** The list the next page is appended to: focus moves to its first new item. */
  list: RefObject<HTMLElement | null>;
  shown: number;
  total: number;
  hasMore: boolean;
  label: string;
  /** "{shown} of {total} shown", in the feature's words. */
  status: string;
  load(): Promise<unknown>;
}

/**
 * "Load more" for a cursor-paginated list. When the page arrives, focus moves to the first new
 * item, so keyboard and screen-reader users continue where the list grew (the button may vanish).
 */
export function LoadMore({ list, shown, total, hasMore, label, status, load }: LoadMoreProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorLike | null>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || shown <= from) return;
    focusFrom.current = null;
    const item = list.current?.children[from];
    const target =
      item instanceof HTMLElement && item.matches('[tabindex]') ? item : item?.querySelector<HTMLElement>('a[href], [tabindex]');
    target?.focus();
  }, [list, shown]);
  const run = () => {
    setBusy(true);
    setError(null);
    focusFrom.current = shown;
    load()
      .catch((e: unknown) => {
        focusFrom.current = null;
        setError(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => setBusy(false));
  };
  if (total === 0) return null;
  return (
    <div className="load-more">
      <p className="meta" aria-live="polite">
        {status}
      </p>
      {error && <ErrorState error={error} onRetry={run} />}
      {hasMore && !error && (
        <button type="button" onClick={run} disabled={busy} aria-busy={busy}>
          {busy ? t('state.loading') : label}
        </button>
      )}
    </div>
  );
}
