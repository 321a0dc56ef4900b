import { Empty } from '../../ui/states';
import { ExternalLink, formatDay } from './market-links';
import type { MarketProfile } from './markets.queries';
import { useMarketsI18n } from './markets-i18n';

export function MarketRegulations({ regulations }: { regulations: MarketProfile['regulations'] }) {
  const { mt, formatNumber } = useMarketsI18n();
  return (
    <section aria-labelledby="market-regulations" className="market-section">
      <h2 id="market-regulations">
        {mt('market.regulations')} <span className="count">{formatNumber(regulations.length)}</span>
      </h2>
      {regulations.length === 0 ? (
        <Empty>{mt('market.noRegulations')}</Empty>
      ) : (
        <ul className="plain-list market-cards">
          {regulations.map((regulation) => (
            <li key={regulation.title} className="card">
              <h3 className="card-title" lang="en">
                {regulation.title}
              </h3>
              <p className="meta">
                <span>{mt('market.authority', { authority: regulation.authority })}</span>
                <ExternalLink url={regulation.url} />
              </p>
              <p lang="en">{regulation.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Fair = MarketProfile['tradeFairs'][number];

/** Upcoming editions first, soonest first; then past ones, latest first. */
export function splitFairs(fairs: Fair[], today: string): { upcoming: Fair[]; past: Fair[] } {
  const upcoming = fairs.filter((f) => f.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const past = fairs.filter((f) => f.endsOn < today).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return { upcoming, past };
}

export function MarketFairs({ fairs, today }: { fairs: Fair[]; today: string }) {
  const { mt, lang, formatNumber } = useMarketsI18n();
  const { upcoming, past } = splitFairs(fairs, today);
  const list = (items: Fair[]) => (
    <ul className="plain-list market-cards">
      {items.map((fair) => (
        <li key={`${fair.name}:${fair.startsOn}`} className="card">
          <h4 className="card-title">{fair.name}</h4>
          <p className="meta">
            <span>
              {fair.startsOn === fair.endsOn
                ? formatDay(fair.startsOn, lang)
                : mt('market.dates', { from: formatDay(fair.startsOn, lang), to: formatDay(fair.endsOn, lang) })}{' '}
              · {fair.city}
            </span>
            <ExternalLink url={fair.url} />
          </p>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="market-fairs" className="market-section">
      <h2 id="market-fairs">
        {mt('market.fairs')} <span className="count">{formatNumber(fairs.length)}</span>
      </h2>
      {fairs.length === 0 && <Empty>{mt('market.noFairs')}</Empty>}
      {upcoming.length > 0 && (
        <>
          <h3>{mt('market.upcomingFairs')}</h3>
          {list(upcoming)}
        </>
      )}
      {past.length > 0 && (
        <>
          <h3>{mt('market.pastFairs')}</h3>
          {list(past)}
        </>
      )}
    </section>
  );
}
