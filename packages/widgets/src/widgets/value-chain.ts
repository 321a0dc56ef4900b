import { h } from '../dom';
import { COMMON_ATTRIBUTES, LightBridgeElement } from '../element';

interface ValueChainData {
  valueChainCoverage: {
    application: { label: string };
    technology: { label: string } | null;
    gapCount: number;
    stages: {
      position: number;
      isGap: boolean;
      providerCount: number;
      providerCountElsewhere: number;
      stage: { code: string; label: string };
    }[];
  };
}

/**
 * `<lightbridge-value-chain application="app.x" [technology] [region] [cluster]>`: providers per
 * stage inside the scope, the stages without any provider marked as gaps (in words, not by color
 * alone) with how many providers exist elsewhere in Europe.
 */
export class LightBridgeValueChain extends LightBridgeElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, 'application', 'technology', 'region', 'cluster'];
  protected readonly styles =
    'ol{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:6px}ol li{border:1px solid var(--_line);border-radius:8px;padding:8px;background:var(--_soft)}ol li.gap{background:var(--_bg);border:2px dashed var(--_warn)}.count{display:block;font-size:1.4em;font-weight:700}.gap .count,.gap small{color:var(--_warn)}';

  protected refresh(): void {
    const application = this.requireAttr('application');
    if (application) void this.load(application);
  }

  private async load(application: string): Promise<void> {
    const region = this.attr('region')?.toUpperCase() ?? null;
    const cluster = this.attr('cluster');
    const data = await this.fetchData<ValueChainData>('LightBridgeValueChain', {
      application,
      technology: this.attr('technology'),
      regions: region ? [region] : null,
      clusters: cluster ? [cluster] : null,
      lang: this.gqlLang(),
    });
    if (!data) return;
    const coverage = data.valueChainCoverage;
    const stages = coverage.stages.map((stage) =>
      h(
        'li',
        { class: stage.isGap ? 'gap' : null },
        h('span', null, `${stage.position}. ${stage.stage.label}`),
        h('span', { class: 'count' }, stage.providerCount),
        h('small', null, stage.isGap ? `${this.t('gap')} · ${stage.providerCountElsewhere} ${this.t('elsewhere')}` : this.t('providers')),
      ),
    );
    const scope = [coverage.technology?.label, region, cluster].filter(Boolean).join(' · ');
    this.show(
      h('h2', null, `${this.t('valueChain')}: ${coverage.application.label}`),
      h('p', { class: 'muted' }, [scope, `${coverage.gapCount} ${this.t('gaps')}`].filter(Boolean).join(' · ')),
      h('ol', null, ...stages),
    );
  }
}
