import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { navigate, useDocumentTitle, useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { knowledgeHref } from '../knowledge/knowledge-filters';
import { RelatedKnowledge } from '../knowledge/related-knowledge';
import { countryName } from '../../ui/labels';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { COUNTRY_CODES } from '../directory/countries';
import { FACET_OPTIONS } from '../directory/directory.queries';
import { TermSelect } from '../directory/term-select';
import { StageRow } from './gap-panel';
import { SankeyChart } from './sankey-chart';
import { CHAIN_KNOWLEDGE, COVERAGE } from './value-chain.queries';

type Scope = { app: string; tech: string; country: string; cluster: string };

function scopeHref(scope: Scope): string {
  const params = new URLSearchParams(Object.entries(scope).filter(([, v]) => v));
  const text = params.toString();
  return `/value-chains${text ? `?${text}` : ''}`;
}

export default function ValueChainPage() {
  const { t, lang, gqlLang } = useI18n();
  useDocumentTitle(t('chain.title'));
  const { search } = useLocation();
  const scope: Scope = {
    app: search.get('app') ?? '',
    tech: search.get('tech') ?? '',
    country: search.get('country') ?? '',
    cluster: search.get('cluster') ?? '',
  };
  const change = (next: Partial<Scope>) => navigate(scopeHref({ ...scope, ...next }));
  const options = useQuery(FACET_OPTIONS, { variables: { lang: gqlLang }, fetchPolicy: 'cache-first' });
  const coverage = useQuery(COVERAGE, {
    skip: !scope.app,
    variables: {
      application: scope.app,
      technology: scope.tech || null,
      countries: scope.country ? [scope.country] : null,
      clusters: scope.cluster ? [scope.cluster] : null,
      lang: gqlLang,
    },
  });
  const knowledgeTerms = [scope.app, scope.tech].filter(Boolean);
  const knowledge = useQuery(CHAIN_KNOWLEDGE, { skip: !scope.app, variables: { terms: knowledgeTerms } });
  const related = (knowledge.data ?? knowledge.previousData)?.knowledgeArticles;
  const moreLabel = useCallback((count: number) => t('chain.more', { count }), [t]);
  const result = (coverage.data ?? coverage.previousData)?.valueChainCoverage;

  return (
    <div className="page value-chains">
      <h1>{t('chain.title')}</h1>
      <p className="lead">{t('chain.lead')}</p>
      <form className="chain-form" aria-label={t('chain.scope')} onSubmit={(e) => e.preventDefault()}>
        <TermSelect
          id="chain-app"
          label={t('chain.application')}
          terms={options.data?.applications.nodes}
          value={scope.app}
          onChange={(app) => change({ app })}
        />
        <TermSelect
          id="chain-tech"
          label={t('chain.technology')}
          terms={options.data?.technologies.nodes}
          value={scope.tech}
          onChange={(tech) => change({ tech })}
        />
        <div className="field">
          <label htmlFor="chain-country">{t('directory.country')}</label>
          <select id="chain-country" value={scope.country} onChange={(e) => change({ country: e.target.value })}>
            <option value="">{t('chain.allEurope')}</option>
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
          <label htmlFor="chain-cluster">{t('directory.cluster')}</label>
          <select id="chain-cluster" value={scope.cluster} onChange={(e) => change({ cluster: e.target.value })}>
            <option value="">{t('directory.any')}</option>
            {options.data?.clusters.nodes.map((cluster) => (
              <option key={cluster.slug} value={cluster.slug}>
                {cluster.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {options.error && <ErrorState error={options.error} />}
      {!scope.app && <Empty>{t('chain.choose')}</Empty>}
      {coverage.error && <ErrorState error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {scope.app && !result && coverage.loading && <Loading />}
      {scope.app && result && (
        <section aria-labelledby="chain-result" aria-busy={coverage.loading}>
          <h2 id="chain-result">
            {result.technology ? `${result.technology.label} → ${result.application.label}` : result.application.label}
          </h2>
          <p role="status">{result.gapCount === 0 ? t('chain.noGaps') : t('chain.gaps', { count: result.gapCount })}</p>
          <div className="chart-scroll">
            <SankeyChart
              title={t('chain.chartTitle', { label: result.application.label })}
              sourceLabel={(result.technology ?? result.application).label}
              stages={result.stages}
              moreLabel={moreLabel}
            />
          </div>
          <ol className="stage-list">
            {result.stages.map((stage) => (
              <StageRow key={stage.stage.code} stage={stage} />
            ))}
          </ol>
        </section>
      )}
      {scope.app && knowledge.error && <ErrorState error={knowledge.error} onRetry={() => void knowledge.refetch()} />}
      {scope.app && !related && knowledge.loading && <Loading />}
      {scope.app && related && (
        <RelatedKnowledge knowledge={related} moreHref={knowledgeHref({ terms: knowledgeTerms })} busy={knowledge.loading} />
      )}
    </div>
  );
}
