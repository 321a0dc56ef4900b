import { Link } from '../../app/router';
import { Empty } from '../../ui/states';
import { ExternalLink, organizationHref } from './market-links';
import type { MarketProfile } from './markets.queries';
import { useMarketsI18n, type MarketsKey } from './markets-i18n';

/** Who to talk to in the market: its contact points, then the clusters of the country on the platform. */
export function MarketContacts({ market }: { market: MarketProfile }) {
  const { mt, formatNumber } = useMarketsI18n();
  const clusters = market.partnerClusters;
  return (
    <section aria-labelledby="market-contacts" className="market-section">
      <h2 id="market-contacts">{mt('market.contacts')}</h2>
      <h3>
        {mt('market.contactPoints')} <span className="count">{formatNumber(market.contacts.length)}</span>
      </h3>
      {market.contacts.length === 0 ? (
        <Empty>{mt('market.noContacts')}</Empty>
      ) : (
        <ul className="plain-list market-cards">
          {market.contacts.map((contact) => (
            <li key={`${contact.kind}:${contact.name}`} className="card">
              <h4 className="card-title">{contact.name}</h4>
              <p className="meta">
                <span className="badge">{mt(`market.contactKind.${contact.kind}` as MarketsKey)}</span>
                <ExternalLink url={contact.url} />
                {contact.organization && <Link to={organizationHref(contact.organization)}>{mt('market.onPlatform')}</Link>}
              </p>
              <p lang="en">{contact.note}</p>
            </li>
          ))}
        </ul>
      )}
      <h3>
        {mt('market.partnerClusters')} <span className="count">{formatNumber(clusters.totalCount)}</span>
      </h3>
      {clusters.nodes.length === 0 ? (
        <Empty>{mt('market.noPartnerClusters')}</Empty>
      ) : (
        <ul className="plain-list inline-links">
          {clusters.nodes.map((cluster) => (
            <li key={cluster.id}>
              <Link to={organizationHref(cluster)}>{cluster.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
