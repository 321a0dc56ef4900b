import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import type { Recommendation } from './assessment.queries';

/** The advice of each weak dimension with its links: guides, missions, partners and funding calls. */
export function RecommendationList({ recommendations, labels }: { recommendations: Recommendation[]; labels: Map<string, string> }) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <ol className="recommendations plain-list">
      {recommendations.map((r) => (
        <li key={r.dimension} className="card">
          <h3>
            {labels.get(r.dimension) ?? r.dimension} — {formatNumber(r.score)}
          </h3>
          <p>{r.advice}</p>
          {r.articles.length > 0 && (
            <>
              <h4>{t('assessment.links.articles')}</h4>
              <ul>
                {r.articles.map((a) => (
                  <li key={a.slug}>
                    <Link to={`/knowledge/${encodeURIComponent(a.slug)}`}>{a.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.events.length > 0 && (
            <>
              <h4>{t('assessment.links.events')}</h4>
              <ul>
                {r.events.map((e) => (
                  <li key={e.slug}>
                    {e.title} ({formatDate(e.startsOn)})
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.dimension === 'MARKET_KNOWLEDGE' && (
            <>
              <h4>{t('assessment.links.markets')}</h4>
              <ul>
                <li>
                  <Link to="/markets">{t('assessment.links.marketsText')}</Link>
                </li>
              </ul>
            </>
          )}
          {r.partners.length > 0 && (
            <>
              <h4>{t('assessment.links.partners')}</h4>
              <ul>
                {r.partners.map((p) => (
                  <li key={p.organization.slug}>
                    <Link to={`/organizations/${encodeURIComponent(p.organization.slug)}`}>{p.organization.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.fundingCalls.length > 0 && (
            <>
              <h4>{t('assessment.links.funding')}</h4>
              <ul>
                {r.fundingCalls.map((f) => (
                  <li key={f.call.slug}>
                    <a href={f.call.url} rel="noopener noreferrer" target="_blank">
                      {f.call.title}
                    </a>{' '}
                    — {f.call.programme}, {t('assessment.deadline', { date: formatDate(f.call.deadline) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
