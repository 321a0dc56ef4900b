export type Child = Node | string | number | null | undefined | false;

/**
 * Builds an element. Strings become text nodes, never markup: data from the API can contain
 * anything, and this is the only way the widgets put it on the page.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | null | undefined> | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) if (value != null) element.setAttribute(name, String(value));
  append(element, children);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attributes: Record<string, string | number>, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  append(element, children);
  return element;
}

function append(parent: Element, children: Child[]): void {
  for (const child of children) if (child != null && child !== false) parent.append(typeof child === 'number' ? String(child) : child);
}

/**
 * An absolute http(s) URL (relative ones resolved against the page), or null: a `javascript:`
 * website must never become a link.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link to a portal page, or null without a usable portal URL. */
export function portalLink(portal: string | null, path: string): string | null {
  const base = safeHttpUrl(portal);
  return base ? `${base.replace(/\/+$/, '')}${path}` : null;
}

export function place(city: string | null | undefined, country: string | null | undefined): string {
  return [city, country].filter(Boolean).join(', ');
}
