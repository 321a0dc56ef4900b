import { useRef } from 'react';
import { Link } from '../../app/router';
import type { TranslationKey } from '../../i18n/i18n';
import { countryName } from '../../ui/labels';
import { OrganizationCard } from '../../ui/organization-card';
import { Empty } from '../../ui/states';
import { LoadMore } from './load-more';
import { formatDay, organizationHref } from './market-links';
import type { MarketProfile } from './markets.queries';
import { useMarketsI18n } from './markets-i18n';

interface PagedProps {
  market: MarketProfile;
  loadMore(): Promise<unknown>;
}

/** Missions, matchmaking events and fairs addressing the market, newest first, with what came of them. */
export function MarketMissions({ market, loadMore }: PagedProps) {
  const { mt, t, lang, formatNumber } = useMarketsI18n();
  const list = useRef<HTMLOListElement>(null);
  const missions = market.missions;
  return (
    <section aria-labelledby="market-missions" className="market-section">
      <h2 id="market-missions">
        {mt('market.missions')} <span className="count">{formatNumber(missions.totalCount)}</span>
      </h2>
      {missions.nodes.length === 0 ? (
        <Empty>{mt('market.noMissions')}</Empty>
      ) : (
        <ol ref={list} className="plain-list market-cards">
          {missions.nodes.map((mission) => (
            <li key={mission.id} className="card" tabIndex={-1}>
              <h3 className="card-title">{mission.title}</h3>
              <p className="meta">
                <span className="badge">{t(`activity.${mission.kind}` as TranslationKey)}</span>
                <span className="muted">
                  {mission.startsOn === mission.endsOn
                    ? formatDay(mission.startsOn, lang)
                    : mt('market.dates', { from: formatDay(mission.startsOn, lang), to: formatDay(mission.endsOn, lang) })}
                  {mission.city || mission.country ? ' · ' : ''}
                  {[mission.city, mission.country ? countryName(mission.country.code, lang) : null].filter(Boolean).join(', ')}
                </span>
              </p>
              {mission.organizer && (
                <p className="meta">
                  <span className="muted">{mt('market.organizer')}:</span>{' '}
                  <Link to={organizationHref(mission.organizer)}>{mission.organizer.name}</Link>
                </p>
              )}
              <h4 className="outcomes-title">{mt('market.outcomes')}</h4>
              {mission.outcomes ? <p lang="en">{mission.outcomes}</p> : <p className="muted">{mt('market.noOutcomes')}</p>}
            </li>
          ))}
        </ol>
      )}
      <LoadMore
        list={list}
        shown={missions.nodes.length}
        total={missions.totalCount}
        hasMore={missions.pageInfo.hasNextPage}
        label={mt('market.loadMoreMissions')}
        status={mt('markets.shown', { shown: formatNumber(missions.nodes.length), total: formatNumber(missions.totalCount) })}
        load={loadMore}
      />
    </section>
  );
}

/** The members that want to export to the market's country, by name. */
export function InterestedMembers({ market, loadMore }: PagedProps) {
  const { mt, formatNumber } = useMarketsI18n();
  const list = useRef<HTMLUListElement>(null);
  const members = market.interestedOrganizations;
  return (
    <section aria-labelledby="market-interested" className="market-section">
      <h2 id="market-interested">
        {mt('market.interested')} <span className="count">{formatNumber(members.totalCount)}</span>
      </h2>
      <p className="muted">{mt('market.interestedNote')}</p>
      {members.nodes.length === 0 ? (
        <Empty>{mt('market.noInterested')}</Empty>
      ) : (
        <ul ref={list} className="plain-list card-grid">
          {members.nodes.map((member) => (
            <li key={member.id}>
              <OrganizationCard organization={member} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        list={list}
        shown={members.nodes.length}
        total={members.totalCount}
        hasMore={members.pageInfo.hasNextPage}
        label={mt('market.loadMoreMembers')}
        status={mt('markets.shown', { shown: formatNumber(members.nodes.length), total: formatNumber(members.totalCount) })}
        load={loadMore}
      />
    </section>
  );
}
