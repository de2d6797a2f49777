import { redactMessage } from './log-safe.js';

/**
 * The one plain line the API prints when it cannot start (decision record 0030): what went wrong
 * and what to do, for the person at the terminal, never a stack trace. An operator meets these
 * before anything else of Suara, often on the first try, so each common cause gets its own words;
 * anything else says what failed, its code, and where the full story is.
 */

interface Context {
  /** The external database, when one is configured (its address is shown without the password). */
  databaseUrl?: string;
  apiPort?: number;
}

/** Codes of a connection that never got to PostgreSQL, or was refused by it before any query. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
/** PostgreSQL's own refusals at connection time: bad password, no such role, no such database. */
const REFUSED: Record<string, string> = {
  '28P01': 'the password was refused',
  '28000': 'the user was refused',
  '3D000': 'the database does not exist',
};

/** The host and port of a postgres:// address, never its user or password. */
export function databaseAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname && parsed.pathname !== '/' ? parsed.pathname : ''}`;
  } catch {
    return 'the address in DATABASE_URL';
  }
}

function codeOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    // AggregateError (a host with several addresses): the first attempt's code.
    const first = (e as { errors?: unknown[] }).errors?.[0];
    if (first && typeof (first as { code?: unknown }).code === 'string') return (first as { code: string }).code;
  }
  return undefined;
}

/** One line, no newline in it: `Suara API could not start: <reason>`. */
export function startupFailureLine(error: unknown, context: Context = {}): string {
  return `Suara API could not start: ${startupReason(error, context)}`;
}

export function startupReason(error: unknown, { databaseUrl, apiPort }: Context = {}): string {
  const e = (error ?? {}) as Error & { code?: string; syscall?: string; port?: number; name?: string };
  const code = codeOf(error);
  if (e.name === 'ConfigError') {
    // "Invalid configuration:\n  KEY=value: why" → "KEY=value: why; …"
    const problems = String(e.message).split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
    return `the configuration is wrong (${problems.join('; ') || 'see README, Configuration'}): fix these variables in the environment (README.md, "Configuration").`;
  }
  if (e.name === 'EmbeddedStartError') return oneLine(e.message);
  if (e.syscall === 'listen' && code === 'EADDRINUSE') {
    return `port ${e.port ?? apiPort} is already in use by another program (another Suara?): stop it, or set API_PORT to a free port.`;
  }
  if (e.syscall === 'listen' && code === 'EACCES') {
    return `port ${e.port ?? apiPort} needs privileges this user does not have: set API_PORT to a port above 1023.`;
  }
  if (databaseUrl && code && (UNREACHABLE.has(code) || code in REFUSED)) {
    const what = REFUSED[code] ?? `no connection (${code})`;
    return `the database at ${databaseAddress(databaseUrl)} (DATABASE_URL) cannot be used: ${what}. Check that PostgreSQL runs there and accepts this user, or unset DATABASE_URL to use the embedded one.`;
  }
  // Its first line only: what follows may be a stack or a statement.
  const message = redactMessage(error instanceof Error ? error.message : String(error)).split('\n').find((l) => l.trim()) ?? '';
  return `${message.trim() || 'an unexpected error'}${code ? ` (${code})` : ''}. The lines above say what it was doing; LOG_LEVEL=debug says more.`;
}

function oneLine(text: string): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
}
