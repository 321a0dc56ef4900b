import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../graphql/context';
import { createContext } from '../graphql/context';
import { Database } from '../graphql/database';
import { authenticate } from './authenticate';
import { HttpError, readBody } from './body';

export const MAX_BODY_BYTES = 1_000_000;

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<RequestContext>;
  primary: DataSource;
  replica: DataSource | null;
  exposeStatementCount: boolean;
}

/** Serves GET and POST /graphql through Apollo Server's HTTP engine (GraphQL over HTTP). */
export function createGraphqlHandler(options: GraphqlHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (request.method === 'POST') {
      const text = await readBody(request, MAX_BODY_BYTES);
      const contentType = headers.get('content-type') ?? '';
      if (contentType.includes('json')) {
        try {
          body = text.length > 0 ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        }
      } else {
        body = text;
      }
    }
    const db = new Database(options.primary, options.replica);
    const responseCookies: string[] = [];
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ ...createContext(db, requestId, await authenticate(request, db)), responseCookies }),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (responseCookies.length > 0) response.setHeader('set-cookie', responseCookies);
    if (options.exposeStatementCount) response.setHeader('x-sql-statements', String(db.statements));
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
