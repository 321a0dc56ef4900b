import { useAccountI18n } from './account-i18n';
import { errorCode, formErrorKey, graphqlErrors } from './forms';

interface MutationErrorProps {
  error: unknown;
  /** Offered on a version conflict: load what is stored now. */
  onReload?: () => void;
  /** The sentence for an error code (null when the error has none); the account forms' wording by default. */
  describe?: (code: string | null) => string;
  /** The reload button's label; the account forms' by default. */
  reloadLabel?: string;
}

/** Why a change was refused; a version conflict says so plainly and offers the current version. */
export function MutationError({ error, onReload, describe, reloadLabel }: MutationErrorProps) {
  const { at } = useAccountI18n();
  if (!error) return null;
  const code = errorCode(error);
  const detail = code === 'BAD_USER_INPUT' ? graphqlErrors(error)[0]?.message : null;
  return (
    <div className={code === 'CONFLICT' ? 'form-error conflict' : 'form-error'} role="alert">
      <p>{describe ? describe(code) : at(formErrorKey(code))}</p>
      {detail && (
        <p lang="en" className="form-error-detail">
          {detail}
        </p>
      )}
      {code === 'CONFLICT' && onReload && (
        <button type="button" className="secondary" onClick={onReload}>
          {reloadLabel ?? at('form.reload')}
        </button>
      )}
    </div>
  );
}
