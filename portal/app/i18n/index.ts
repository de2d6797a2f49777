import { en } from './en';
import { id, type MessageKey, type Messages } from './id';

export type { MessageKey, Messages } from './id';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Bahasa Indonesia unless the citizen picks English: the portal serves Indonesian regions first. */
export const DEFAULT_LANG: Lang = 'id';

export const CATALOGUES: { readonly [L in Lang]: Messages } = { id, en };

/** BCP 47 locales for Intl: numbers and plurals follow the page's language. */
export const LOCALES: { readonly [L in Lang]: string } = { id: 'id-ID', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(id, key);
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
  const messages = CATALOGUES[lang];
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  const plurals = new Intl.PluralRules(LOCALES[lang]);
  const format = (key: MessageKey, params?: Record<string, string | number>): string =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  const t = ((key: MessageKey, params?: Record<string, string | number>) => format(key, params)) as Translator;
  Object.defineProperty(t, 'lang', { value: lang });
  t.plural = (base, count, params) => format(`${base}.${plurals.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, { ...params, count });
  t.number = (value) => numbers.format(value);
  return t;
}
