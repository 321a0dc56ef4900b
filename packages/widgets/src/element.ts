import { runOperation, WidgetFailure } from './api';
import { h, type Child } from './dom';
import { catalogs, pickLang, type Lang, type MessageKey } from './messages';
import type { OperationName } from './operations';
import { baseStyles } from './styles';

// The script's own origin is the default API: `<script src="https://api.example/widgets.js">`
// then needs no `api` attribute. Read once, while the script runs.
const scriptOrigin = (() => {
  const script = document.currentScript as HTMLScriptElement | null;
  try {
    return script?.src ? new URL(script.src).origin : location.origin;
  } catch {
    return location.origin;
  }
})();

export const COMMON_ATTRIBUTES = ['api', 'api-key', 'theme', 'lang'];

/**
 * What every widget shares: an open shadow root with isolated styles, the language, the API call
 * with cancellation of a superseded request, and the loading, error and empty states.
 */
export abstract class LightBridgeElement extends HTMLElement {
  protected readonly root: ShadowRoot;
  /** The widget's content; replaced on every render. */
  protected readonly content: HTMLDivElement;
  private controller: AbortController | null = null;
  private queued = false;

  protected abstract readonly styles: string;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.content = h('div', { class: 'lb', part: 'content' });
  }

  connectedCallback(): void {
    if (!this.root.firstChild) this.root.append(h('style', null, baseStyles + this.styles), this.content);
    this.schedule();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.schedule();
  }

  /** Several attribute changes in one task cause one reload. */
  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      // Tells hyphenation and screen readers the language of the widget's own text.
      this.content.lang = this.language;
      this.refresh();
    });
  }

  /** (Re)loads and renders from the current attributes. */
  protected abstract refresh(): void;

  protected get language(): Lang {
    return pickLang(this.getAttribute('lang'));
  }

  protected t(key: MessageKey): string {
    return (catalogs[this.language] ?? catalogs.en!)[key];
  }

  protected attr(name: string): string | null {
    const value = this.getAttribute(name)?.trim();
    return value ? value : null;
  }

  /** Replaces the content; null children are skipped. */
  protected show(...children: Child[]): void {
    this.content.replaceChildren(h('div', null, ...children));
  }

  /** Shows a message in place of the content; errors are announced to screen readers. */
  protected showStatus(text: string, error = false): void {
    this.content.replaceChildren(h('p', { class: error ? 'status error' : 'status', role: error ? 'alert' : 'status' }, text));
  }

  /** Checks required attributes; shows which one is missing. */
  protected requireAttr(name: string): string | null {
    const value = this.attr(name);
    if (!value) this.showStatus(`${this.t('missing')} ${name}`, true);
    return value;
  }

  /**
   * Fetches one operation; a newer call cancels an older one. Returns null when the request
   * failed (the widget then shows why) or was superseded.
   */
  protected async fetchData<T>(name: OperationName, variables: Record<string, unknown>, showLoading = true): Promise<T | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    if (showLoading) this.showStatus(this.t('loading'));
    try {
      return await runOperation<T>(this.attr('api') ?? scriptOrigin, this.attr('api-key'), name, variables, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return null;
      this.showStatus(this.t(error instanceof WidgetFailure ? error.kind : 'failed'), true);
      return null;
    }
  }

  /** "1 member", "3 members". */
  protected count(n: number, one: MessageKey, many: MessageKey): string {
    return `${n} ${this.t(n === 1 ? one : many)}`;
  }

  protected gqlLang(): string {
    return this.language.toUpperCase();
  }
}
