// @ts-check
/**
 * The page language a browser asks for in its Accept-Language, among the portal's two (decision
 * record 0039). Plain JavaScript because both the app (i18n/negotiate.ts) and the page cache
 * (page-cache.mjs, run by server.mjs without a build) must decide it the same way: the cache keys a
 * first-time visitor's page by it.
 *
 * The highest-weighted language the portal has wins (`id`, and its old code `in`, or `en`, any
 * region); on equal weights the earlier one; `q=0` means "not this one". Null when the header names
 * neither, and the caller serves Bahasa Indonesia.
 *
 * @param {string | null | undefined} header
 * @returns {'id' | 'en' | null}
 */
export function preferredLang(header) {
  if (!header) return null;
  /** @type {'id' | 'en' | null} */
  let best = null;
  let bestQ = 0;
  // A header is short; a long one is not a browser's and is read only as far as a browser's would go.
  for (const entry of header.slice(0, 512).split(',')) {
    const [tag = '', ...params] = entry.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const lang = primary === 'id' || primary === 'in' ? 'id' : primary === 'en' ? 'en' : null;
    if (!lang) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.trim().split('=');
      if (name?.trim().toLowerCase() === 'q') q = Number(value);
    }
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best;
}
