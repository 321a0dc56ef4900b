import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useI18n, type TranslationKey } from '../../i18n/i18n';
import { countryName } from '../../ui/labels';
import { Empty, ErrorState, Loading } from '../../ui/states';

interface ActivityData {
  stats: {
    latestAgreements: { nodes: { id: string; title: string; kind: string; signedOn: string }[] };
    latestEvents: {
      nodes: { id: string; title: string; kind: string; startsOn: string; city: string | null; country: { code: string } | null }[];
    };
  };
}

const LATEST_ACTIVITY: TypedDocumentNode<ActivityData, Record<string, never>> = gql`
  query LatestActivity {
    stats {
      latestAgreements(first: 4) {
        nodes {
          id
          title
          kind
          signedOn
        }
      }
      latestEvents(first: 4) {
        nodes {
          id
          title
          kind
          startsOn
          city
          country {
            code
          }
        }
      }
    }
  }
`;

const kindLabel = (kind: string) => `activity.${kind}` as TranslationKey;

/** The latest agreements between clusters and the latest events and missions. */
export function LatestActivity() {
  const { t, lang, formatDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(LATEST_ACTIVITY);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <Loading /> : null;
  const { latestAgreements, latestEvents } = data.stats;
  return (
    <div className="activity-columns">
      <section aria-labelledby="agreements-title">
        <h2 id="agreements-title">{t('home.agreements')}</h2>
        {latestAgreements.nodes.length === 0 ? (
          <Empty>{t('home.noAgreements')}</Empty>
        ) : (
          <ul className="plain-list activity-list">
            {latestAgreements.nodes.map((agreement) => (
              <li key={agreement.id} className="card">
                <strong>{agreement.title}</strong>
                <p className="meta">
                  <span className="badge">{t(kindLabel(agreement.kind))}</span>
                  <span className="muted">{formatDate(agreement.signedOn)}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="events-title">
        <h2 id="events-title">{t('home.events')}</h2>
        {latestEvents.nodes.length === 0 ? (
          <Empty>{t('home.noEvents')}</Empty>
        ) : (
          <ul className="plain-list activity-list">
            {latestEvents.nodes.map((event) => (
              <li key={event.id} className="card">
                <strong>{event.title}</strong>
                <p className="meta">
                  <span className="badge">{t(kindLabel(event.kind))}</span>
                  <span className="muted">
                    {formatDate(event.startsOn)}
                    {event.city || event.country ? ' · ' : ''}
                    {[event.city, event.country ? countryName(event.country.code, lang) : null].filter(Boolean).join(', ')}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
