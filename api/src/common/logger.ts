import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One-line JSON logs on stderr: easy to read in a terminal, easy to ship anywhere.
 * The level comes from LOG_LEVEL (set once at start-up by main.ts).
 *
 * A line written while a request is being served carries that request's id as `"req"` — the id the
 * portal sent in X-Request-Id, or one made here (server.ts) — so one citizen's page view can be
 * followed from the portal's log into the API's (decision record 0032). The id travels in an
 * AsyncLocalStorage, so no call site has to pass it along.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
let threshold = ORDER.info;

export function setLogLevel(level: Level | 'silent'): void {
  threshold = ORDER[level];
}

/** What the API knows about the request being served, for its log lines and its metrics (server.ts). */
export interface RequestScope {
  readonly requestId: string;
  /** The GraphQL operation's name once Apollo has resolved it (null: anonymous). */
  operation?: string | null;
  /** extensions.code of each error in the answer, as formatError made them. */
  errorCodes?: string[];
}

const requests = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it starts) as part of the request `scope`. */
export function inRequest<T>(scope: RequestScope, work: () => T): T {
  return requests.run(scope, work);
}

/** The request being served here, if any. */
export function currentRequest(): RequestScope | undefined {
  return requests.getStore();
}

/**
 * Runs `work` outside any request: for work that serves many requests at once (a batch of ratings),
 * whose log lines would otherwise carry the id of whichever request happened to start it.
 */
export function outsideRequests<T>(work: () => T): T {
  return requests.exit(work);
}

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < threshold) return;
  const req = requests.getStore()?.requestId;
  process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level, ...(req ? { req } : {}), msg: message, ...fields })}\n`);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
