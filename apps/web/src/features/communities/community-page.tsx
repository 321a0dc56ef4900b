import { useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { useI18n, type TranslationKey } from '../../i18n/i18n';
import { knowledgeHref } from '../knowledge/knowledge-filters';
import { RelatedKnowledge } from '../knowledge/related-knowledge';
import { OrganizationCard } from '../../ui/organization-card';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { TermLink } from '../../ui/term-link';
import { COMMUNITY, type LinkEnd } from './community.queries';
import { LinkAnswer, LinkRequestForm, useLinkRights } from './link-actions';
import { LinkGraph } from './link-graph';

const statusKey = (status: string) => `communities.status.${status}` as TranslationKey;

export default function CommunityPage({ params }: { params: Record<string, string> }) {
  const { t, gqlLang, formatDate } = useI18n();
  const slug = params.slug ?? '';
  const { data, loading, error, refetch } = useQuery(COMMUNITY, { variables: { slug, lang: gqlLang } });
  const community = data?.community;
  const rights = useLinkRights(community?.id ?? '');
  useDocumentTitle(community?.name ?? null);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!community) return loading ? <Loading /> : null;
  const links = community.links.nodes.flatMap((link) => {
    const other = link.from?.slug === community.slug && link.from.__typename === 'Community' ? link.to : link.from;
    return other ? [{ ...link, other: other as LinkEnd }] : [];
  });
  return (
    <article className="page community">
      <p className="meta">
        <Link to="/communities">{t('communities.title')}</Link>
      </p>
      <h1>{community.name}</h1>
      <p className="lead description">{community.description}</p>
      <p className="meta">
        {community.terms.map((term) => (
          <TermLink key={term.code} term={term} />
        ))}
      </p>
      <div className="profile-layout">
        <section aria-labelledby="community-members">
          <h2 id="community-members">
            {t('org.members')} <span className="count">{community.members.totalCount}</span>
          </h2>
          {community.members.nodes.length === 0 ? (
            <Empty>{t('org.noMembers')}</Empty>
          ) : (
            <div className="card-grid">
              {community.members.nodes.map((member) => (
                <OrganizationCard key={member.id} organization={member} />
              ))}
            </div>
          )}
          <RelatedKnowledge knowledge={community.knowledge} moreHref={knowledgeHref({ community: community.slug })} />
        </section>
        <aside className="profile-facts" aria-labelledby="community-links">
          <h2 id="community-links">
            {t('communities.links')} <span className="count">{community.links.totalCount}</span>
          </h2>
          {links.length === 0 ? (
            <Empty>{t('communities.noLinks')}</Empty>
          ) : (
            <>
              <LinkGraph name={community.name} links={links} title={t('communities.graph', { name: community.name })} />
              <ul className="plain-list link-list">
                {links.map((link) => (
                  <li key={link.id}>
                    <Link
                      to={
                        link.other.__typename === 'Community'
                          ? `/communities/${encodeURIComponent(link.other.slug)}`
                          : `/organizations/${encodeURIComponent(link.other.slug)}`
                      }
                    >
                      {link.other.name}
                    </Link>{' '}
                    <span className={`badge status-badge-${link.status.toLowerCase()}`}>{t(statusKey(link.status))}</span>
                    <span className="muted"> · {formatDate(link.createdAt)}</span>
                    {link.message && <p className="muted">{link.message}</p>}
                    {rights.canAct && link.status === 'REQUESTED' && link.to?.slug === community.slug && <LinkAnswer link={link} />}
                  </li>
                ))}
              </ul>
            </>
          )}
          {rights.canAct ? (
            <LinkRequestForm community={community} linked={new Set(links.map((l) => l.other.slug))} candidates={rights.communities} />
          ) : (
            !rights.loading && <p className="muted">{rights.signedIn ? t('links.noRight') : t('links.signIn')}</p>
          )}
        </aside>
      </div>
    </article>
  );
}
