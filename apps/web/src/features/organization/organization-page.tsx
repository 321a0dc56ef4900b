import { useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { knowledgeHref } from '../knowledge/knowledge-filters';
import { authorChoices, writesAnywhere } from '../knowledge/editor/article-rights';
import { RelatedKnowledge } from '../knowledge/related-knowledge';
import { useSession } from '../session/use-viewer';
import { marketsHref } from '../markets/market-href';
import { countryName, kindKey, sizeKey } from '../../ui/labels';
import { OrganizationCard } from '../../ui/organization-card';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { CapabilityTable } from './capability-table';
import { HistoryList } from './history-list';
import { MatchList } from './match-list';
import { NeedList } from './need-list';
import { ORGANIZATION } from './organization.queries';

/** Only http(s) links from user data become clickable. */
const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

export default function OrganizationPage({ params }: { params: Record<string, string> }) {
  const { t, lang, gqlLang, formatDate } = useI18n();
  const slug = params.slug ?? '';
  const { viewer } = useSession();
  const { data, loading, error, refetch } = useQuery(ORGANIZATION, { variables: { slug, lang: gqlLang } });
  const organization = data?.organization;
  useDocumentTitle(organization?.name ?? null);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!organization) return loading ? <Loading /> : null;
  const website = safeUrl(organization.website);
  const isCluster = organization.kind === 'CLUSTER';

  return (
    <article className="page profile">
      <header className="profile-header">
        <p className="meta">
          <span className="badge">{t(kindKey(organization.kind))}</span>
          {organization.verified && <span className="badge badge-verified">{t('org.verified')}</span>}
        </p>
        <h1>{organization.name}</h1>
        <p className="lead">{[organization.city, countryName(organization.country, lang)].filter(Boolean).join(', ')}</p>
        {isCluster && (
          <p>
            <Link to={`/clusters/${encodeURIComponent(organization.slug)}`}>{t('cluster.page')}</Link>
          </p>
        )}
      </header>
      <div className="profile-layout">
        <div>
          <section aria-labelledby="about-title">
            <h2 id="about-title">{t('org.about')}</h2>
            <p className="description">{organization.description || t('org.noDescription')}</p>
          </section>
          <section aria-labelledby="capabilities-title">
            <h2 id="capabilities-title">
              {t('org.capabilities')} <span className="count">{organization.capabilities.totalCount}</span>
            </h2>
            <CapabilityTable capabilities={organization.capabilities.nodes} />
          </section>
          <section aria-labelledby="needs-title">
            <h2 id="needs-title">
              {t('org.needs')} <span className="count">{organization.needs.totalCount}</span>
            </h2>
            <NeedList needs={organization.needs.nodes} />
          </section>
          {!isCluster && (
            <section aria-labelledby="matches-title">
              <h2 id="matches-title">{t('org.matches')}</h2>
              <MatchList slug={organization.slug} />
            </section>
          )}
          {isCluster && (
            <section aria-labelledby="members-title">
              <h2 id="members-title">
                {t('org.members')} <span className="count">{organization.members.totalCount}</span>
              </h2>
              {organization.members.nodes.length === 0 ? (
                <Empty>{t('org.noMembers')}</Empty>
              ) : (
                <div className="card-grid">
                  {organization.members.nodes.map((member) => (
                    <OrganizationCard key={member.id} organization={member} />
                  ))}
                </div>
              )}
              {organization.members.totalCount > organization.members.nodes.length && (
                <p>
                  <Link to={`/directory?cluster=${encodeURIComponent(organization.slug)}`}>
                    {t('org.allMembers', { count: organization.members.totalCount })}
                  </Link>
                </p>
              )}
            </section>
          )}
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('history.title')}</h2>
            <HistoryList slug={organization.slug} />
          </section>
          <RelatedKnowledge
            knowledge={organization.knowledge}
            moreHref={knowledgeHref({ organization: organization.slug })}
            write={
              viewer && (writesAnywhere(viewer) || authorChoices(viewer).some((o) => o.slug === organization.slug))
                ? { href: `/account/knowledge/new?author=${encodeURIComponent(organization.slug)}`, name: organization.name }
                : null
            }
          />
        </div>
        <aside className="profile-facts" aria-labelledby="facts-title">
          <h2 id="facts-title">{t('org.facts')}</h2>
          <dl>
            {website && (
              <div>
                <dt>{t('org.website')}</dt>
                <dd>
                  <a href={website} rel="noopener noreferrer nofollow" target="_blank">
                    {website.replace(/^https?:\/\//, '')}
                  </a>
                </dd>
              </div>
            )}
            {organization.foundedYear && (
              <div>
                <dt>{t('org.founded')}</dt>
                <dd>{organization.foundedYear}</dd>
              </div>
            )}
            {organization.sizeBand && (
              <div>
                <dt>{t('org.size')}</dt>
                <dd>{t(sizeKey(organization.sizeBand))}</dd>
              </div>
            )}
            {organization.region && (
              <div>
                <dt>{t('org.region')}</dt>
                <dd>{organization.region}</dd>
              </div>
            )}
            {organization.externalIds.map((external) => (
              <div key={external.scheme}>
                <dt>{external.scheme.toUpperCase()}</dt>
                <dd>{external.value}</dd>
              </div>
            ))}
            <div>
              <dt>{t('org.updated')}</dt>
              <dd>{formatDate(organization.updatedAt)}</dd>
            </div>
          </dl>
          <h2 id="clusters-title">{t('org.clusters')}</h2>
          {organization.clusters.nodes.length === 0 ? (
            <Empty>{t('org.noClusters')}</Empty>
          ) : (
            <ul className="plain-list">
              {organization.clusters.nodes.map((cluster) => (
                <li key={cluster.id}>
                  <Link to={`/organizations/${encodeURIComponent(cluster.slug)}`}>{cluster.name}</Link>
                </li>
              ))}
            </ul>
          )}
          <h2 id="export-markets-title">{t('org.exportMarkets')}</h2>
          {organization.exportInterests.length === 0 ? (
            <Empty>{t('org.noExportMarkets')}</Empty>
          ) : (
            <ul className="plain-list">
              {organization.exportInterests.map((interest) => (
                <li key={`${interest.country.code}:${interest.application?.code ?? ''}`}>
                  <Link to={marketsHref({ country: interest.country.code, application: interest.application?.code })}>
                    {interest.application
                      ? t('org.exportMarket', { country: countryName(interest.country.code, lang), area: interest.application.label })
                      : countryName(interest.country.code, lang)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </article>
  );
}
