import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { afterCommit } from '../../db/commit-hooks';
import type { Logger } from '../../logger';

export const TERM_CHANNEL = 'lightbridge_terms';
const RECONNECT_MS = 1_000;

/**
 * Hears about term changes from PostgreSQL (a trigger on `term` sends NOTIFY on TERM_CHANNEL when
 * a writing transaction commits) on a connection of its own. While it listens, the process may
 * keep its classification snapshot without asking the database on every request; every
 * notification, every local write and every lost or new connection moves `generation` on, and a
 * snapshot is only trusted under the generation it was read in. A change made elsewhere is seen
 * as soon as its notification arrives (the same moment it commits, give or take the loopback).
 */
export class TermChangeListener {
  generation = 0;
  listening = false;
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Something in this process wrote (the snapshot may be stale before the notification comes). */
  changed(): void {
    this.generation += 1;
  }

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'lightbridge-term-listener' });
    client.on('notification', () => this.changed());
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${TERM_CHANNEL}`);
      this.client = client;
      this.changed();
      this.listening = true;
    } catch (error) {
      this.logger.warn({ err: error }, 'term change listener not connected; the scheme is checked on every request');
      this.lost(client);
    }
  }

  private lost(client: Client): void {
    if (this.client !== null && this.client !== client) return;
    const wasListening = this.listening;
    this.listening = false;
    this.changed();
    this.client = null;
    client.end().catch(() => undefined);
    if (wasListening) this.logger.warn('term change listener lost its connection; reconnecting');
    if (!this.stopped && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.start();
      }, RECONNECT_MS);
      this.retry.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

const listeners = new WeakMap<DataSource, TermChangeListener>();

/** Starts listening for the primary's term changes; requests on that data source then use it. */
export async function listenForTermChanges(primary: DataSource, url: string, logger: Logger): Promise<TermChangeListener> {
  const listener = new TermChangeListener(url, logger);
  await listener.start();
  listeners.set(primary, listener);
  // A write of this process is seen by its next request, before its notification comes back.
  afterCommit(primary, () => listener.changed());
  return listener;
}

export function termChangeListenerOf(primary: DataSource): TermChangeListener | null {
  return listeners.get(primary) ?? null;
}
