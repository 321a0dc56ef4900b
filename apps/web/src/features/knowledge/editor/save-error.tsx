import { MutationError } from '../../account/mutation-error';
import { useKnowledgeI18n, type KnowledgeKey } from '../knowledge-i18n';

const MESSAGES: Record<string, KnowledgeKey> = {
  CONFLICT: 'editor.conflict',
  BAD_USER_INPUT: 'editor.invalid',
  FORBIDDEN: 'editor.forbidden',
  UNAUTHENTICATED: 'editor.signedOut',
};

/** Why a save was refused, in the editor's words; a stale version offers the stored one. */
export function SaveError({ error, onReload }: { error: unknown; onReload(): void }) {
  const { kt } = useKnowledgeI18n();
  return (
    <MutationError
      error={error}
      onReload={onReload}
      describe={(code) => kt((code && MESSAGES[code]) || 'editor.failed')}
      reloadLabel={kt('editor.reload')}
    />
  );
}
