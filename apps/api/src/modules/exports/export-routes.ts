import type { ServerResponse } from 'node:http';
import { toSkosJsonLd, toSkosTurtle } from '@lightbridge/taxonomy';
import type { DataSource } from 'typeorm';
import type { RouteHandler } from '../../http/server';
import { csvLine } from './csv';
import { exportOrganizations, parseExportFilter } from './organization-export';
import { organizationNode, SCHEMA_ORG_CONTEXT } from './organization-jsonld';
import { loadSchemeForExport } from './scheme-export';

const CSV_COLUMNS = [
  'slug',
  'name',
  'kind',
  'country',
  'region',
  'city',
  'latitude',
  'longitude',
  'website',
  'size_band',
  'founded_year',
  'verified',
  'clusters',
  'technologies',
  'stages',
  'applications',
  'trl_max',
  'description',
] as const;

function startDownload(response: ServerResponse, contentType: string, filename: string): void {
  response.statusCode = 200;
  response.setHeader('content-type', contentType);
  response.setHeader('content-disposition', `attachment; filename="${filename}"`);
  response.setHeader('cache-control', 'no-cache');
  response.setHeader('access-control-allow-origin', '*');
}

/** Writes a chunk and waits when the client reads slower than we produce. */
async function write(response: ServerResponse, chunk: string): Promise<void> {
  if (!response.write(chunk)) await new Promise<void>((resolve) => response.once('drain', resolve));
}

/**
 * Plain HTTP downloads that a browser or curl can fetch: organizations as CSV and as schema.org
 * JSON-LD (streamed), and the classification scheme as SKOS in Turtle and JSON-LD (`?version=`
 * for a published release).
 */
export function createExportRoutes(dataSource: DataSource, portalUrl: string): Record<string, RouteHandler> {
  return {
    '/export/organizations.csv': async (_request, response, url) => {
      const filter = parseExportFilter(url);
      startDownload(response, 'text/csv; charset=utf-8', 'lightbridge-organizations.csv');
      await write(response, csvLine([...CSV_COLUMNS]));
      for await (const batch of exportOrganizations(dataSource, filter)) {
        await write(response, batch.map((o) => csvLine(CSV_COLUMNS.map((c) => o[c]))).join(''));
      }
      response.end();
    },
    '/export/organizations.jsonld': async (_request, response, url) => {
      const filter = parseExportFilter(url);
      startDownload(response, 'application/ld+json; charset=utf-8', 'lightbridge-organizations.jsonld');
      await write(response, `{"@context":${JSON.stringify(SCHEMA_ORG_CONTEXT)},"@graph":[`);
      let separator = '';
      for await (const batch of exportOrganizations(dataSource, filter)) {
        const nodes = batch.map((o) => {
          const node = `${separator}${JSON.stringify(organizationNode(o, portalUrl))}`;
          separator = ',';
          return node;
        });
        await write(response, nodes.join(''));
      }
      response.end(']}');
    },
    '/export/scheme.ttl': async (_request, response, url) => {
      const scheme = await loadSchemeForExport(dataSource, url.searchParams.get('version'));
      startDownload(response, 'text/turtle; charset=utf-8', `lightbridge-scheme-${scheme.version}.ttl`);
      response.end(
        toSkosTurtle(scheme.terms, scheme.crosswalks, { version: scheme.version, ...(scheme.issued ? { issued: scheme.issued } : {}) }),
      );
    },
    '/export/scheme.jsonld': async (_request, response, url) => {
      const scheme = await loadSchemeForExport(dataSource, url.searchParams.get('version'));
      startDownload(response, 'application/ld+json; charset=utf-8', `lightbridge-scheme-${scheme.version}.jsonld`);
      response.end(
        JSON.stringify(
          toSkosJsonLd(scheme.terms, scheme.crosswalks, { version: scheme.version, ...(scheme.issued ? { issued: scheme.issued } : {}) }),
        ),
      );
    },
  };
}
