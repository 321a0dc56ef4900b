/**
 * The bounds every operation must keep; documented in docs/api.md. They are checked on the parsed
 * document before validation and execution, so a hostile operation never reaches the database.
 */
export const OPERATION_LIMITS = {
  /** Lexical tokens of a document (graphql-js `maxTokens`): bounds parsing work. */
  maxTokens: 5_000,
  /** Nesting of selection sets, fragments expanded. */
  maxDepth: 15,
  /** Aliased fields in the whole document. */
  maxAliases: 50,
  /** Directive uses in the whole document. */
  maxDirectives: 50,
  /** Nodes an operation may ask for: the sum over connections of the product of page sizes. */
  maxNodes: 10_000,
  /** Points one operation may cost. */
  maxCost: 50,
  /** Points charged for `__schema` (a full introspection); `__type` counts as one request. */
  introspectionCost: 10,
} as const;

/** Hourly budgets in points; a key's own budget is stored with the key (api_key.hourly_budget). */
export const DEFAULT_ANONYMOUS_HOURLY_BUDGET = 1_000;

/**
 * Points per hour per anonymous address for the portal's and the widgets' registered operations,
 * sized from a measured browsing session (docs/api.md#budgets): several times what one person
 * browsing without pause spends in an hour, still a bounded allowance for an abusive address.
 */
export const DEFAULT_ANONYMOUS_REGISTERED_HOURLY_BUDGET = 10_000;

/** Points per hour for a signed-in portal user and for a new key (api_key.hourly_budget's default). */
export const DEFAULT_KEY_HOURLY_BUDGET = 5_000;
