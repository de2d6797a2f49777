import type { id, MessageKey, Messages } from './id';

export type { MessageKey, Messages } from './id';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Bahasa Indonesia unless the citizen picks English: the portal serves Indonesian regions first. */
export const DEFAULT_LANG: Lang = 'id';

/** BCP 47 locales for Intl: numbers and plurals follow the page's language. */
export const LOCALES: { readonly [L in Lang]: string } = { id: 'id-ID', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Where a translator finds its texts (decision record 0043). On the server, the whole catalogues
 * (i18n/catalogues.server.ts installs them, and notes each text a page uses); in the browser, the
 * texts the server rendered the page with, then the page language's whole catalogue once something
 * asks for a text the page did not have (i18n/page-messages.ts). The catalogues are never part of
 * the browser's JavaScript bundle: both languages of every page weighed 68 KB gzipped of the rating
 * page's 173 KB.
 */
export interface MessageSource {
  text(lang: Lang, key: string): string | undefined;
  /** Server: every key starting with one of `prefixes` goes with the page being rendered. */
  include?(lang: Lang, prefixes: readonly string[]): void;
  /** Server: the texts the page being rendered has asked for so far. */
  pageTexts?(): PageTexts | undefined;
}

/** The texts one page's render asked for, by language; null for a key that is no message. */
export type PageTexts = Partial<Record<Lang, Record<string, string | null>>>;

let source: MessageSource = { text: () => undefined };

export function setMessageSource(next: MessageSource): void {
  source = next;
}

/**
 * Texts a page shows only once JavaScript runs (a progress line, a shortcut list, an error the form
 * finds before sending): called while rendering, it sends every key starting with one of `prefixes`
 * with the page, so the browser never waits for a catalogue to show them. Nothing in the browser.
 */
export function sendWithPage(lang: Lang, ...prefixes: string[]): void {
  source.include?.(lang, prefixes);
}

/** On the server, the texts the page being rendered has asked for so far; in the browser, undefined. */
export function renderedPageTexts(): PageTexts | undefined {
  return source.pageTexts?.();
}

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type ParamsOf<K extends MessageKey> = { [P in Placeholders<(typeof id)[K]>]: string | number };
/** A message with `{placeholders}` must be given them; one without takes no second argument. */
type ParamsArg<K extends MessageKey> = [Placeholders<(typeof id)[K]>] extends [never] ? [] : [params: ParamsOf<K>];
type PluralBase = { [K in MessageKey]: K extends `${infer B}.other` ? (`${B}.one` extends MessageKey ? B : never) : never }[MessageKey];

export interface Translator {
  readonly lang: Lang;
  <K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  /**
   * `<base>.one` or `<base>.other` by the language's plural rules, with `{count}` filled in (and any
   * other placeholders from `params`).
   */
  plural(base: PluralBase, count: number, params?: Record<string, string | number>): string;
  number(value: number): string;
  /** Whether `key` (built at run time, e.g. `category.${value}`) is a message: a text to show, not a code. */
  has(key: string): key is MessageKey;
}

const translators = new Map<Lang, Translator>();

/**
 * The translator of a language. One per language for the whole process: building Intl formatters
 * is costly (tens of microseconds each), and a page asks for a translator in every component.
 */
export function translator(lang: Lang): Translator {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = buildTranslator(lang)));
  return t;
}

function buildTranslator(lang: Lang): Translator {
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  const plurals = new Intl.PluralRules(LOCALES[lang]);
  // A text the browser does not have yet is empty for the moment its catalogue takes to arrive.
  const format = (key: string, params?: Record<string, string | number>): string =>
    (source.text(lang, key) ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  const t = ((key: MessageKey, params?: Record<string, string | number>) => format(key, params)) as Translator;
  Object.defineProperty(t, 'lang', { value: lang });
  t.plural = (base, count, params) => format(`${base}.${plurals.select(count) === 'one' ? 'one' : 'other'}`, { ...params, count });
  t.number = (value) => numbers.format(value);
  t.has = (key): key is MessageKey => source.text(lang, key) !== undefined;
  return t;
}

export type { Messages as Catalogue };
export type CatalogueSet = { readonly [L in Lang]: Messages };
