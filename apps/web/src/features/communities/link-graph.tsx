import { navigate } from '../../app/router';
import type { LinkEnd } from './community.queries';

interface GraphLink {
  id: string;
  status: string;
  other: LinkEnd;
}

const SIZE = 420;
const CENTER = SIZE / 2;
const RADIUS = 150;

const hrefOf = (end: LinkEnd) =>
  end.__typename === 'Community' ? `/communities/${encodeURIComponent(end.slug)}` : `/organizations/${encodeURIComponent(end.slug)}`;

/** This community in the middle, the communities and clusters it links to around it. */
export function LinkGraph({ name, links, title }: { name: string; links: GraphLink[]; title: string }) {
  return (
    <svg className="link-graph" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={title}>
      {links.map((link, index) => {
        const angle = (2 * Math.PI * index) / Math.max(1, links.length) - Math.PI / 2;
        const x = CENTER + RADIUS * Math.cos(angle);
        const y = CENTER + RADIUS * Math.sin(angle);
        return (
          <g key={link.id} className={`graph-link status-${link.status.toLowerCase()}`} onClick={() => navigate(hrefOf(link.other))}>
            <line x1={CENTER} y1={CENTER} x2={x} y2={y} />
            <circle cx={x} cy={y} r={10} />
            <text x={x} y={y + 24} textAnchor="middle">
              {link.other.name.length > 22 ? `${link.other.name.slice(0, 20)}…` : link.other.name}
            </text>
          </g>
        );
      })}
      <circle cx={CENTER} cy={CENTER} r={16} className="graph-center" />
      <text x={CENTER} y={CENTER - 24} textAnchor="middle" className="graph-center-label">
        {name}
      </text>
    </svg>
  );
}
