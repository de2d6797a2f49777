import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import { DEFAULT_ANSWER_LIMITS, DEFAULT_LIMITS, type AnswerLimits, type OperationLimits } from './graphql/limit-defaults.js';

/**
 * Configuration comes from the environment only, checked once at start-up so that a wrong value
 * stops the process with the variable's name instead of failing later in a query.
 * Every variable is listed in README.md ("Configuration").
 */
const port = z.coerce.number().int().min(1).max(65535);
/**
 * TRUST_PROXY: comma-separated addresses, CIDRs (`10.0.0.0/8`, `fd00::/8`) and the names
 * `loopback`, `linklocal`, `uniquelocal` — the syntax of proxy-addr, which Express uses for
 * `trust proxy`; the portal reads the same variable the same way (portal/server.mjs).
 */
const trustList = z
  .string()
  .transform((v) => v.split(',').map((part) => part.trim()))
  .superRefine((parts, ctx) => {
    if (parts.some((part) => part === '')) {
      ctx.addIssue({ code: 'custom', message: 'must be comma-separated addresses, CIDRs or loopback/linklocal/uniquelocal, with no empty entry' });
      return;
    }
    try {
      proxyaddr.compile(parts);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `${error instanceof Error ? error.message : String(error)} (use addresses, CIDRs or loopback/linklocal/uniquelocal)` });
    }
  });

