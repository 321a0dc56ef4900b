import { h, place, portalLink } from '../dom';
import { COMMON_ATTRIBUTES, LightBridgeElement } from '../element';

interface Member {
  slug: string;
  name: string;
  city: string | null;
  country: string;
}

interface MembersData {
  organization: {
    name: string;
    members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Member[] };
  };
}

let nextId = 0;

/** `<lightbridge-members cluster="slug">`: a cluster's members, searchable, paged by cursor. */
export class LightBridgeMembers extends LightBridgeElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, 'cluster', 'page-size', 'portal-url'];
  protected readonly styles = '.list{margin-top:8px}';
  private readonly inputId = `lb-members-${++nextId}`;
  private search = '';
  /** Cursors of the pages before the current one: "Previous" pops. */
  private cursors: (string | null)[] = [];
  private cursor: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly results = h('div', { class: 'list', 'aria-live': 'polite' });
  private readonly heading = h('h2');
  /** The paging button to focus again after its page loads, so keyboard users keep their place. */
  private refocus: 'previous' | 'next' | null = null;

  protected refresh(): void {
    this.search = '';
    this.cursors = [];
    this.cursor = null;
    if (!this.requireAttr('cluster')) return;
    const input = h('input', { id: this.inputId, type: 'search', autocomplete: 'off' });
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.search = input.value.trim();
        this.cursors = [];
        this.cursor = null;
        void this.loadPage();
      }, 250);
    });
    this.content.replaceChildren(this.heading, h('label', { for: this.inputId }, this.t('searchMembers')), input, this.results);
    void this.loadPage();
  }

  private async loadPage(): Promise<void> {
    const cluster = this.attr('cluster');
    if (!cluster) return;
    this.results.replaceChildren(h('p', { class: 'status', role: 'status' }, this.t('loading')));
    const size = Math.min(50, Math.max(1, Number(this.attr('page-size')) || 10));
    const data = await this.fetchData<MembersData>(
      'LightBridgeMembers',
      { cluster, search: this.search || null, first: size, after: this.cursor },
      false,
    );
    if (!data) return;
    const { name, members } = data.organization;
    this.heading.textContent = name;
    const portal = this.attr('portal-url');
    const items = members.nodes.map((member) => {
      const href = portalLink(portal, `/organizations/${encodeURIComponent(member.slug)}`);
      return h(
        'li',
        null,
        href ? h('a', { class: 'name', href, target: '_top' }, member.name) : h('span', { class: 'name' }, member.name),
        ' ',
        h('small', null, place(member.city, member.country)),
      );
    });
    const page = this.cursors.length + 1;
    const previous = h('button', { type: 'button' }, this.t('previous'));
    previous.disabled = page === 1;
    previous.addEventListener('click', () => {
      this.refocus = 'previous';
      this.cursor = this.cursors.pop() ?? null;
      void this.loadPage();
    });
    const next = h('button', { type: 'button' }, this.t('next'));
    next.disabled = !members.pageInfo.hasNextPage;
    next.addEventListener('click', () => {
      this.refocus = 'next';
      this.cursors.push(this.cursor);
      this.cursor = members.pageInfo.endCursor;
      void this.loadPage();
    });
    this.results.replaceChildren(
      h('p', { class: 'muted' }, this.count(members.totalCount, 'member', 'members')),
      items.length ? h('ul', null, ...items) : h('p', { class: 'status' }, this.t('empty')),
      h('div', { class: 'row' }, previous, h('span', { class: 'muted' }, `${this.t('page')} ${page}`), next),
    );
    if (this.refocus) {
      const wanted = this.refocus === 'next' ? next : previous;
      (wanted.disabled ? (wanted === next ? previous : next) : wanted).focus();
      this.refocus = null;
    }
  }
}
