import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** One hostile request and what a safe answer to it is. */
export interface HostileCase {
  name: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  /** A JSON body is given as an object; raw bodies (invalid JSON, bad UTF-8) as a string or bytes. */
  json?: unknown;
  raw?: string | Buffer;
  search?: string;
  /** Acceptable statuses; never 5xx. */
  status: number[];
  /** The error code expected when refused. */
  code?: string;
  /** Refused before any SQL statement ran. */
  noDatabase?: boolean;
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

const repeat = (n: number, f: (i: number) => string, sep = ' '): string => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** A valid query of a given selection depth: terms → nodes → children → children ... */
function nested(depth: number): string {
  const levels = depth - 3;
  return `{ terms(first: 1) { nodes { ${'children { '.repeat(levels)}code${' }'.repeat(levels)} } } }`;
}

export const INJECTIONS = [
  `'; DROP TABLE organization; --`,
  `' OR '1'='1`,
  `1); SELECT pg_sleep(10); --`,
  `<script>alert(document.cookie)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `\u0000\u0001 null byte`,
  `%' UNION SELECT password_hash FROM app_user --`,
  `{{7*7}} \${7*7} ../../etc/passwd`,
];

/** A value of an input type with every string (and ID) set to the injection string. */
function inputValue(type: GraphQLInputType, injection: string, depth = 0): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [inputValue(inner.ofType, injection, depth)];
  const named = getNamedType(inner);
  if (isScalarType(named)) {
    if (named.name === 'String' || named.name === 'ID') return injection;
    if (named.name === 'Int') return 1;
    if (named.name === 'Float') return 1;
    if (named.name === 'Boolean') return true;
    return injection;
  }
  if (isEnumType(named)) return named.getValues()[0]!.value as unknown;
  if (isInputObjectType(named) && depth < 3) {
    return Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, inputValue(f.type, injection, depth + 1)]));
  }
  return null;
}

function carriesStrings(arg: GraphQLArgument): boolean {
  const named = getNamedType(arg.type);
  return (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) || isInputObjectType(named);
}

/**
 * Every string argument of every root query field, through variables, with SQL and script
 * injection strings: each must be answered (data or a coded error), never a 500.
 */
export function injectionCases(schema: GraphQLSchema): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const args = field.args.filter(carriesStrings);
    if (args.length === 0) continue;
    for (const injection of INJECTIONS) {
      const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const variables = Object.fromEntries(field.args.map((a) => [a.name, inputValue(a.type, injection)]));
      cases.push({
        name: `injection ${JSON.stringify(injection).slice(0, 30)} in ${field.name}(${args.map((a) => a.name).join(', ')})`,
        headers: JSON_HEADERS,
        json: { query: `query (${definitions}) { ${field.name}(${uses}) { __typename } }`, variables },
        status: [200, 400],
      });
    }
  }
  return cases;
}

