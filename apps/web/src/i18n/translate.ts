export type Catalog = Record<string, string>;

/** Looks a key up in the catalog (English as fallback) and fills {placeholders}. */
export function translate(catalog: Catalog, fallback: Catalog, key: string, vars?: Record<string, string | number>): string {
  const template = catalog[key] ?? fallback[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
