import { h, svg } from '../dom';
import { COMMON_ATTRIBUTES, LightBridgeElement } from '../element';
import { OUTLINE } from '../europe-outline';

interface MapMember {
  slug: string;
  name: string;
  city: string | null;
  location: { latitude: number; longitude: number } | null;
}

interface MapData {
  organization: { name: string; members: { totalCount: number; nodes: MapMember[] } };
}

/** Smallest part of the outline the map zooms to, in outline units. */
const MIN_SPAN = 110;

/** `<lightbridge-map cluster="slug">`: a cluster's members as dots on an offline outline of Europe. */
export class LightBridgeMap extends LightBridgeElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, 'cluster'];
  protected readonly styles =
    'svg{display:block;width:100%;height:auto;max-height:360px;background:var(--_soft);border-radius:6px}.land{fill:var(--_bg);stroke:var(--_muted);stroke-width:.6}circle{fill:var(--_accent);stroke:var(--_bg);stroke-width:1;cursor:pointer}circle:focus{outline:none;stroke:var(--_fg);stroke-width:2}.caption{min-height:1.5em;margin-top:6px}';

  protected refresh(): void {
    const cluster = this.requireAttr('cluster');
    if (cluster) void this.load(cluster);
  }

  private async load(cluster: string): Promise<void> {
    const data = await this.fetchData<MapData>('LightBridgeMap', { cluster });
    if (!data) return;
    const { name, members } = data.organization;
    const caption = h('p', { class: 'caption', 'aria-live': 'polite' });
    const points = members.nodes.flatMap((member) => {
      const at = member.location;
      if (!at) return [];
      const x = (at.longitude - OUTLINE.west) * OUTLINE.cosLat * OUTLINE.scale;
      const y = (OUTLINE.north - at.latitude) * OUTLINE.scale;
      return x < 0 || y < 0 || x > OUTLINE.width || y > OUTLINE.height ? [] : [{ member, x, y }];
    });
    const box = fit(points);
    const radius = Math.max(1.2, (box[2] / OUTLINE.width) * 5);
    const dots = points.map(({ member, x, y }) => {
      const label = [member.name, member.city].filter(Boolean).join(', ');
      const dot = svg(
        'circle',
        { cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1), tabindex: 0, role: 'img', 'aria-label': label },
        svg('title', {}, label),
      );
      const show = (): void => {
        caption.textContent = label;
      };
      dot.addEventListener('focus', show);
      dot.addEventListener('mouseenter', show);
      return dot;
    });
    this.show(
      h('h2', null, name),
      svg(
        'svg',
        { viewBox: box.map((n) => n.toFixed(1)).join(' '), role: 'group', 'aria-label': `${name}: ${this.t('members')}` },
        svg('path', { class: 'land', d: OUTLINE.path, 'vector-effect': 'non-scaling-stroke' }),
        ...dots,
      ),
      caption,
      h('p', { class: 'muted' }, `${points.length} / ${members.totalCount} ${this.t('members')} ${this.t('onMap')}`),
      points.length ? null : h('p', { class: 'status' }, this.t('empty')),
    );
  }
}

/** The viewBox around the members with a margin, keeping the outline's aspect ratio. */
function fit(points: { x: number; y: number }[]): [number, number, number, number] {
  const { width, height } = OUTLINE;
  if (!points.length) return [0, 0, width, height];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = Math.min(width, Math.max(MIN_SPAN, (x1 - x0) * 1.3, ((y1 - y0) * 1.3 * width) / height));
  const hgt = (w * height) / width;
  const left = Math.min(Math.max(0, (x0 + x1) / 2 - w / 2), width - w);
  const top = Math.min(Math.max(0, (y0 + y1) / 2 - hgt / 2), height - hgt);
  return [left, top, w, hgt];
}
