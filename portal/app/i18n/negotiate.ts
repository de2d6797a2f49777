import { preferredLang } from '../../accept-language.mjs';
import { DEFAULT_LANG, isLang, type Lang } from './index';

export const LANG_COOKIE = 'lang';
export const LANG_QUERY = 'lang';

export interface LangChoice {
  lang: Lang;
  /** True when the choice came from the query and the cookie should now remember it. */
  remember: boolean;
}

/**
 * Which language to serve: `?lang=` first (a shared link or a poster can force it), then the `lang`
 * cookie (the switch in the header), then on a first visit the browser's Accept-Language (a browser
 * that asks for English gets English; one that lists Indonesian, or neither, gets Indonesian), then
 * Bahasa Indonesia. The language read from the browser is not remembered: the cookie is kept for a
 * choice the citizen made (decision record 0039, which replaced "Accept-Language is ignored").
 */
export function negotiateLang(query: string | null | undefined, cookieHeader: string | null | undefined, acceptLanguage?: string | null): LangChoice {
  const fromCookie = readCookie(cookieHeader, LANG_COOKIE);
  const fromQuery = query?.trim().toLowerCase();
  if (isLang(fromQuery)) return { lang: fromQuery, remember: fromQuery !== fromCookie };
  if (isLang(fromCookie)) return { lang: fromCookie, remember: false };
  return { lang: preferredLang(acceptLanguage) ?? DEFAULT_LANG, remember: false };
}

/** One cookie's value from a Cookie header; null when absent. */
export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return null;
}

/** A Set-Cookie value remembering the language for a year, for the whole site. */
export function langCookie(lang: Lang, { secure }: { secure: boolean }): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`;
}

/** A stand-in origin to resolve paths against: only whether a path stays on it matters. */
const THIS_SITE = 'http://suara.invalid';

/**
 * Where to send the citizen back after switching language: only a path on this site, and without
 * `?lang=`, which would override the new choice. The target is judged after URL normalisation, as a
 * browser would resolve it: `/.//evil.example`, `/a/..//evil.example`, `/%2e//evil.example` and
 * `/./\evil.example` all become `//evil.example`, which a browser reads as another host.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(value, THIS_SITE);
  } catch {
    return fallback;
  }
  // `//host/…`, `/\host/…` and anything with a scheme resolve elsewhere.
  if (url.origin !== THIS_SITE) return fallback;
  url.searchParams.delete(LANG_QUERY);
  const path = `${url.pathname}${url.search}${url.hash}`;
  // What is sent must itself be a path on this site: one slash, then neither a slash nor a backslash.
  if (!/^\/(?![/\\])/.test(path) || new URL(path, THIS_SITE).origin !== THIS_SITE) return fallback;
  return path;
}
