import { errorCode, graphqlErrors } from '../../account/forms';
import { useKnowledgeI18n, type KnowledgeKey } from '../knowledge-i18n';

const MESSAGES: Record<string, KnowledgeKey> = {
  CONFLICT: 'editor.conflict',
  BAD_USER_INPUT: 'editor.invalid',
  FORBIDDEN: 'editor.forbidden',
  UNAUTHENTICATED: 'editor.signedOut',
};

/** Why a save was refused; a stale version says so plainly and offers the stored one. */
export function SaveError({ error, onReload }: { error: unknown; onReload(): void }) {
  const { kt } = useKnowledgeI18n();
  if (!error) return null;
  const code = errorCode(error);
  const detail = code === 'BAD_USER_INPUT' ? graphqlErrors(error)[0]?.message : null;
  return (
    <div className={code === 'CONFLICT' ? 'form-error conflict' : 'form-error'} role="alert">
      <p>{kt((code && MESSAGES[code]) || 'editor.failed')}</p>
      {detail && (
        <p lang="en" className="form-error-detail">
          {detail}
        </p>
      )}
      {code === 'CONFLICT' && (
        <button type="button" className="secondary" onClick={onReload}>
          {kt('editor.reload')}
        </button>
      )}
    </div>
  );
}
