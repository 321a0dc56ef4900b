import type { ErrorLike } from '@apollo/client';
import { useI18n } from '../i18n/i18n';

/** The API's refusal of a write, in words: its message names the field or the missing right. */
export function ActionError({ error }: { error: ErrorLike }) {
  const { t } = useI18n();
  return (
    <p className="form-error" role="alert">
      {t('form.failed')} {error.message}
    </p>
  );
}
