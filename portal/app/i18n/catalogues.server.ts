import { AsyncLocalStorage } from 'node:async_hooks';
import { en } from './en';
import { id } from './id';
import { setMessageSource, type CatalogueSet, type Lang, type PageTexts } from './index';

/** Both languages' whole catalogues: the server renders any page in either. */
export const CATALOGUES: CatalogueSet = { id, en };

const rendering = new AsyncLocalStorage<PageTexts>();

const byPrefix = new Map<string, Readonly<Record<string, string>>>();
/** A language's texts whose keys start with `prefix`: found once, as every rating page render asks again. */
function textsStartingWith(lang: Lang, prefix: string): Readonly<Record<string, string>> {
  let found = byPrefix.get(`${lang}:${prefix}`);
  if (!found) {
    found = Object.fromEntries(Object.entries(CATALOGUES[lang]).filter(([key]) => key.startsWith(prefix)));
    byPrefix.set(`${lang}:${prefix}`, found);
  }
  return found;
}

// Importing this module (entry.server.tsx, the unit tests' setup) gives every translator the
// catalogues, and notes the texts of the page being rendered.
setMessageSource({
  text(lang, key) {
    const text = Object.hasOwn(CATALOGUES[lang], key) ? CATALOGUES[lang][key as keyof typeof id] : undefined;
    const page = rendering.getStore();
    if (page) (page[lang] ??= {})[key] = text ?? null;
    return text;
  },
  include(lang, prefixes) {
    const page = rendering.getStore();
    if (!page) return;
    Object.assign((page[lang] ??= {}), ...prefixes.map((prefix) => textsStartingWith(lang, prefix)));
  },
  pageTexts: () => rendering.getStore(),
});

/**
 * Runs a page's render noting every text it asks for (entry.server.tsx), so that the page carries
 * exactly those to the browser (components/page-texts.tsx) instead of the catalogues in its
 * JavaScript. The render's own asynchronous steps stay inside: AsyncLocalStorage follows them.
 */
export function recordingPageTexts<T>(render: () => T): T {
  return rendering.run({}, render);
}
