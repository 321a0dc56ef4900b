import { useQuery } from '@apollo/client/react';
import { navigate, useDocumentTitle, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { OrganizationCard } from '../../ui/organization-card';
import { Pager } from '../../ui/pager';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { WorldMap } from '../map/world-map';
import { parseFilters, serializeFilters, toGraphqlFilter, withChange, type DirectoryFilters } from './directory-filters';
import { DIRECTORY } from './directory.queries';
import { FilterPanel } from './filter-panel';

const PAGE_SIZE = 20;
const MAP_SIZE = 100;
/** The API ranks this many newest matches of a search (RELEVANCE_WINDOW, docs/api.md "Searching"). */
const RELEVANCE_WINDOW = 100;

export default function DirectoryPage() {
  const { t, formatNumber } = useI18n();
  useDocumentTitle(t('directory.title'));
  const location = useLocation();
  const filters = parseFilters(location.search);
  const change = (next: Partial<DirectoryFilters>) => navigate(`/directory${serializeFilters(withChange(filters, next))}`);
  const isMap = filters.view === 'map';
  const paging = isMap
    ? { first: MAP_SIZE }
    : filters.before
      ? { last: PAGE_SIZE, before: filters.before }
      : { first: PAGE_SIZE, after: filters.after };
  const { data, previousData, loading, error, refetch } = useQuery(DIRECTORY, {
    variables: { filter: toGraphqlFilter(filters), sort: filters.sort, ...paging },
  });
  const rankedByRelevance = Boolean(filters.q) && (filters.sort ?? 'RELEVANCE') === 'RELEVANCE';
  const shown = data ?? previousData;
  const connection = shown?.organizations;

  return (
    <div className="page directory">
      <h1>{t('directory.title')}</h1>
      <div className="directory-layout">
        {/* The key resets the panel's text box when the URL changes from outside (back button). */}
        <FilterPanel key={filters.q} filters={filters} onChange={change} />
        <section className="results" aria-labelledby="results-title" aria-busy={loading}>
          <div className="results-bar">
            <h2 id="results-title" aria-live="polite">
              {connection ? t('directory.count', { count: formatNumber(connection.totalCount) }) : t('directory.results')}
            </h2>
            <div className="field inline">
              <label htmlFor="sort">{t('directory.sort')}</label>
              <select
                id="sort"
                value={filters.sort ?? ''}
                onChange={(e) => change({ sort: (e.target.value || null) as DirectoryFilters['sort'] })}
              >
                <option value="">{t('directory.sortDefault')}</option>
                <option value="NAME">{t('directory.sortName')}</option>
                <option value="NEWEST">{t('directory.sortNewest')}</option>
                {filters.q && <option value="RELEVANCE">{t('directory.sortRelevance')}</option>}
              </select>
            </div>
            <div className="view-toggle" role="group" aria-label={t('directory.view')}>
              <button type="button" aria-pressed={!isMap} onClick={() => change({ view: 'list' })}>
                {t('directory.list')}
              </button>
              <button type="button" aria-pressed={isMap} onClick={() => change({ view: 'map', after: null, before: null })}>
                {t('directory.map')}
              </button>
            </div>
          </div>
          {error && <ErrorState error={error} onRetry={() => void refetch()} />}
          {!shown && loading && <Loading />}
          {connection && connection.nodes.length === 0 && <Empty>{t('directory.empty')}</Empty>}
          {connection && connection.nodes.length > 0 && !isMap && (
            <>
              <ul className="result-list">
                {connection.nodes.map((organization) => (
                  <li key={organization.id}>
                    <OrganizationCard organization={organization} />
                  </li>
                ))}
              </ul>
              {rankedByRelevance && !connection.pageInfo.hasNextPage && connection.totalCount > RELEVANCE_WINDOW && (
                <p className="muted">{t('directory.relevanceLimit', { count: RELEVANCE_WINDOW })}</p>
              )}
              <Pager
                hasPrevious={connection.pageInfo.hasPreviousPage}
                hasNext={connection.pageInfo.hasNextPage}
                onPrevious={() => change({ before: connection.pageInfo.startCursor, after: null })}
                onNext={() => change({ after: connection.pageInfo.endCursor, before: null })}
              />
            </>
          )}
          {connection && connection.nodes.length > 0 && isMap && (
            <>
              {connection.totalCount > MAP_SIZE && <p className="muted">{t('directory.mapLimit', { count: MAP_SIZE })}</p>}
              <WorldMap
                extent="europe"
                title={t('directory.mapTitle')}
                points={connection.nodes.flatMap((o) =>
                  o.location
                    ? [
                        {
                          id: o.id,
                          ...o.location,
                          label: o.name,
                          href: `/organizations/${encodeURIComponent(o.slug)}`,
                          cluster: o.kind === 'CLUSTER',
                        },
                      ]
                    : [],
                )}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
