import { Link } from '../../app/router';
import { marketsHref } from '../markets/market-href';
import { useI18n, type TranslationKey } from '../../i18n/i18n';
import { countryName } from '../../ui/labels';
import { Empty } from '../../ui/states';
import type { AgreementItem, EventItem } from './cluster.queries';

const kindLabel = (kind: string) => `activity.${kind}` as TranslationKey;
const orgHref = (slug: string) => `/organizations/${encodeURIComponent(slug)}`;

export function AgreementList({ agreements, total }: { agreements: AgreementItem[]; total: number }) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <section aria-labelledby="cluster-agreements">
      <h2 id="cluster-agreements">
        {t('cluster.agreements')} <span className="count">{formatNumber(total)}</span>
      </h2>
      {agreements.length === 0 ? (
        <Empty>{t('cluster.noAgreements')}</Empty>
      ) : (
        <ul className="plain-list activity-list">
          {agreements.map((agreement) => (
            <li key={agreement.id} className="card">
              <h3 className="card-title">{agreement.title}</h3>
              <p className="meta">
                <span className="badge">{t(kindLabel(agreement.kind))}</span>
                <span className="muted">
                  {t('cluster.signedOn', { date: formatDate(agreement.signedOn) })}
                  {agreement.place ? ` · ${agreement.place}` : ''}
                  {agreement.validUntil ? ` · ${t('cluster.validUntil', { date: formatDate(agreement.validUntil) })}` : ''}
                </span>
              </p>
              {agreement.scope && <p className="clamp">{agreement.scope}</p>}
              <p className="meta">
                <span className="muted">{t('cluster.signatories')}:</span>
                {agreement.signatories.nodes.map((signatory) => (
                  <Link key={signatory.id} to={orgHref(signatory.slug)}>
                    {signatory.name}
                  </Link>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function EventList({ events, total }: { events: EventItem[]; total: number }) {
  const { t, lang, formatDate, formatNumber } = useI18n();
  return (
    <section aria-labelledby="cluster-events">
      <h2 id="cluster-events">
        {t('cluster.events')} <span className="count">{formatNumber(total)}</span>
      </h2>
      {events.length === 0 ? (
        <Empty>{t('cluster.noEvents')}</Empty>
      ) : (
        <ul className="plain-list activity-list">
          {events.map((event) => (
            <li key={event.id} className="card">
              <h3 className="card-title">{event.title}</h3>
              <p className="meta">
                <span className="badge">{t(kindLabel(event.kind))}</span>
                <span className="muted">
                  {event.startsOn === event.endsOn
                    ? formatDate(event.startsOn)
                    : t('cluster.dateRange', { from: formatDate(event.startsOn), to: formatDate(event.endsOn) })}
                  {event.city || event.country ? ' · ' : ''}
                  {[event.city, event.country ? countryName(event.country.code, lang) : null].filter(Boolean).join(', ')}
                </span>
              </p>
              {event.targetCountries.length > 0 && (
                <p className="meta">
                  <span className="muted">{t('cluster.targetMarkets')}:</span>{' '}
                  {event.targetCountries.map((c, i) => (
                    <span key={c.code}>
                      {i > 0 && ', '}
                      <Link to={marketsHref({ country: c.code })}>{countryName(c.code, lang)}</Link>
                    </span>
                  ))}
                </p>
              )}
              {event.outcomes && <p className="clamp">{event.outcomes}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
