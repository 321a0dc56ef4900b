import { useQuery } from '@apollo/client/react';
import { Link, useDocumentTitle } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { TREES, type TreesData } from './classification.queries';
import { TermTree } from './term-tree';

const FACETS: (keyof TreesData)[] = ['TECHNOLOGY', 'APPLICATION', 'STAGE'];

export default function ClassificationPage() {
  const { t, gqlLang } = useI18n();
  useDocumentTitle(t('classification.title'));
  const { data, loading, error, refetch } = useQuery(TREES, { variables: { lang: gqlLang } });
  return (
    <div className="page classification">
      <h1>{t('classification.title')}</h1>
      <p className="lead">{t('classification.lead')}</p>
      <p className="cluster-actions">
        <Link to="/classification/propose">{t('propose.title')}</Link> <Link to="/classification/review">{t('review.title')}</Link>
      </p>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!data && loading && <Loading />}
      {data && (
        <div className="facet-columns">
          {FACETS.map((facet) => (
            <section key={facet} id={facet} aria-labelledby={`facet-${facet}`}>
              <h2 id={`facet-${facet}`}>{t(`facet.${facet}`)}</h2>
              {data[facet].nodes.length === 0 ? (
                <Empty>{t('classification.empty')}</Empty>
              ) : (
                <TermTree roots={data[facet].nodes} labelledBy={`facet-${facet}`} />
              )}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
