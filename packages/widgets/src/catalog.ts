/**
 * The public contract of the widgets: every element and attribute an integrator may use. The
 * portal's snippet builder reads this list (import '@lightbridge/widgets/catalog'); it holds no DOM
 * code so that it can be imported anywhere.
 */
export interface WidgetAttribute {
  name: string;
  description: string;
  required: boolean;
  /** Allowed values when the attribute is an enumeration. */
  values?: readonly string[];
  /** An example value for the snippet builder. */
  example?: string;
}

export interface WidgetDefinition {
  tag: string;
  title: string;
  description: string;
  attributes: readonly WidgetAttribute[];
}

/** Attributes every widget understands. */
export const commonAttributes: readonly WidgetAttribute[] = [
  {
    name: 'api',
    description: 'Base URL of the LightBridge API. Defaults to the origin the script was loaded from.',
    required: false,
    example: 'https://api.lightbridge.eu',
  },
  {
    name: 'api-key',
    description: 'Public API key, sent as a Bearer token; the API accepts it only from the origins registered for it.',
    required: false,
  },
  { name: 'theme', description: 'Color scheme.', required: false, values: ['light', 'dark'], example: 'light' },
  { name: 'lang', description: 'Interface and term language.', required: false, values: ['en', 'de', 'fr', 'it'], example: 'en' },
];

export const widgetCatalog: readonly WidgetDefinition[] = [
  {
    tag: 'lightbridge-members',
    title: 'Cluster members',
    description: 'The members of a cluster, searchable and paged.',
    attributes: [
      { name: 'cluster', description: 'Slug of the cluster.', required: true, example: 'photonics-bretagne' },
      { name: 'page-size', description: 'Members per page (1-50, default 10).', required: false, example: '10' },
      { name: 'portal-url', description: 'Portal base URL; member names link to their profiles.', required: false },
    ],
  },
  {
    tag: 'lightbridge-organization',
    title: 'Organization card',
    description: 'A profile card: kind, place, description, technologies and website.',
    attributes: [
      { name: 'organization', description: 'Slug of the organization.', required: true, example: 'fraunhofer-fep' },
      { name: 'portal-url', description: 'Portal base URL; adds a link to the full profile.', required: false },
    ],
  },
  {
    tag: 'lightbridge-search',
    title: 'Search',
    description: 'A search box over all organizations, with results linking to the portal.',
    attributes: [
      { name: 'portal-url', description: 'Portal base URL the results link to.', required: true, example: 'https://lightbridge.eu' },
      { name: 'placeholder', description: 'Placeholder text of the search box.', required: false },
    ],
  },
  {
    tag: 'lightbridge-value-chain',
    title: 'Value chain',
    description:
      'Providers per value-chain stage for an application area inside a scope, with the gaps marked and the providers elsewhere in Europe counted.',
    attributes: [
      { name: 'application', description: 'Application area term code.', required: true, example: 'app.automotive-mobility' },
      { name: 'technology', description: 'Technology term code (descendants included).', required: false, example: 'tech.lasers' },
      { name: 'region', description: 'NUTS region or country code.', required: false, example: 'FR' },
      { name: 'cluster', description: 'Limit the scope to the members of this cluster (slug).', required: false },
    ],
  },
  {
    tag: 'lightbridge-map',
    title: 'Members map',
    description: "A cluster's members on a small offline map of Europe.",
    attributes: [{ name: 'cluster', description: 'Slug of the cluster.', required: true, example: 'photonics-bretagne' }],
  },
];
