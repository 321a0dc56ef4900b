import { gql } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import hashes from 'virtual:registered-operations';
import { csrfHeaders } from '../../../app/csrf';
import type { GraphqlErrorLike } from '../forms';

/** The API refuses request bodies above this many bytes (apps/api MAX_BODY_BYTES). */
export const MAX_BODY_BYTES = 1_000_000;

export interface ImportProblem {
  row: number;
  column: string | null;
  reason: string;
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  rows: number;
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  membershipsAdded: number;
  capabilitiesAdded: number;
  capabilitiesUpdated: number;
  problems: ImportProblem[];
}

export type ImportFormat = 'CSV' | 'JSON';

const IMPORT_MEMBERS = gql`
  mutation ImportMembers($input: ImportMembersInput!) {
    importMembers(input: $input) {
      dryRun
      applied
      rows
      validRows
      created
      updated
      unchanged
      membershipsAdded
      capabilitiesAdded
      capabilitiesUpdated
      problems {
        row
        column
        reason
      }
    }
  }
`;

export const formatOf = (fileName: string): ImportFormat => (/\.json$/i.test(fileName) ? 'JSON' : 'CSV');

/** The request body, and its size in bytes as sent (JSON-escaped, UTF-8). */
export function importBody(input: { cluster: string; format: ImportFormat; content: string; dryRun: boolean }): {
  body: string;
  bytes: number;
} {
  const variables = { input };
  const hash = hashes?.ImportMembers;
  // Registered by the build like every gql document; the development server sends the text.
  const body = JSON.stringify(
    hash
      ? { operationName: 'ImportMembers', variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
      : { operationName: 'ImportMembers', query: print(IMPORT_MEMBERS), variables },
  );
  return { body, bytes: new TextEncoder().encode(body).length };
}

export class ImportRequestError extends Error {
  constructor(readonly errors: GraphqlErrorLike[]) {
    super(errors[0]?.message ?? 'The import failed.');
  }
}

/**
 * Sends the import with XMLHttpRequest rather than fetch: only it reports how much of the body
 * has been uploaded, which the progress bar shows.
 */
export function sendImport(body: string, onUpload: (loaded: number, total: number) => void, onUploaded: () => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.setRequestHeader('content-type', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => onUpload(event.loaded, event.lengthComputable ? event.total : body.length);
    xhr.upload.onload = () => onUploaded();
    xhr.onerror = () => reject(new Error('The connection to the server failed.'));
    xhr.onload = () => {
      const response = xhr.response as { data?: { importMembers: ImportReport } | null; errors?: GraphqlErrorLike[] } | null;
      if (response?.data?.importMembers) resolve(response.data.importMembers);
      else reject(new ImportRequestError(response?.errors ?? [{ message: `HTTP ${xhr.status}` }]));
    };
    xhr.send(body);
  });
}
