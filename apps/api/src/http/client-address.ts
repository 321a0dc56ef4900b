import type { IncomingMessage } from 'node:http';

/**
 * The address an anonymous budget is kept for. Behind reverse proxies every request arrives from a
 * proxy, so with `trustedProxyHops` = N the client is the N-th address from the right of
 * X-Forwarded-For (each trusted proxy appends the address it received from). Entries further left
 * are written by the client and never trusted. With no hops, or a shorter header than the hops
 * promise, the socket's address is used.
 */
export function clientAddress(request: IncomingMessage, trustedProxyHops: number): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops === 0) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length < trustedProxyHops) return socketAddress;
  return forwarded[forwarded.length - trustedProxyHops] ?? socketAddress;
}
