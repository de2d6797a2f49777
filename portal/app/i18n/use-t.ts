import { useSyncExternalStore } from 'react';
import { useRouteLoaderData } from '@remix-run/react';
import type { MetaArgs } from '@remix-run/node';
import { DEFAULT_LANG, isLang, translator, type Lang, type MessageKey, type Translator } from './index';
import { FORM_ERRORS_FLAG } from '../utils/form-errors';
import { subscribeToTexts, textsVersion } from './page-texts';

function langOfRootData(data: unknown): Lang {
  const lang = (data as { lang?: unknown } | undefined)?.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** The page's language, as the root loader chose it (Indonesian when it could not run). */
export function useLang(): Lang {
  return langOfRootData(useRouteLoaderData('root'));
}

/**
 * The page language's translator. A component that translates renders again when a catalogue the
 * page did not bring arrives (i18n/page-texts.ts); on the server and while hydrating, nothing changes.
 */
export function useT(): Translator {
  const lang = useLang();
  useSyncExternalStore(subscribeToTexts, textsVersion, serverTextsVersion);
  return translator(lang);
}

const serverTextsVersion = () => 0;

const erring = new Map<Lang, Translator>();

/**
 * The translator for a route's `meta` function, which cannot use hooks. On a page that shows form
 * errors (utils/form-errors.tsx sets the flag) its `meta.title` begins "Galat: " / "Error: ".
 */
export function metaTranslator(matches: MetaArgs['matches']): Translator {
  const data = matches.find((m) => m.id === 'root')?.data;
  const t = translator(langOfRootData(data));
  if (!(data as Record<string, unknown> | undefined)?.[FORM_ERRORS_FLAG]) return t;
  let withPrefix = erring.get(t.lang);
  if (!withPrefix) {
    const prefixed = ((key: MessageKey, ...params: never[]) =>
      key === 'meta.title' ? t('meta.titleWithErrors', ...(params as [never])) : t(key, ...(params as [never]))) as Translator;
    Object.defineProperty(prefixed, 'lang', { value: t.lang });
    prefixed.plural = t.plural;
    prefixed.number = t.number;
    prefixed.has = t.has;
    erring.set(t.lang, (withPrefix = prefixed));
  }
  return withPrefix;
}
