/**
 * One load row: autocannon against one URL for a fixed time, after a short warm-up whose figures are
 * thrown away, with every answer checked (status and body), not only counted.
 *
 * autocannon runs in this process, on its main thread, rather than in worker threads or a child
 * process: the machine has 2 cores shared with the API, the portal and PostgreSQL, and this process
 * has nothing else to do while a row runs, so one extra thread is the least load a generator can add.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  method: 'GET' | 'POST';
  /** Path and query, e.g. `/graphql`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Makes each request different (a new key, another address, another path); called once per request sent. */
  vary?: () => { body?: string; headers?: Record<string, string>; path?: string };
}

/**
 * Judges one answer with status 2xx: null when it is right, else a short reason (counted as an
 * error and tallied by reason). Non-2xx answers are errors without asking.
 */
export type Check = (body: string, headers: Record<string, string | string[] | undefined>) => string | null;

export interface LoadOptions {
  /** The server's origin, e.g. http://127.0.0.1:4000. */
  origin: string;
  request: LoadRequest;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /**
   * Runs between the warm-up and the measured run: the warm-up's last requests are still being
   * served when it ends, and the measured run should not start behind them.
   */
  settle?: () => Promise<void>;
  check: Check;
  /** Stops the load at once (Ctrl-C); a stopped load starts no further run. */
  signal?: AbortSignal;
}

export interface LoadResult {
  /** Answers per second, right or wrong. */
  rps: number;
  requests: number;
  /** Requests sent; those beyond `requests` were still unanswered when the row ended. */
  sent: number;
  seconds: number;
  /** null when nothing was answered. */
  p50Ms: number | null;
  p99Ms: number | null;
  /** Non-2xx answers, connection errors and timeouts, and 2xx answers that failed the check. */
  errors: number;
  /** What went wrong, by reason, e.g. { 'HTTP 503': 12, 'SERVICE_UNAVAILABLE': 3 }. */
  errorKinds: Record<string, number>;
}

function once(options: LoadOptions, seconds: number): Promise<LoadResult> {
  if (options.signal?.aborted) return Promise.reject(new Error('load stopped'));
  const kinds = new Map<string, number>();
  const tally = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const { request } = options;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${options.origin}${request.path}`,
        connections: options.connections,
        duration: seconds,
        // A slow answer is a figure; only one that never comes is an error.
        timeout: 30,
        requests: [
          {
            method: request.method,
            path: request.path,
            headers: request.headers,
            body: request.body,
            ...(request.vary
              ? {
                  setupRequest: (base: autocannon.Request) => {
                    const varied = request.vary!();
                    return { ...base, path: varied.path ?? base.path, body: varied.body ?? base.body, headers: { ...base.headers, ...varied.headers } };
                  },
                }
              : {}),
            onResponse: (status: number, body: string, _context: object, headers: autocannon.Request['headers']) => {
              if (status < 200 || status > 299) {
                tally(`HTTP ${status}`);
                return;
              }
              // autocannon keeps the header names as the server wrote them (Content-Encoding, content-type).
              const named: Record<string, string | string[] | undefined> = {};
              for (const [name, value] of Object.entries(headers ?? {})) named[name.toLowerCase()] = value;
              const problem = options.check(body, named);
              if (problem) tally(problem);
            },
          },
        ],
      },
      (error, result) => {
        options.signal?.removeEventListener('abort', stop);
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const bad = [...kinds].filter(([kind]) => !kind.startsWith('HTTP ')).reduce((sum, [, n]) => sum + n, 0);
        if (result.errors) kinds.set(`connection errors and timeouts`, result.errors);
        const requests = result.requests.total;
        resolve({
          rps: result.duration > 0 ? requests / result.duration : 0,
          requests,
          sent: result.requests.sent,
          seconds: result.duration,
          p50Ms: requests ? result.latency.p50 : null,
          p99Ms: requests ? result.latency.p99 : null,
          errors: result.non2xx + result.errors + bad,
          errorKinds: Object.fromEntries(kinds),
        });
      },
    );
    const stop = () => instance.stop();
    options.signal?.addEventListener('abort', stop, { once: true });
  });
}

/** Warm-up (discarded), then the measured run. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) {
    await once(options, options.warmupSeconds);
    await options.settle?.();
  }
  return once(options, options.seconds);
}

/** A GraphQL answer's reason to count as an error: its first error code or message, or a missing field. */
export function graphqlProblem(body: string, has: (data: Record<string, unknown>) => boolean): string | null {
  let parsed: { data?: Record<string, unknown> | null; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return 'body is not JSON';
  }
  const first = parsed.errors?.[0];
  if (first) return `GraphQL ${first.extensions?.code ?? first.message ?? 'error'}`;
  if (!parsed.data || !has(parsed.data)) return 'answer without the expected data';
  return null;
}
