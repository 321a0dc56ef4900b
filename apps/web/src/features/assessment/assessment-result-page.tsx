import { useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { ASSESSMENT_RESULT } from './assessment.queries';
import { RecommendationList } from './recommendation-list';

export default function AssessmentResultPage({ params }: { params: Record<string, string> }) {
  const { t, gqlLang, formatNumber } = useI18n();
  useDocumentTitle(t('assessment.resultTitle'));
  const { data, loading, error, refetch } = useQuery(ASSESSMENT_RESULT, { variables: { id: params.id ?? '', lang: gqlLang } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading />;
  const assessment = data.node;
  if (!assessment) return <Empty>{t('state.notFound')}</Empty>;
  const labels = new Map(data.exportReadinessQuestionnaire.dimensions.map((d) => [d.dimension, d.label]));
  const level = data.exportReadinessQuestionnaire.levels.find((l) => l.level === assessment.level)?.label ?? assessment.level;
  return (
    <div className="page assessment-result">
      <h1>{t('assessment.resultTitle')}</h1>
      <p className="lead">
        <Link to={`/organizations/${encodeURIComponent(assessment.organization.slug)}`}>{assessment.organization.name}</Link>
      </p>
      <p className="assessment-overall">{t('assessment.overall', { score: formatNumber(assessment.overallScore), level })}</p>
      <table>
        <caption>{t('assessment.dimensions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.dimension')}</th>
            <th scope="col">{t('assessment.score')}</th>
          </tr>
        </thead>
        <tbody>
          {assessment.dimensionScores.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">{labels.get(d.dimension) ?? d.dimension}</th>
              <td>{formatNumber(d.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('assessment.recommendations')}</h2>
      {assessment.recommendations.length === 0 ? (
        <Empty>{t('assessment.noRecommendations')}</Empty>
      ) : (
        <RecommendationList recommendations={assessment.recommendations} labels={labels} />
      )}
      <p className="meta">{assessment.sharedWithClusters ? t('assessment.shared') : t('assessment.private')}</p>
    </div>
  );
}
