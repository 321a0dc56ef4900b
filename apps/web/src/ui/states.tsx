import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** An error from the API; NOT_FOUND gets its own wording. */
export function ErrorState({ error, onRetry }: { error: ErrorLike | Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const notFound = isNotFound(error);
  return (
    <div className="state state-error" role="alert">
      <p>{notFound ? t('state.notFound') : t('state.error')}</p>
      {!notFound && <p className="muted">{error.message}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

// Checked structurally: importing CombinedGraphQLErrors would pull Apollo's error classes into the shell.
function isNotFound(error: unknown): boolean {
  const errors = (error as { errors?: unknown }).errors;
  return Array.isArray(errors) && errors.some((e: { extensions?: { code?: unknown } }) => e?.extensions?.code === 'NOT_FOUND');
}