const ok = (query: string): unknown => ({ query });

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'depth 50', headers: JSON_HEADERS, json: ok(nested(50)), status: [400], code: 'QUERY_TOO_COMPLEX', noDatabase: true },
  {
    name: 'depth 16 (just over the limit)',
    headers: JSON_HEADERS,
    json: ok(nested(16)),
    status: [400],
    code: 'QUERY_TOO_COMPLEX',
    noDatabase: true,
  },
  {
    name: '1,000 aliases',
    headers: JSON_HEADERS,
    json: ok(`{ ${repeat(1000, (i) => `a${i}: organizations(first: 100) { totalCount }`)} }`),
    status: [400],
    code: 'GRAPHQL_PARSE_FAILED',
    noDatabase: true,
  },
  {
    name: '51 aliases',
    headers: JSON_HEADERS,
    json: ok(`{ ${repeat(51, (i) => `a${i}: __typename`)} }`),
    status: [400],
    code: 'QUERY_TOO_COMPLEX',
    noDatabase: true,
  },
  {
    name: '5 MB body',
    headers: JSON_HEADERS,
    raw: `{"query":"{ __typename }","padding":"${'x'.repeat(5 * 1024 * 1024)}"}`,
    status: [413],
    code: 'PAYLOAD_TOO_LARGE',
    noDatabase: true,
  },
  {
    name: 'fragment cycle',
    headers: JSON_HEADERS,
    json: ok(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
    status: [400],
    code: 'GRAPHQL_VALIDATION_FAILED',
    noDatabase: true,
  },
  {
    name: 'self-referencing fragment inside a field',
    headers: JSON_HEADERS,
    json: ok(`query { organizations { nodes { ...O } } } fragment O on Organization { slug ...O }`),
    status: [400],
    code: 'GRAPHQL_VALIDATION_FAILED',
    noDatabase: true,
  },
  {
    name: 'fragment bomb (each fragment spreads the next twice)',
    headers: JSON_HEADERS,
    json: ok(
      `query { ...F0 } ${repeat(30, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F30 on Query { organizations(first: 1) { totalCount } }`,
    ),
    status: [400],
    code: 'QUERY_TOO_COMPLEX',
    noDatabase: true,
  },
  {
    name: '10,000 variable definitions',
    headers: JSON_HEADERS,
    json: ok(`query (${repeat(10_000, (i) => `$v${i}: String`, ', ')}) { __typename }`),
    status: [400],
    code: 'GRAPHQL_PARSE_FAILED',
    noDatabase: true,
  },
  {
    name: '10,000 variable values',
    headers: JSON_HEADERS,
    json: { query: '{ __typename }', variables: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`v${i}`, i])) },
    status: [200],
  },
  {
    name: '6,000 tokens',
    headers: JSON_HEADERS,
    json: ok(`{ ${repeat(6000, () => '__typename')} }`),
    status: [400],
    code: 'GRAPHQL_PARSE_FAILED',
    noDatabase: true,
  },
  {
    name: '100 directives',
    headers: JSON_HEADERS,
    json: ok(`{ ${repeat(100, () => '__typename @include(if: true)')} }`),
    status: [400],
    code: 'QUERY_TOO_COMPLEX',
    noDatabase: true,
  },
  {
    name: 'deep introspection',
    headers: JSON_HEADERS,
    json: ok(`{ __schema { types { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } } } }`),
    status: [400],
    code: 'QUERY_TOO_COMPLEX',
    noDatabase: true,
  },
  {
    name: 'connections nested 100 × 100 × 100',
    headers: JSON_HEADERS,
    json: ok(`{ terms(first: 100) { nodes { providers(first: 100) { nodes { capabilities(first: 100) { totalCount } } } } } }`),
    status: [400],
    code: 'QUERY_TOO_COMPLEX',
    noDatabase: true,
  },
  {
    name: 'invalid UTF-8 body',
    headers: JSON_HEADERS,
    raw: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]),
    status: [400],
    code: 'BAD_REQUEST',
    noDatabase: true,
  },
  { name: 'invalid JSON', headers: JSON_HEADERS, raw: '{"query": "{ __typename }",', status: [400], code: 'BAD_REQUEST', noDatabase: true },
  { name: 'JSON null body', headers: JSON_HEADERS, raw: 'null', status: [400], noDatabase: true },
  { name: 'empty body', headers: JSON_HEADERS, raw: '', status: [400], noDatabase: true },
  { name: 'query is a number', headers: JSON_HEADERS, json: { query: 123 }, status: [400], noDatabase: true },
  {
    name: 'variables is a string',
    headers: JSON_HEADERS,
    json: { query: '{ __typename }', variables: 'x' },
    status: [400],
    noDatabase: true,
  },
  {
    name: 'text/plain content type',
    headers: { 'content-type': 'text/plain' },
    raw: '{"query":"{ __typename }"}',
    status: [400, 415],
    noDatabase: true,
  },
  {
    name: 'application/xml content type',
    headers: { 'content-type': 'application/xml' },
    raw: '<query/>',
    status: [400, 415],
    noDatabase: true,
  },
  {
    name: 'multipart/form-data content type',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    raw: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--',
    status: [400, 415],
    noDatabase: true,
  },
  { name: 'no content type', headers: {}, raw: '{"query":"{ __typename }"}', status: [400, 415], noDatabase: true },
  {
    name: 'duplicated JSON keys',
    headers: JSON_HEADERS,
    raw: '{"query":"{ organizations(first: 1) { totalCount } }","query":"{ __typename }"}',
    status: [200],
  },
  {
    name: '__proto__ in body and variables',
    headers: JSON_HEADERS,
    raw: '{"__proto__":{"polluted":1},"query":"query ($s: String!) { organization(slug: $s) { slug } }","variables":{"__proto__":{"x":1},"s":"x"}}',
    status: [200, 400],
  },
  {
    name: 'huge integer literal',
    headers: JSON_HEADERS,
    json: ok('{ organizations(first: 99999999999999999999) { totalCount } }'),
    status: [400],
    noDatabase: true,
  },
  {
    name: 'huge integer variable',
    headers: JSON_HEADERS,
    json: { query: 'query ($n: Int) { organizations(first: $n) { totalCount } }', variables: { n: 1e308 } },
    status: [400],
    noDatabase: true,
  },
  {
    name: 'negative page size',
    headers: JSON_HEADERS,
    json: ok('{ organizations(first: -1) { totalCount } }'),
    status: [200, 400],
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'page size 101',
    headers: JSON_HEADERS,
    json: ok('{ organizations(first: 101) { totalCount } }'),
    status: [200, 400],
    code: 'BAD_USER_INPUT',
  },
  {
    name: '10,000 ids to nodes',
    headers: JSON_HEADERS,
    json: {
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: Array.from({ length: 10_000 }, (_, i) => `T3JnYW5pemF0aW9uOj${i}`) },
    },
    status: [200, 400],
  },
  {
    name: 'deeply nested lists in variables',
    headers: JSON_HEADERS,
    raw: `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
    status: [400],
    noDatabase: true,
  },
  {
    name: 'garbage cursor',
    headers: JSON_HEADERS,
    json: ok(`{ organizations(after: "';--") { totalCount } }`),
    status: [200, 400],
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'batched array of 1,000 operations',
    headers: JSON_HEADERS,
    json: Array.from({ length: 1000 }, () => ({ query: '{ __typename }' })),
    status: [400],
    code: 'BAD_REQUEST',
    noDatabase: true,
  },
  {
    name: 'batched array of 2 operations',
    headers: JSON_HEADERS,
    json: [{ query: '{ __typename }' }, { query: '{ __typename }' }],
    status: [400],
    code: 'BAD_REQUEST',
    noDatabase: true,
  },
  {
    name: 'two operations, no operationName',
    headers: JSON_HEADERS,
    json: ok('query A { __typename } query B { __typename }'),
    status: [400],
    noDatabase: true,
  },
  {
    name: 'unknown operationName',
    headers: JSON_HEADERS,
    json: { query: 'query A { __typename }', operationName: 'B' },
    status: [400],
    noDatabase: true,
  },
  {
    name: '100 KB operation name',
    headers: JSON_HEADERS,
    json: { query: `query ${'A'.repeat(100_000)} { __typename }` },
    status: [200, 400],
  },
  {
    name: 'persisted query with an unknown hash',
    headers: JSON_HEADERS,
    json: { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
    status: [200, 400, 404],
    code: 'PERSISTED_QUERY_NOT_FOUND',
    noDatabase: true,
  },
  {
    name: 'persisted query with a wrong hash',
    headers: JSON_HEADERS,
    json: { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
    status: [400],
    noDatabase: true,
  },
  {
    name: 'persisted query version 2',
    headers: JSON_HEADERS,
    json: { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } },
    status: [400],
    noDatabase: true,
  },
  {
    name: 'mutation over GET',
    method: 'GET',
    headers: { 'apollo-require-preflight': '1', accept: 'application/graphql-response+json' },
    search: `?query=${encodeURIComponent('mutation { revokeApiKey(id: "QXBpS2V5OjE") { id } }')}`,
    status: [405],
    noDatabase: true,
  },
  { name: 'PUT /graphql', method: 'PUT', headers: JSON_HEADERS, json: ok('{ __typename }'), status: [405], noDatabase: true },
  {
    name: 'unknown API key',
    headers: { ...JSON_HEADERS, authorization: `Bearer lb_live_${'x'.repeat(43)}` },
    json: ok('{ __typename }'),
    status: [401],
    code: 'UNAUTHENTICATED',
  },
  {
    name: '10 KB bearer token',
    headers: { ...JSON_HEADERS, authorization: `Bearer lb_${'x'.repeat(10_000)}` },
    json: ok('{ __typename }'),
    status: [401],
    code: 'UNAUTHENTICATED',
    noDatabase: true,
  },
  {
    name: '900 KB string argument',
    headers: JSON_HEADERS,
    json: { query: 'query ($s: String!) { organization(slug: $s) { slug } }', variables: { s: 'a'.repeat(900_000) } },
    status: [200, 400],
  },
  {
    name: 'unterminated string',
    headers: JSON_HEADERS,
    json: ok('{ organization(slug: "abc) { slug } }'),
    status: [400],
    code: 'GRAPHQL_PARSE_FAILED',
    noDatabase: true,
  },
  {
    name: 'unknown field',
    headers: JSON_HEADERS,
    json: ok('{ organizatio { slug } }'),
    status: [400],
    code: 'GRAPHQL_VALIDATION_FAILED',
    noDatabase: true,
  },
  {
    name: 'NUL character in a variable',
    headers: JSON_HEADERS,
    json: { query: 'query ($s: String!) { organization(slug: $s) { slug } }', variables: { s: 'a\u0000b' } },
    status: [400],
    code: 'BAD_USER_INPUT',
    noDatabase: true,
  },
  {
    name: 'introspection (allowed, costed)',
    headers: JSON_HEADERS,
    json: ok('{ __schema { queryType { name } types { name } } }'),
    status: [200],
  },
];
