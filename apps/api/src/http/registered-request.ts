import type { OperationRegistry, RegisteredOperation } from '../graphql/limits/operation-registry';
import { HttpError } from './body';

interface PersistedBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/** What a request asks to run, once a registered operation's hash has been replaced by its document. */
export interface ResolvedRequest {
  body: unknown;
  /** The registered operation it runs, if any: sent by hash or by its exact text. */
  registered: RegisteredOperation | null;
  /** A persisted-query hash sent without a document. */
  hashOnly: string | null;
}

/** A registered operation may be sent by its hash alone, whether or not the APQ cache holds it. */
export function resolveRegistered(body: unknown, registry: OperationRegistry): ResolvedRequest {
  if (!body || typeof body !== 'object') return { body, registered: null, hashOnly: null };
  const request = body as PersistedBody;
  const hash = request.extensions?.persistedQuery?.sha256Hash;
  if (typeof request.query === 'string') return { body, registered: registry.ofDocument(request.query) ?? null, hashOnly: null };
  if (typeof hash !== 'string') return { body, registered: null, hashOnly: null };
  const registered = registry.get(hash) ?? null;
  return { body: registered ? { ...request, query: registered.document } : body, registered, hashOnly: hash };
}

/** The same for GET: `query`, or `extensions` with the hash, in the search string. */
export function resolveRegisteredSearch(url: URL, registry: OperationRegistry): ResolvedRequest & { search: string } {
  const query = url.searchParams.get('query');
  if (query !== null) return { search: url.search, body: undefined, registered: registry.ofDocument(query) ?? null, hashOnly: null };
  let extensions: unknown;
  try {
    extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null');
  } catch {
    return { search: url.search, body: undefined, registered: null, hashOnly: null };
  }
  const resolved = resolveRegistered({ extensions }, registry);
  if (!resolved.registered) return { ...resolved, search: url.search, body: undefined };
  const params = new URLSearchParams(url.search);
  params.set('query', resolved.registered.document);
  return { ...resolved, search: `?${params.toString()}`, body: undefined };
}

/** Safelist mode: refused before anything is parsed, with a code a client can act on. */
export function requireRegistered(resolved: ResolvedRequest): void {
  if (resolved.registered) return;
  const message = resolved.hashOnly
    ? `No registered operation has the hash ${resolved.hashOnly.slice(0, 64)}; only registered operations run on this endpoint (docs/api.md#persisted-queries).`
    : 'Only registered operations run on this endpoint, by hash or by their exact text (docs/api.md#persisted-queries).';
  throw new HttpError(403, 'OPERATION_NOT_REGISTERED', message);
}
