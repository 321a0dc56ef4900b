import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useDocumentTitle } from '../../app/router';
import { countryName } from '../../ui/labels';
import { ErrorState, Loading } from '../../ui/states';
import { TermLink } from '../../ui/term-link';
import { knowledgeHref } from '../knowledge/knowledge-filters';
import { RelatedKnowledge } from '../knowledge/related-knowledge';
import { MarketContacts } from './market-contacts';
import { marketKey, marketsHref } from './market-href';
import { SourceText } from './market-links';
import { MarketFairs, MarketRegulations } from './market-rules-fairs';
import { InterestedMembers, MarketMissions } from './market-track-record';
import { MORE_MEMBERS, MORE_MISSIONS, TARGET_MARKET, type MarketProfile } from './markets.queries';
import { useMarketsI18n } from './markets-i18n';
import { PotentialMeter } from './potential-meter';
import './markets.css';

// A path naming no profiled market answers NOT_FOUND; one naming no country or no application area
// answers BAD_USER_INPUT. Either way the reader followed a bad address: say that the market has no profile.
const isUnknownMarket = (error: ErrorLike) => {
  const errors = (error as { errors?: { extensions?: { code?: unknown } }[] }).errors;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT');
};

function MarketNotFound() {
  const { mt } = useMarketsI18n();
  useDocumentTitle(mt('market.notFound.title'));
  return (
    <section className="page market-not-found">
      <h1>{mt('market.notFound.title')}</h1>
      <p>{mt('market.notFound.text')}</p>
      <Link to="/markets">{mt('market.back')}</Link>
    </section>
  );
}

export default function MarketProfilePage({ params }: { params: Record<string, string> }) {
  const { mt, lang, gqlLang } = useMarketsI18n();
  const key = marketKey(params);
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const { data, loading, error, refetch, fetchMore } = useQuery(TARGET_MARKET, { variables: { ...key, lang: gqlLang } });
  const market = data?.targetMarket;
  const title = market
    ? mt('markets.open', { country: countryName(market.country.code, lang), application: market.application.label })
    : null;
  useDocumentTitle(title);
  if (error && isUnknownMarket(error)) return <MarketNotFound />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!market || !data) return loading ? <Loading /> : null;

  const moreMissions = (after: string | null) =>
    fetchMore({
      query: MORE_MISSIONS,
      variables: { ...key, after },
      updateQuery: (previous, { fetchMoreResult }) => withPage(previous, 'missions', fetchMoreResult.targetMarket.missions),
    });
  const moreMembers = (after: string | null) =>
    fetchMore({
      query: MORE_MEMBERS,
      variables: { ...key, after },
      updateQuery: (previous, { fetchMoreResult }) =>
        withPage(previous, 'interestedOrganizations', fetchMoreResult.targetMarket.interestedOrganizations),
    });

  return (
    <article className="page market-profile">
      <p className="meta">
        <Link to="/markets">{mt('market.back')}</Link> ·{' '}
        <Link to={marketsHref({ country: market.country.code })}>{countryName(market.country.code, lang)}</Link> ·{' '}
        <TermLink term={market.application} />
      </p>
      <h1>{title}</h1>
      <div className="profile-layout">
        <div>
          <section aria-labelledby="market-potential" className="market-section">
            <h2 id="market-potential">{mt('markets.potential')}</h2>
            <PotentialMeter value={market.potential} labelId="market-potential" />
            <p lang="en">{market.rationale}</p>
            <p className="muted">{mt('market.potentialNote')}</p>
            <h3>{mt('market.sources')}</h3>
            {market.sources.length === 0 ? (
              <p className="muted">{mt('market.noSources')}</p>
            ) : (
              <ul className="market-sources">
                {market.sources.map((source) => (
                  <li key={source} lang="en">
                    <SourceText text={source} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <MarketContacts market={market} />
          <MarketRegulations regulations={market.regulations} />
          <MarketFairs fairs={market.tradeFairs} today={today} />
          <MarketMissions market={market} loadMore={() => moreMissions(market.missions.pageInfo.endCursor)} />
          <InterestedMembers market={market} loadMore={() => moreMembers(market.interestedOrganizations.pageInfo.endCursor)} />
        </div>
        <div className="market-aside">
          <RelatedKnowledge knowledge={data.knowledge} moreHref={knowledgeHref({ country: market.country.code })} busy={loading} />
        </div>
      </div>
    </article>
  );
}

type PagedField = 'missions' | 'interestedOrganizations';

/** The profile with the next page of one of its lists appended. */
function withPage<D extends { targetMarket: MarketProfile }, F extends PagedField>(previous: D, field: F, page: MarketProfile[F]): D {
  const current = previous.targetMarket[field];
  return {
    ...previous,
    targetMarket: { ...previous.targetMarket, [field]: { ...page, nodes: [...current.nodes, ...page.nodes] } },
  };
}
