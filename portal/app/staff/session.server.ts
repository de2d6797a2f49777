import { createHmac, randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { createCookieSessionStorage, type Session } from '@remix-run/node';

/**
 * The staff session: a signed cookie holding the API token, its expiry and a CSRF token (DESIGN.md:
 * sessions are cookies holding the API token, so replicas share nothing). httpOnly so no script can
 * read the token; SameSite=Lax so another site's form cannot carry it on a POST; Secure whenever
 * the request came over HTTPS (Express's `req.protocol`, which believes X-Forwarded-Proto only from
 * a proxy TRUST_PROXY trusts, becomes the Remix request's URL scheme).
 */

export const SESSION_COOKIE = 'suara_staf';

export interface StaffSessionData {
  token: string;
  /** ISO date-time at which the API stops accepting the token. */
  expiresAt: string;
  csrf: string;
}

type Env = Record<string, string | undefined>;

/**
 * The key that signs session cookies: SESSION_SECRET as given; else one derived from SUARA_SECRET
 * (HMAC with a purpose label, so the API's uses of that secret and this one never share a key);
 * else a random key for this process, with a warning — sessions then end when the portal restarts
 * and do not work across replicas.
 */
export function sessionSecret(env: Env = process.env, warn: (line: string) => void = console.warn): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  if (env.SUARA_SECRET) return createHmac('sha256', env.SUARA_SECRET).update('suara-portal-session-cookie').digest('base64url');
  warn('[portal] Neither SESSION_SECRET nor SUARA_SECRET is set: staff sessions are signed with a key made at start and end when the portal restarts.');
  return randomBytes(32).toString('base64url');
}

let storage: ReturnType<typeof createCookieSessionStorage<StaffSessionData>> | undefined;

function sessionStorage() {
  storage ??= createCookieSessionStorage<StaffSessionData>({
    cookie: { name: SESSION_COOKIE, httpOnly: true, sameSite: 'lax', path: '/', secrets: [sessionSecret()] },
  });
  return storage;
}

/** Whether the cookie must be Secure: the request reached the portal over HTTPS (directly or via a trusted proxy). */
export function overHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:';
}

export function getSession(request: Request): Promise<Session<StaffSessionData>> {
  return sessionStorage().getSession(request.headers.get('Cookie'));
}

/** Set-Cookie for this session; it lives as long as the API token, never longer. */
export function commitSession(session: Session<StaffSessionData>, request: Request): Promise<string> {
  const expiresAt = session.get('expiresAt');
  const expires = expiresAt ? new Date(expiresAt) : undefined;
  return sessionStorage().commitSession(session, { secure: overHttps(request), ...(expires && !Number.isNaN(expires.getTime()) ? { expires } : {}) });
}

export function destroySession(session: Session<StaffSessionData>, request: Request): Promise<string> {
  return sessionStorage().destroySession(session, { secure: overHttps(request) });
}

/** A fresh CSRF token: 32 random bytes. */
export const newCsrfToken = () => randomBytes(32).toString('base64url');

/** The session's CSRF token, made (and stored in the session, to be committed) when it has none. */
export function csrfTokenOf(session: Session<StaffSessionData>): { token: string; created: boolean } {
  const existing = session.get('csrf');
  if (existing) return { token: existing, created: false };
  const token = newCsrfToken();
  session.set('csrf', token);
  return { token, created: true };
}

export { CSRF_FIELD } from './csrf';

/**
 * Whether the token posted with a form is the session's, compared in constant time (hashes of both,
 * so even the lengths leak nothing). The second check after security.mjs's Origin check: a page of
 * another site can neither read the token nor make a browser send it.
 */
export function csrfMatches(expected: string | null | undefined, posted: unknown): boolean {
  if (!expected || typeof posted !== 'string' || posted === '') return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(posted).digest();
  return timingSafeEqual(a, b);
}

/** Whether the session's API token has expired (or its expiry cannot be read), with a minute to spare. */
export function tokenExpired(expiresAt: string | undefined, now = Date.now()): boolean {
  if (!expiresAt) return true;
  const at = Date.parse(expiresAt);
  return Number.isNaN(at) || at - 60_000 <= now;
}
