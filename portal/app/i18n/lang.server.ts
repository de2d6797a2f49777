import { LANG_QUERY, langCookie, negotiateLang, type LangChoice } from './negotiate';
import type { Lang } from './index';

/** The language of this request (see negotiateLang for the order of precedence). */
export function langOf(request: Request): LangChoice {
  return negotiateLang(new URL(request.url).searchParams.get(LANG_QUERY), request.headers.get('Cookie'), request.headers.get('Accept-Language'));
}

/** Set-Cookie for remembering `lang`; Secure whenever the citizen reached us over HTTPS. */
export function rememberLang(lang: Lang, request: Request): string {
  return langCookie(lang, { secure: new URL(request.url).protocol === 'https:' });
}
