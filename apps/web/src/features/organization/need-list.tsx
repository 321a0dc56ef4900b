import { useI18n } from '../../i18n/i18n';
import { countryName, needKindKey } from '../../ui/labels';
import { Empty } from '../../ui/states';
import { TermLink } from '../../ui/term-link';
import type { OrganizationData } from './organization.queries';

type Needs = OrganizationData['organization']['needs']['nodes'];

export function NeedList({ needs }: { needs: Needs }) {
  const { t, lang, formatDate } = useI18n();
  if (needs.length === 0) return <Empty>{t('org.noNeeds')}</Empty>;
  return (
    <ul className="need-list">
      {needs.map((need) => (
        <li key={need.id} className="card">
          <p className="meta">
            <span className="badge">{t(needKindKey(need.kind))}</span>
            <span className={need.status === 'OPEN' ? 'badge badge-open' : 'badge'}>
              {need.status === 'OPEN' ? t('org.needOpen') : t('org.needClosed')}
            </span>
            <span className="muted">{formatDate(need.createdAt)}</span>
          </p>
          <p>{need.description}</p>
          <p className="meta">
            {need.technology && <TermLink term={need.technology} />}
            {need.stage && <TermLink term={need.stage} />}
            {need.country && <span>{countryName(need.country, lang)}</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
