import { useMemo } from 'react';
import { useRouteLoaderData } from '@remix-run/react';
import type { MetaArgs } from '@remix-run/node';
import { DEFAULT_LANG, isLang, translator, type Lang, type Translator } from './index';

function langOfRootData(data: unknown): Lang {
  const lang = (data as { lang?: unknown } | undefined)?.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** The page's language, as the root loader chose it (Indonesian when it could not run). */
export function useLang(): Lang {
  return langOfRootData(useRouteLoaderData('root'));
}

export function useT(): Translator {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}

/** The translator for a route's `meta` function, which cannot use hooks. */
export function metaTranslator(matches: MetaArgs['matches']): Translator {
  return translator(langOfRootData(matches.find((m) => m.id === 'root')?.data));
}
