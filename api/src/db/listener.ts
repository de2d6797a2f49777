import pg from 'pg';
import { logger } from '../common/logger.js';

export interface Listener {
  /** Resolves once the first LISTEN is in place (or rejects after the first attempt fails). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface ListenOptions {
  url: string;
  channel: string;
  /** A notification arrived. */
  onNotify(payload: string | undefined): void;
  /**
   * The connection was (re)established: notifications sent while it was down are lost, so whatever
   * they would have invalidated must be treated as changed.
   */
  onConnect(): void;
}

const RETRY_MS = [250, 500, 1000, 2000, 5000];

/**
 * LISTEN on one dedicated connection of its own, outside the request pool (a pooled connection
 * would be lost to requests for good, and LISTEN does not survive a transaction pooler such as
 * PgBouncer in transaction mode: DATABASE_URL_DIRECT points at the server itself there).
 * Reconnects with backoff when the database goes away, and says so once, not per attempt.
 */
export function listen(options: ListenOptions): Listener {
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  let markReady: () => void;
  let failReady: (error: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  ready.catch(() => undefined);

  const connect = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5_000, keepAlive: true });
    client = c;
    // Only a connection that was up reconnects from 'end'; a failed connect retries from its catch.
    let live = false;
    c.on('notification', (message) => {
      if (message.channel === options.channel) options.onNotify(message.payload);
    });
    c.on('error', () => undefined); // 'end' follows; the reconnect happens there
    c.on('end', () => {
      if (closed || client !== c || !live) return;
      client = null;
      logger.warn('lost the database notification connection; reconnecting', { channel: options.channel });
      retry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(options.channel)}`);
      live = true;
      if (attempt > 0) logger.info('database notification connection is back', { channel: options.channel });
      attempt = 0;
      options.onConnect();
      markReady();
    } catch (error) {
      failReady(error);
      client = null;
      await c.end().catch(() => undefined);
      retry();
    }
  };

  const retry = () => {
    if (closed) return;
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
    attempt++;
    timer = setTimeout(() => void connect(), delay);
    timer.unref();
  };

  void connect();
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
