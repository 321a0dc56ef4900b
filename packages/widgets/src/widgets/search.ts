import { h, place, portalLink } from '../dom';
import { COMMON_ATTRIBUTES, LightBridgeElement } from '../element';

interface SearchData {
  organizations: { totalCount: number; nodes: { slug: string; name: string; city: string | null; country: string }[] };
}

let nextId = 0;

/** `<lightbridge-search portal-url="...">`: a search box whose results link to the portal. */
export class LightBridgeSearch extends LightBridgeElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, 'portal-url', 'placeholder'];
  protected readonly styles = 'form{margin:0}.results{margin-top:8px}';
  private readonly inputId = `lb-search-${++nextId}`;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly results = h('div', { class: 'results', 'aria-live': 'polite' });

  protected refresh(): void {
    const input = h('input', { id: this.inputId, type: 'search', autocomplete: 'off', placeholder: this.attr('placeholder') });
    const form = h('form', { role: 'search' }, h('label', { for: this.inputId }, this.t('search')), input);
    const run = (): void => {
      clearTimeout(this.timer);
      void this.load(input.value.trim());
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run();
    });
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(run, 250);
    });
    this.results.replaceChildren();
    this.content.replaceChildren(form, this.results);
  }

  private async load(search: string): Promise<void> {
    if (search.length < 2) {
      this.results.replaceChildren();
      return;
    }
    this.results.replaceChildren(h('p', { class: 'status', role: 'status' }, this.t('loading')));
    const data = await this.fetchData<SearchData>('LightBridgeSearch', { search }, false);
    if (!data) return;
    const portal = this.attr('portal-url');
    const { nodes, totalCount } = data.organizations;
    this.results.replaceChildren(
      h('p', { class: 'muted' }, this.count(totalCount, 'result', 'results')),
      nodes.length
        ? h(
            'ul',
            null,
            ...nodes.map((org) => {
              const href = portalLink(portal, `/organizations/${encodeURIComponent(org.slug)}`);
              return h(
                'li',
                null,
                href ? h('a', { class: 'name', href, target: '_top' }, org.name) : h('span', { class: 'name' }, org.name),
                ' ',
                h('small', null, place(org.city, org.country)),
              );
            }),
          )
        : h('p', { class: 'status' }, this.t('empty')),
    );
  }
}
