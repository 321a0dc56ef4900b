import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a built single-page app: files by path (hashed assets cached for a year), and index.html
 * for any other path so that client-side routes survive a reload.
 */
export function serveSpa(root: string, pathname: string, response: ServerResponse): boolean {
  const decoded = safeDecode(pathname);
  if (decoded === null) return false;
  const file = path.resolve(root, `.${decoded}`);
  if (!file.startsWith(path.resolve(root) + path.sep) && file !== path.resolve(root)) return false;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    sendFile(file, response, decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return true;
  }
  const index = path.join(root, 'index.html');
  if (path.extname(decoded) === '' && fs.existsSync(index)) {
    sendFile(index, response, 'no-cache');
    return true;
  }
  return false;
}

export function sendFile(file: string, response: ServerResponse, cacheControl: string): void {
  response.statusCode = 200;
  response.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
  response.setHeader('cache-control', cacheControl);
  response.setHeader('x-content-type-options', 'nosniff');
  fs.createReadStream(file).pipe(response);
}

function safeDecode(pathname: string): string | null {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}
