import { setMessageSource, type Lang, type Messages, type PageTexts } from './index';

/**
 * The browser's side of decision record 0043: a page's texts come with the page, as data (the
 * `suara-texts` block components/page-texts.tsx renders), not in the JavaScript bundle. A text the
 * page did not bring (a page reached by a link after the first, a language not yet seen) loads the
 * page language's whole catalogue once — its own chunk, cached for a year like every asset — and every
 * component that translates renders again when it has arrived.
 */
export const PAGE_TEXTS_ID = 'suara-texts';

const inBrowser = typeof document !== 'undefined';
const initialJson = inBrowser ? (document.getElementById(PAGE_TEXTS_ID)?.textContent ?? '{}') : '{}';
const page: PageTexts = parse(initialJson);
const whole = new Map<Lang, Messages>();
const loading = new Set<Lang>();
const listeners = new Set<() => void>();
let version = 0;

function parse(json: string): PageTexts {
  try {
    return JSON.parse(json) as PageTexts;
  } catch {
    return {};
  }
}

function loadWhole(lang: Lang): void {
  if (whole.has(lang) || loading.has(lang)) return;
  loading.add(lang);
  const catalogue = lang === 'en' ? import('./en').then((m) => m.en) : import('./id').then((m) => m.id);
  catalogue.then(
    (messages) => {
      whole.set(lang, messages);
      loading.delete(lang);
      version++;
      // Tests read this: whether a page had to fetch a whole catalogue.
      document.documentElement.dataset.wholeCatalogue = [...whole.keys()].join(' ');
      for (const listener of listeners) listener();
    },
    // Offline or a new deployment: the next text asked for tries again.
    () => loading.delete(lang),
  );
}

if (inBrowser) {
  setMessageSource({
    text(lang, key) {
      const given = page[lang]?.[key];
      if (given !== undefined) return given ?? undefined;
      const messages = whole.get(lang);
      if (messages) return Object.hasOwn(messages, key) ? messages[key as keyof Messages] : undefined;
      loadWhole(lang);
      return undefined;
    },
  });
}

/** The block as the server sent it: rendered again unchanged while the page lives. */
export const initialPageTextsJson = (): string => initialJson;

/** For useSyncExternalStore: components that translate render again when a catalogue arrives. */
export function subscribeToTexts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const textsVersion = (): number => version;

/**
 * Starts loading the page language's whole catalogue before it is needed: a link to another page is
 * being followed, whose texts this page did not bring (root.tsx).
 */
export function prepareTextsFor(lang: Lang): void {
  if (inBrowser) loadWhole(lang);
}
