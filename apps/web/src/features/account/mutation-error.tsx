import { useAccountI18n } from './account-i18n';
import { errorCode, formErrorKey, graphqlErrors } from './forms';

interface MutationErrorProps {
  error: unknown;
  /** Offered on a version conflict: load what is stored now. */
  onReload?: () => void;
}

/** Why a change was refused; a version conflict says so plainly and offers the current version. */
export function MutationError({ error, onReload }: MutationErrorProps) {
  const { at } = useAccountI18n();
  if (!error) return null;
  const code = errorCode(error);
  const detail = code === 'BAD_USER_INPUT' ? graphqlErrors(error)[0]?.message : null;
  return (
    <div className={code === 'CONFLICT' ? 'form-error conflict' : 'form-error'} role="alert">
      <p>{at(formErrorKey(code))}</p>
      {detail && (
        <p lang="en" className="form-error-detail">
          {detail}
        </p>
      )}
      {code === 'CONFLICT' && onReload && (
        <button type="button" className="secondary" onClick={onReload}>
          {at('form.reload')}
        </button>
      )}
    </div>
  );
}
