import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { countryName, kindKey } from './labels';

export interface OrganizationSummary {
  id: string;
  slug: string;
  name: string;
  kind: string;
  city?: string | null;
  country: string;
  verified: boolean;
}

export function OrganizationCard({ organization }: { organization: OrganizationSummary }) {
  const { t, lang } = useI18n();
  return (
    <article className="card org-card">
      <h3>
        <Link to={`/organizations/${encodeURIComponent(organization.slug)}`}>{organization.name}</Link>
      </h3>
      <p className="meta">
        <span className="badge">{t(kindKey(organization.kind))}</span>
        {organization.verified && <span className="badge badge-verified">{t('org.verified')}</span>}
        <span>{[organization.city, countryName(organization.country, lang)].filter(Boolean).join(', ')}</span>
      </p>
    </article>
  );
}
