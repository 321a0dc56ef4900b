// Term codes contain a dot ("app.aerospace"), which the static server would read as a file
// extension on reload, so a market's path carries the application code without its "app." prefix.
const APPLICATION_PREFIX = 'app.';

/** The path of a market's profile, e.g. /markets/ca/advanced-manufacturing. */
export function marketHref(country: string, application: string): string {
  const area = application.startsWith(APPLICATION_PREFIX) ? application.slice(APPLICATION_PREFIX.length) : application;
  return `/markets/${encodeURIComponent(country.toLowerCase())}/${encodeURIComponent(area)}`;
}

/** The API's key of the market a profile path names (country upper-cased, the application code restored). */
export function marketKey(params: Record<string, string>): { country: string; application: string } {
  const area = params.application ?? '';
  return {
    country: (params.country ?? '').toUpperCase(),
    application: area.startsWith(APPLICATION_PREFIX) ? area : `${APPLICATION_PREFIX}${area}`,
  };
}

/** The list of markets, filtered by country and application area. */
export function marketsHref(filters: { country?: string | null; application?: string | null }): string {
  const params = new URLSearchParams();
  if (filters.application) params.set('application', filters.application);
  if (filters.country) params.set('country', filters.country.toUpperCase());
  const query = params.toString();
  return query ? `/markets?${query}` : '/markets';
}
