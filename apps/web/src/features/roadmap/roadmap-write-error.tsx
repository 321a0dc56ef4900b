import type { RoadmapKey } from './roadmap-i18n';
import { useRoadmapI18n } from './roadmap-i18n';
import type { WriteFailure } from './use-roadmap-write';

const MESSAGES: Record<string, RoadmapKey> = {
  CONFLICT: 'form.conflict',
  BAD_USER_INPUT: 'form.invalid',
  FORBIDDEN: 'form.forbidden',
  UNAUTHENTICATED: 'form.signedOut',
  NOT_FOUND: 'form.notFound',
  RATE_LIMITED: 'form.rateLimited',
};

/** Why a roadmap write was refused; a version conflict says that the form now shows the stored values. */
export function RoadmapWriteError({ failure, showDetail }: { failure: WriteFailure | null; showDetail: boolean }) {
  const { rt } = useRoadmapI18n();
  if (!failure) return null;
  return (
    <div className={failure.code === 'CONFLICT' ? 'form-error conflict' : 'form-error'} role="alert">
      <p>{rt((failure.code && MESSAGES[failure.code]) || 'form.failed')}</p>
      {showDetail && failure.detail && (
        <p lang="en" className="form-error-detail">
          {failure.detail}
        </p>
      )}
    </div>
  );
}
