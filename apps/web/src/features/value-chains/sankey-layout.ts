import { sankey, sankeyLeft, type SankeyGraph } from 'd3-sankey';
import type { StageCoverage } from './value-chain.queries';

export interface FlowNode {
  id: string;
  label: string;
  kind: 'source' | 'stage' | 'gap' | 'organization' | 'more';
  href?: string;
}
export interface FlowLink {
  source: string;
  target: string;
  value: number;
  gap: boolean;
}

// A gap has no flow; it still gets a thin band so that it stands in the chain, drawn as a gap.
const GAP_VALUE = 0.35;

/**
 * The chain as a flow: the technology (or the application) → each stage → its best providers,
 * the rest of a stage's providers gathered in one "+N" node. Organizations at several stages
 * appear once, with a band from each stage.
 */
export function buildFlow(sourceLabel: string, stages: StageCoverage[], moreLabel: (count: number) => string) {
  const nodes = new Map<string, FlowNode>();
  const links: FlowLink[] = [];
  nodes.set('source', { id: 'source', label: sourceLabel, kind: 'source' });
  for (const stage of stages) {
    const stageId = `stage:${stage.stage.code}`;
    nodes.set(stageId, { id: stageId, label: stage.label, kind: stage.isGap ? 'gap' : 'stage' });
    links.push({ source: 'source', target: stageId, value: stage.isGap ? GAP_VALUE : stage.providerCount, gap: stage.isGap });
    for (const provider of stage.providers.nodes) {
      const id = `org:${provider.organization.slug}`;
      nodes.set(id, { id, label: provider.organization.name, kind: 'organization', href: `/organizations/${provider.organization.slug}` });
      links.push({ source: stageId, target: id, value: 1, gap: false });
    }
    const rest = stage.providerCount - stage.providers.nodes.length;
    if (rest > 0) {
      const id = `more:${stage.stage.code}`;
      nodes.set(id, { id, label: moreLabel(rest), kind: 'more' });
      links.push({ source: stageId, target: id, value: rest, gap: false });
    }
  }
  return { nodes: [...nodes.values()], links };
}

export type LaidOut = SankeyGraph<FlowNode, FlowLink>;

export function layoutFlow(flow: { nodes: FlowNode[]; links: FlowLink[] }, width: number, height: number): LaidOut {
  const generator = sankey<FlowNode, FlowLink>()
    .nodeId((node) => node.id)
    .nodeWidth(14)
    .nodePadding(8)
    .nodeSort(null)
    // Gap stages have no outgoing flow; left alignment keeps them in the stage column.
    .nodeAlign(sankeyLeft)
    .extent([
      [1, 1],
      [width - 1, height - 1],
    ]);
  return generator({ nodes: flow.nodes.map((n) => ({ ...n })), links: flow.links.map((l) => ({ ...l })) });
}
