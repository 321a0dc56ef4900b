import { useQuery } from '@apollo/client/react';
import { Link } from '../../app/router';
import { countryName } from '../../ui/labels';
import { activeFilters, knowledgeHref, withoutFilter, type ActiveFilter, type KnowledgeFilters } from './knowledge-filters';
import { useKnowledgeI18n } from './knowledge-i18n';
import { FILTER_COMMUNITY, FILTER_ORGANIZATION, FILTER_TERM, FILTER_VALUE_CHAIN } from './knowledge.queries';

/** The readable name of a filter's value; the raw slug or code while loading or when nothing has it. */
function useFilterName({ name, value }: ActiveFilter): string {
  const { lang, gqlLang } = useKnowledgeI18n();
  const byOrganization = name === 'organization' || name === 'author';
  const organization = useQuery(FILTER_ORGANIZATION, { skip: !byOrganization, variables: { slug: value }, errorPolicy: 'all' });
  const community = useQuery(FILTER_COMMUNITY, { skip: name !== 'community', variables: { slug: value }, errorPolicy: 'all' });
  const chain = useQuery(FILTER_VALUE_CHAIN, { skip: name !== 'valueChain', variables: { slug: value }, errorPolicy: 'all' });
  const term = useQuery(FILTER_TERM, { skip: name !== 'term', variables: { code: value, lang: gqlLang }, errorPolicy: 'all' });
  switch (name) {
    case 'organization':
    case 'author':
      return organization.data?.organization?.name ?? value;
    case 'community':
      return community.data?.community?.name ?? value;
    case 'valueChain':
      return chain.data?.valueChain?.name ?? value;
    case 'term':
      return term.data?.term?.label ?? value;
    case 'country':
      return countryName(value, lang);
  }
}

function FilterChip({ filter, filters }: { filter: ActiveFilter; filters: KnowledgeFilters }) {
  const { kt } = useKnowledgeI18n();
  const label = kt(`filters.${filter.name}`, { name: useFilterName(filter) });
  return (
    <li className="filter-chip">
      <span>{label}</span>{' '}
      <Link
        to={knowledgeHref(withoutFilter(filters, filter.name, filter.value))}
        aria-label={kt('filters.remove', { label })}
        title={kt('filters.remove', { label })}
      >
        <span aria-hidden="true">×</span>
      </Link>
    </li>
  );
}

/** The filters the URL holds, each removable, so a list opened from a "more" link says what it shows. */
export function ActiveFilters({ filters }: { filters: KnowledgeFilters }) {
  const { kt } = useKnowledgeI18n();
  const active = activeFilters(filters);
  if (active.length === 0) return null;
  return (
    <section className="active-filters" aria-labelledby="active-filters-title">
      <h2 id="active-filters-title" className="visually-hidden">
        {kt('filters.title')}
      </h2>
      <ul className="plain-list filter-chips">
        {active.map((filter) => (
          <FilterChip key={`${filter.name}:${filter.value}`} filter={filter} filters={filters} />
        ))}
      </ul>
      <Link to={knowledgeHref({ q: filters.q, kind: filters.kind, language: filters.language })}>{kt('filters.clear')}</Link>
    </section>
  );
}
