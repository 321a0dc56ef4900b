import { useI18n } from '../i18n/i18n';

interface PagerProps {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
}

/** Previous / next buttons for cursor pagination. */
export function Pager({ hasPrevious, hasNext, onPrevious, onNext }: PagerProps) {
  const { t } = useI18n();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" onClick={onPrevious} disabled={!hasPrevious}>
        ← {t('pager.previous')}
      </button>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        {t('pager.next')} →
      </button>
    </nav>
  );
}