const postgresUrl = z
  .string()
  .trim()
  .min(1)
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// address');

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const configSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  SUARA_DATA_DIR: z.string().trim().min(1).default('.data'),
  /**
   * Only as root on the embedded database: where PostgreSQL's binaries (a copy) and data go when the
   * user `postgres` it runs as cannot reach the checkout or SUARA_DATA_DIR, e.g. a clone in /root
   * (decision record 0030). Persistent, not a temporary folder: the data lives there.
   */
  SUARA_SYSTEM_DIR: z.string().trim().min(1).default('/var/lib/suara'),
  SUARA_DEMO: flag.optional(),
  API_PORT: port.default(4000),
  API_HOST: z.string().trim().min(1).default('0.0.0.0'),
  /** Secret for staff tokens and the salted hashes of abuse signals; generated and kept in the database when unset. */
  SUARA_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SUARA_SUBMIT_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  /**
   * New forum threads and posts per client network (an IPv4 address or an IPv6 /64) per hour; 0 turns
   * the limit off. Every post waits for a moderator, so this bounds the queue one network can fill.
   */
  SUARA_FORUM_RATE_LIMIT: z.coerce.number().int().min(0).default(10),
  /**
   * Ratings per registered counter kiosk per hour, counted in the hour each was answered (CONTRACT.md,
   * "Counter kiosks"): a counter serves a citizen every few minutes, so 600 bounds a stolen token
   * without ever refusing a real queue. 0 turns the kiosk limit off.
   */
  SUARA_KIOSK_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /**
   * Ratings per client per hour when each one past SUARA_SUBMIT_RATE_LIMIT carries a solved proof of
   * work: the ceiling a farm of solvers meets. Default: ten times SUARA_SUBMIT_RATE_LIMIT.
   */
  SUARA_SUBMIT_HARD_LIMIT: z.coerce.number().int().min(1).optional(),
  /**
   * Connections the API keeps to PostgreSQL. No request ever holds one while it waits for another
   * (decision record 0007), so a small pool serves many concurrent requests.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /**
   * The PostgreSQL server itself, for what needs a session of its own: migrations and the demo load
   * (under a session advisory lock) and the catalogue's LISTEN. Only needed when DATABASE_URL goes
   * through a transaction pooler (PgBouncer in transaction mode), which breaks both; everything else
   * keeps using DATABASE_URL. Default: DATABASE_URL (decision record 0031).
   */
  DATABASE_URL_DIRECT: postgresUrl.optional(),
  /** Deprecated older name of DATABASE_URL_DIRECT (it covered the LISTEN only); still read when that is unset. */
  DATABASE_LISTEN_URL: postgresUrl.optional(),
  /**
   * Named prepared statements for the rating path (1). Set 0 behind PgBouncer older than 1.21 in
   * transaction mode, which cannot carry them; each rating statement is then parsed again.
   */
  DATABASE_PREPARED_STATEMENTS: flag.default(true),
  /**
   * How long public reads (satisfaction, the newest published comments) are reused, in ms. This
   * process's own writes show at once; other replicas' within this time. 0 turns it off.
   */
  /**
   * Open citizen reports at which a published comment or forum post is hidden at once, until a
   * moderator decides (logged as an action of the system).
   */
  SUARA_REPORT_HIDE_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(3),
  SUARA_READ_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /**
   * Minutes between the API's sweeps for published SKM reports whose period got late ratings (paper
   * questionnaires, a kiosk's queue): each such report gets a revised version (decision record 0026).
   * One process sweeps at a time (an advisory lock); 0 turns the sweep off.
   */
  SUARA_REPORT_REVISION_MINUTES: z.coerce.number().int().min(0).max(1440).default(10),
  /**
   * Months a citizen's personal data is kept, counted from submission (UU 27/2022, decision record
   * 0034): then a rating's contact address and the hashed network/device signals of ratings, forum
   * posts and reports are erased by a sweep in the API (hourly; `pnpm suara privacy:sweep` by hand).
   * Scores, comments and receipts stay.
   */
  SUARA_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /**
   * What one GraphQL operation may ask for, checked before anything runs (decision record 0011). The
   * defaults let every operation of the portal and of CONTRACT.md's clients pass several times over.
   */
  SUARA_QUERY_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULT_LIMITS.maxDepth),
  SUARA_QUERY_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_LIMITS.maxAliases),
  SUARA_QUERY_MAX_FIELDS: z.coerce.number().int().min(10).max(100_000).default(DEFAULT_LIMITS.maxFields),
  SUARA_QUERY_MAX_COST: z.coerce.number().int().min(100).max(100_000_000).default(DEFAULT_LIMITS.maxCost),
  SUARA_QUERY_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(DEFAULT_LIMITS.maxTokens),
  /** How long the API works on one request before answering SERVICE_UNAVAILABLE (below the portal's API_TIMEOUT_MS). */
  SUARA_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_ANSWER_LIMITS.timeoutMs),
  /** The largest answer the API sends; a larger one is replaced by a BAD_USER_INPUT error. */
  SUARA_RESPONSE_MAX_BYTES: z.coerce.number().int().min(10_000).max(1_000_000_000).default(DEFAULT_ANSWER_LIMITS.maxResponseBytes),
  /** How long a request waits for a free connection before it gets SERVICE_UNAVAILABLE. */
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  /**
   * The proxies whose X-Forwarded-For is believed (decision record 0013): the client's address is
   * found by walking the header from the nearest hop while hops are trusted. Loopback only by
   * default, so the portal on the same machine hands over each citizen's address while a client that
   * merely shares a private, container or office network cannot choose its own.
   */
  TRUST_PROXY: trustList.default(['loopback']),
  /**
   * Who may read /metrics (decision record 0032): the addresses and CIDRs a Prometheus scraper
   * connects from, in TRUST_PROXY's syntax. Loopback only by default. The connection's own address
   * counts, and a request that came through a proxy (X-Forwarded-For, Forwarded, X-Real-IP) is
   * refused whatever its address, so a reverse proxy on this machine does not open it to the world.
   */
  SUARA_METRICS_ALLOW: trustList.default(['loopback']),
  /** When set, /metrics also asks for `Authorization: Bearer <this>` (Prometheus: `authorization` in the scrape config). */
  SUARA_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Origins allowed to call the API from a browser (comma separated); the portal calls it server-side. */
  CORS_ORIGINS: z.string().default(''),
  /**
   * The portal's address as citizens and staff reach it (https://suara.example.go.id): the links in
   * notification e-mails point there, and it names the host in their Message-ID. The portal reads the
   * same variable (posters, its origin check): give both the same value.
   */
  PUBLIC_URL: z
    .string()
    .trim()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must be an http:// or https:// address')
    .transform((v) => v.replace(/\/+$/, ''))
    .default('http://localhost:3000'),
  /**
   * Where notification e-mails go out (decision record 0035): smtp://user:pass@host:587 (STARTTLS
   * when the server offers it) or smtps://user:pass@host:465. Unset: nothing is sent, the rows wait
   * in the outbox and staff see them on /staf/notifikasi.
   */
  SMTP_URL: z
    .string()
    .trim()
    .refine((v) => /^smtps?:\/\/[^/]/.test(v), 'must be an smtp:// or smtps:// address')
    .optional(),
  /** The From of notification e-mails; default `Suara <suara@HOST>` with the host of PUBLIC_URL. */
  SMTP_FROM: z.string().trim().min(3).max(320).optional(),
  /** Seconds between the notification worker's looks at the outbox (only with SMTP_URL). */
  SUARA_NOTIFY_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /**
   * Minutes between sweeps for published comments past their answer deadline, each of which gets one
   * notice to its unit's officers; one process sweeps at a time (an advisory lock); 0 turns it off.
   */
  SUARA_OVERDUE_SWEEP_MINUTES: z.coerce.number().int().min(0).max(1440).default(15),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError naming every wrong variable and why. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    // An empty variable (FOO= in a shell) means "not set", as in most twelve-factor apps.
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const parsed = configSchema
    .refine((c) => c.SUARA_SUBMIT_HARD_LIMIT === undefined || c.SUARA_SUBMIT_RATE_LIMIT === 0 || c.SUARA_SUBMIT_HARD_LIMIT >= c.SUARA_SUBMIT_RATE_LIMIT, {
      path: ['SUARA_SUBMIT_HARD_LIMIT'],
      message: 'must be at least SUARA_SUBMIT_RATE_LIMIT',
    })
    .safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '?');
      return `  ${key}=${JSON.stringify(cleaned[key] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The per-address limits of new ratings per hour: without and with a proof of work per rating. */
export function submitLimits(config: Config): { soft: number; hard: number; windowSeconds: number } {
  const soft = config.SUARA_SUBMIT_RATE_LIMIT;
  return { soft, hard: config.SUARA_SUBMIT_HARD_LIMIT ?? soft * 10, windowSeconds: 3600 };
}

/** The trust function of TRUST_PROXY, compiled once for every request's `clientAddress` (server.ts). */
export function trustedProxies(config: Config): (address: string, hop: number) => boolean {
  return proxyaddr.compile(config.TRUST_PROXY);
}

/** Who may read /metrics: SUARA_METRICS_ALLOW compiled once, and SUARA_METRICS_TOKEN. */
export function metricsAccess(config: Config): { allowed: (address: string, hop: number) => boolean; token: string | undefined } {
  return { allowed: proxyaddr.compile(config.SUARA_METRICS_ALLOW), token: config.SUARA_METRICS_TOKEN };
}

/** The operation limits of decision record 0011, as configured. */
export function operationLimits(config: Config): OperationLimits {
  return {
    maxDepth: config.SUARA_QUERY_MAX_DEPTH,
    maxAliases: config.SUARA_QUERY_MAX_ALIASES,
    maxFields: config.SUARA_QUERY_MAX_FIELDS,
    maxCost: config.SUARA_QUERY_MAX_COST,
    maxTokens: config.SUARA_QUERY_MAX_TOKENS,
  };
}

/** How long a request may run and how large its answer may be (decision record 0011). */
export function answerLimits(config: Config): AnswerLimits {
  return { timeoutMs: config.SUARA_QUERY_TIMEOUT_MS, maxResponseBytes: config.SUARA_RESPONSE_MAX_BYTES };
}

/** Demo data loads by default only on the embedded database (CONTRACT.md, configuration table). */
export function demoWanted(config: Config): boolean {
  return config.SUARA_DEMO ?? config.DATABASE_URL === undefined;
}
