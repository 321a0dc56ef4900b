import { useI18n, type TranslationKey } from '../../i18n/i18n';
import { Empty } from '../../ui/states';
import type { TermData } from './classification.queries';

/** A term's mappings to NACE Rev. 2 and the Key Enabling Technologies (a list: it sits in a narrow column). */
export function CrosswalkList({ crosswalks }: { crosswalks: TermData['term']['crosswalks'] }) {
  const { t } = useI18n();
  if (crosswalks.length === 0) return <Empty>{t('crosswalk.none')}</Empty>;
  return (
    <ul className="plain-list crosswalks">
      {crosswalks.map((c) => (
        <li key={`${c.scheme}:${c.code}`}>
          <strong>{t(`crosswalk.scheme.${c.scheme}` as TranslationKey)}</strong> <code>{c.code}</code>{' '}
          <span className="badge">{t(`crosswalk.match.${c.match}` as TranslationKey)}</span>
          <br />
          <span lang="en">{c.label}</span>
        </li>
      ))}
    </ul>
  );
}
