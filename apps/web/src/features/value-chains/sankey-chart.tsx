import { sankeyLinkHorizontal } from 'd3-sankey';
import { useMemo } from 'react';
import { navigate } from '../../app/router';
import { buildFlow, layoutFlow, type FlowNode } from './sankey-layout';
import type { StageCoverage } from './value-chain.queries';

const WIDTH = 960;
const linkPath = sankeyLinkHorizontal();

interface SankeyChartProps {
  title: string;
  sourceLabel: string;
  stages: StageCoverage[];
  moreLabel(count: number): string;
}

/** Technologies → stages → organizations; gaps drawn dashed in the accent color. */
export function SankeyChart({ title, sourceLabel, stages, moreLabel }: SankeyChartProps) {
  const height = Math.max(320, Math.min(900, stages.length * 90));
  const graph = useMemo(
    () => layoutFlow(buildFlow(sourceLabel, stages, moreLabel), WIDTH, height),
    [sourceLabel, stages, moreLabel, height],
  );
  const labelX = (node: FlowNode & { x0?: number; x1?: number }) =>
    (node.x0 ?? 0) < WIDTH / 2 ? { x: (node.x1 ?? 0) + 6, anchor: 'start' as const } : { x: (node.x0 ?? 0) - 6, anchor: 'end' as const };
  return (
    <svg className="sankey" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <g fill="none">
        {graph.links.map((link, index) => (
          <path
            key={index}
            d={linkPath(link) ?? undefined}
            className={link.gap ? 'flow flow-gap' : 'flow'}
            strokeWidth={Math.max(1, link.width ?? 1)}
          />
        ))}
      </g>
      {graph.nodes.map((node) => {
        const { x, anchor } = labelX(node);
        const y = ((node.y0 ?? 0) + (node.y1 ?? 0)) / 2;
        return (
          <g key={node.id} className={`node node-${node.kind}`} onClick={node.href ? () => navigate(node.href as string) : undefined}>
            <rect x={node.x0} y={node.y0} width={(node.x1 ?? 0) - (node.x0 ?? 0)} height={Math.max(2, (node.y1 ?? 0) - (node.y0 ?? 0))} />
            <text x={x} y={y} dy="0.35em" textAnchor={anchor}>
              {node.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
