import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { Link, navigate, useDocumentTitle, useLocation } from '../../app/router';
import { countryName } from '../../ui/labels';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { TermOptions } from '../directory/term-select';
import { LoadMore } from './load-more';
import { marketHref, marketsHref } from './market-href';
import { MARKET_FILTER_OPTIONS, TARGET_MARKETS, type MarketListData } from './markets.queries';
import { useMarketsI18n } from './markets-i18n';
import { PotentialMeter } from './potential-meter';
import './markets.css';

const appendPage = (previous: MarketListData, next: MarketListData): MarketListData => ({
  targetMarkets: { ...next.targetMarkets, nodes: [...previous.targetMarkets.nodes, ...next.targetMarkets.nodes] },
});

export default function MarketsPage() {
  const { mt, lang, gqlLang, formatNumber } = useMarketsI18n();
  useDocumentTitle(mt('markets.title'));
  const { search } = useLocation();
  const country = search.get('country')?.toUpperCase() || null;
  const application = search.get('application') || null;
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(TARGET_MARKETS, {
    variables: { country, application, after: null, lang: gqlLang },
  });
  const options = useQuery(MARKET_FILTER_OPTIONS, { variables: { lang: gqlLang } });
  const countries = [...new Set(options.data?.markets.nodes.map((m) => m.country.code) ?? [])]
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  if (country && !countries.some((c) => c.code === country)) countries.unshift({ code: country, name: countryName(country, lang) });
  const applicationCodes = new Set(options.data?.applications.nodes.flatMap((root) => [root.code, ...root.children.map((c) => c.code)]));
  const list = useRef<HTMLOListElement>(null);
  const change = (next: { country?: string | null; application?: string | null }) =>
    navigate(marketsHref({ country, application, ...next }));
  const connection = (data ?? previousData)?.targetMarkets;

  return (
    <div className="page markets">
      <h1>{mt('markets.title')}</h1>
      <p className="lead">{mt('markets.lead')}</p>
      <div className="market-filters">
        <div className="field">
          <label htmlFor="market-application">{mt('markets.application')}</label>
          <select id="market-application" value={application ?? ''} onChange={(e) => change({ application: e.target.value || null })}>
            <option value="">{mt('markets.anyApplication')}</option>
            <TermOptions terms={options.data?.applications.nodes} />
            {application && !applicationCodes.has(application) && <option value={application}>{application}</option>}
          </select>
        </div>
        <div className="field">
          <label htmlFor="market-country">{mt('markets.country')}</label>
          <select id="market-country" value={country ?? ''} onChange={(e) => change({ country: e.target.value || null })}>
            <option value="">{mt('markets.anyCountry')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section aria-labelledby="markets-results" aria-busy={loading}>
        <h2 id="markets-results" aria-live="polite">
          {connection ? mt('markets.count', { count: formatNumber(connection.totalCount) }) : mt('markets.results')}
        </h2>
        {error && <ErrorState error={error} onRetry={() => void refetch()} />}
        {!connection && loading && <Loading />}
        {connection && connection.nodes.length === 0 && !error && <Empty>{mt('markets.empty')}</Empty>}
        {connection && connection.nodes.length > 0 && (
          <>
            <ol ref={list} className="plain-list market-list">
              {connection.nodes.map((market) => {
                const name = mt('markets.open', { country: countryName(market.country.code, lang), application: market.application.label });
                return (
                  <li key={market.id} className="card market-card">
                    <h3 className="card-title">
                      <Link to={marketHref(market.country.code, market.application.code)}>{name}</Link>
                    </h3>
                    <PotentialMeter value={market.potential} labelId={`potential-${market.id}`} withLabel />
                    <p className="clamp" lang="en">
                      {market.rationale}
                    </p>
                  </li>
                );
              })}
            </ol>
            {/* While another filter's page is loading, the old list stays but cannot be extended. */}
            {data && (
              <LoadMore
                list={list}
                shown={connection.nodes.length}
                total={connection.totalCount}
                hasMore={connection.pageInfo.hasNextPage}
                label={mt('markets.loadMore')}
                status={mt('markets.shown', { shown: formatNumber(connection.nodes.length), total: formatNumber(connection.totalCount) })}
                load={() =>
                  fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => appendPage(previous, fetchMoreResult),
                  })
                }
              />
            )}
          </>
        )}
      </section>
    </div>
  );
}
