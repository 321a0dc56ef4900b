import { useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { useI18n, type TranslationKey } from '../../i18n/i18n';
import { OrganizationCard } from '../../ui/organization-card';
import { ErrorState, Loading } from '../../ui/states';
import { KEY_FIGURES, type KeyFiguresData } from './home.queries';
import { LatestActivity } from './latest-activity';
import { SearchSuggest } from './search-suggest';

const FIGURES: { key: Exclude<keyof KeyFiguresData, 'latest'>; label: TranslationKey; href: string }[] = [
  { key: 'organizations', label: 'home.figure.organizations', href: '/directory' },
  { key: 'clusters', label: 'home.figure.clusters', href: '/directory?kind=CLUSTER' },
  { key: 'smes', label: 'home.figure.smes', href: '/directory?kind=SME' },
  { key: 'verified', label: 'home.figure.verified', href: '/directory?verified=true' },
  { key: 'technologies', label: 'home.figure.technologies', href: '/classification' },
  { key: 'applications', label: 'home.figure.applications', href: '/classification#APPLICATION' },
];

export default function HomePage() {
  const { t, formatNumber } = useI18n();
  useDocumentTitle(t('home.title'));
  const { data, loading, error, refetch } = useQuery(KEY_FIGURES);
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <SearchSuggest />
      </section>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t('home.figures')}</h2>
        {error && <ErrorState error={error} onRetry={() => void refetch()} />}
        {!data && loading && <Loading />}
        {data && (
          <ul className="figures">
            {FIGURES.map((figure) => (
              <li key={figure.key}>
                <Link to={figure.href}>
                  <strong>{formatNumber(data[figure.key].totalCount)}</strong>
                  <span>{t(figure.label)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <LatestActivity />
      {data && data.latest.nodes.length > 0 && (
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">{t('home.latest')}</h2>
          <div className="card-grid">
            {data.latest.nodes.map((organization) => (
              <OrganizationCard key={organization.id} organization={organization} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
