import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { countryName, kindKey } from '../../ui/labels';
import { Empty, ErrorState, Loading } from '../../ui/states';

interface MatchesData {
  matches: {
    totalCount: number;
    nodes: {
      score: number;
      organization: { id: string; slug: string; name: string; kind: string; country: string };
      reasons: { kind: string; explanation: string; points: number }[];
    }[];
  };
}

const MATCHES: TypedDocumentNode<MatchesData, { slug: string }> = gql`
  query OrganizationMatches($slug: String!) {
    matches(organization: $slug, first: 5) {
      totalCount
      nodes {
        score
        organization {
          id
          slug
          name
          kind
          country
        }
        reasons {
          kind
          explanation
          points
        }
      }
    }
  }
`;

/** Complementary organizations, best score first, each with the reasons that make up its score. */
export function MatchList({ slug }: { slug: string }) {
  const { t, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(MATCHES, { variables: { slug } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <Loading /> : null;
  if (data.matches.nodes.length === 0) return <Empty>{t('org.noMatches')}</Empty>;
  return (
    <ol className="match-list">
      {data.matches.nodes.map((match) => (
        <li key={match.organization.id} className="card">
          <h3>
            <Link to={`/organizations/${encodeURIComponent(match.organization.slug)}`}>{match.organization.name}</Link>{' '}
            <span className="score">{t('org.score', { score: match.score })}</span>
          </h3>
          <p className="meta">
            <span className="badge">{t(kindKey(match.organization.kind))}</span>
            <span>{countryName(match.organization.country, lang)}</span>
          </p>
          <ul className="reasons">
            {match.reasons.map((reason, index) => (
              <li key={index}>
                {reason.explanation} <span className="muted">(+{reason.points})</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
