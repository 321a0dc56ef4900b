import { h, place, portalLink, safeHttpUrl } from '../dom';
import { COMMON_ATTRIBUTES, LightBridgeElement } from '../element';

interface OrganizationData {
  organization: {
    slug: string;
    name: string;
    kind: string;
    city: string | null;
    country: string;
    description: string;
    website: string | null;
    verified: boolean;
    capabilities: { nodes: { technology: { code: string; label: string } }[] };
  };
}

/** `<lightbridge-organization organization="slug">`: a profile card. */
export class LightBridgeOrganization extends LightBridgeElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, 'organization', 'portal-url'];
  protected readonly styles =
    '.tags{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}.tags li{border:1px solid var(--_line);border-radius:999px;padding:2px 10px;background:var(--_soft)}.badge{font-size:.85em;border:1px solid currentColor;border-radius:4px;padding:0 6px;margin-left:6px;color:var(--_muted)}.desc{white-space:pre-line}';

  protected refresh(): void {
    const slug = this.requireAttr('organization');
    if (slug) void this.load(slug);
  }

  private async load(slug: string): Promise<void> {
    const data = await this.fetchData<OrganizationData>('LightBridgeOrganization', { slug, lang: this.gqlLang() });
    if (!data) return;
    const org = data.organization;
    const kind = org.kind.length <= 3 ? org.kind : org.kind.charAt(0) + org.kind.slice(1).toLowerCase().replace(/_/g, ' ');
    // Capabilities repeat technologies (one per stage): show each once.
    const labels = [...new Map(org.capabilities.nodes.map((c) => [c.technology.code, c.technology.label])).values()];
    const website = safeHttpUrl(org.website);
    const profile = portalLink(this.attr('portal-url'), `/organizations/${encodeURIComponent(org.slug)}`);
    this.show(
      h(
        'article',
        { 'aria-label': org.name },
        h('h2', null, org.name, org.verified ? h('span', { class: 'badge' }, this.t('verified')) : null),
        h('p', { class: 'muted' }, [kind, place(org.city, org.country)].filter(Boolean).join(' · ')),
        org.description ? h('p', { class: 'desc' }, org.description) : null,
        labels.length
          ? h(
              'div',
              null,
              h('small', null, this.t('technologies')),
              h('ul', { class: 'tags' }, ...labels.map((label) => h('li', null, label))),
            )
          : null,
        h(
          'p',
          { class: 'row' },
          website ? h('a', { href: website, target: '_blank', rel: 'noopener noreferrer' }, this.t('website')) : null,
          profile ? h('a', { href: profile, target: '_top' }, this.t('profile')) : null,
        ),
      ),
    );
  }
}
