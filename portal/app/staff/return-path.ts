/**
 * Where `/masuk?ke=…` may send a staff member after signing in: a path of this portal only. Anything
 * else — an absolute URL, a protocol-relative `//host`, a backslash that browsers read as a slash,
 * control characters — would let a link to our sign-in page forward a fresh session to another site
 * (an open redirect), so it falls back to the staff home.
 */
export const STAFF_HOME = '/staf';

export function safeReturnPath(value: string | null | undefined, fallback = STAFF_HOME): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  // Browsers treat `\` like `/` in http URLs (`/\evil.example`), and strip tabs and newlines.
  if (value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://portal.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'http://portal.invalid') return fallback;
  // Never back to the sign-in or sign-out pages themselves.
  if (url.pathname === '/masuk' || url.pathname === '/keluar') return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
