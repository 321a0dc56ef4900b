import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { countryName, kindKey, ORGANIZATION_KINDS } from '../../ui/labels';
import { EMPTY_FILTERS, toGraphqlFilter, type DirectoryFilters } from './directory-filters';
import { FACET_COUNTS, FACET_OPTIONS } from './directory.queries';
import { COUNTRY_CODES } from './countries';
import { TermSelect } from './term-select';

interface FilterPanelProps {
  filters: DirectoryFilters;
  onChange(change: Partial<DirectoryFilters>): void;
}

export function FilterPanel({ filters, onChange }: FilterPanelProps) {
  const { t, lang, gqlLang, formatNumber } = useI18n();
  const [text, setText] = useState(filters.q);
  const options = useQuery(FACET_OPTIONS, { variables: { lang: gqlLang }, fetchPolicy: 'cache-first' });
  const base = toGraphqlFilter(filters);
  const countVariables = Object.fromEntries([
    ...ORGANIZATION_KINDS.map((kind) => [kind, { ...base, kinds: [kind] }]),
    ['verified', { ...base, verified: true }],
  ]);
  const counts = useQuery(FACET_COUNTS, { variables: countVariables });
  const count = (key: string) => {
    const value = counts.data?.[key]?.totalCount;
    return value === undefined ? '' : ` (${formatNumber(value)})`;
  };
  const submitText = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: text.trim(), sort: text.trim() ? filters.sort : null });
  };
  const toggleKind = (kind: string, on: boolean) =>
    onChange({ kinds: on ? [...filters.kinds, kind] : filters.kinds.filter((k) => k !== kind) });
  const single = (values: string[]) => values[0] ?? '';
  const asList = (value: string) => (value ? [value] : []);

  return (
    <aside className="filter-panel" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('directory.filters')}</h2>
      <form role="search" onSubmit={submitText} className="filter-search">
        <label htmlFor="directory-q">{t('directory.search')}</label>
        <div className="search-row">
          <input id="directory-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{t('home.searchButton')}</button>
        </div>
      </form>
      <fieldset>
        <legend>{t('directory.kind')}</legend>
        {ORGANIZATION_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={filters.kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} />
            {t(kindKey(kind))}
            <span className="muted">{count(kind)}</span>
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={filters.verified === true}
          onChange={(e) => onChange({ verified: e.target.checked ? true : null })}
        />
        {t('directory.verifiedOnly')}
        <span className="muted">{count('verified')}</span>
      </label>
      <div className="field">
        <label htmlFor="filter-country">{t('directory.country')}</label>
        <select id="filter-country" value={single(filters.countries)} onChange={(e) => onChange({ countries: asList(e.target.value) })}>
          <option value="">{t('directory.any')}</option>
          {COUNTRY_CODES.map((code) => ({ code, name: countryName(code, lang) }))
            .sort((a, b) => a.name.localeCompare(b.name, lang))
            .map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-cluster">{t('directory.cluster')}</label>
        <select id="filter-cluster" value={single(filters.clusters)} onChange={(e) => onChange({ clusters: asList(e.target.value) })}>
          <option value="">{t('directory.any')}</option>
          {options.data?.clusters.nodes.map((cluster) => (
            <option key={cluster.slug} value={cluster.slug}>
              {cluster.name}
            </option>
          ))}
        </select>
      </div>
      <TermSelect
        id="filter-tech"
        label={t('directory.technology')}
        terms={options.data?.technologies.nodes}
        value={single(filters.technologies)}
        onChange={(code) => onChange({ technologies: asList(code) })}
      />
      <TermSelect
        id="filter-app"
        label={t('directory.application')}
        terms={options.data?.applications.nodes}
        value={single(filters.applications)}
        onChange={(code) => onChange({ applications: asList(code) })}
      />
      <TermSelect
        id="filter-stage"
        label={t('directory.stage')}
        terms={options.data?.stages.nodes}
        value={single(filters.stages)}
        onChange={(code) => onChange({ stages: asList(code) })}
      />
      <div className="field">
        <label htmlFor="filter-trl">{t('directory.minTrl')}</label>
        <select
          id="filter-trl"
          value={filters.minTrl ?? ''}
          onChange={(e) => onChange({ minTrl: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('directory.any')}</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((trl) => (
            <option key={trl} value={trl}>
              TRL {trl}+
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setText('');
          onChange({ ...EMPTY_FILTERS, view: filters.view });
        }}
      >
        {t('directory.clear')}
      </button>
    </aside>
  );
}
