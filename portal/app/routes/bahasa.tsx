import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { z } from 'zod/mini';
import { LANGS } from '../i18n';
import { rememberLang } from '../i18n/lang.server';
import { safeReturnPath } from '../i18n/negotiate';
import { formOf } from '../utils/problems.server';

/** The language switch in the header posts here (components/site-header.tsx). */
const languageFormSchema = z.object({
  lang: z.enum(LANGS),
  redirectTo: z.optional(z.string().check(z.maxLength(2048))),
});

export async function action({ request }: ActionFunctionArgs) {
  const form = await formOf(request);
  const parsed = languageFormSchema.safeParse({ lang: form.get('lang'), redirectTo: form.get('redirectTo') ?? undefined });
  if (!parsed.success) {
    return new Response('Bahasa tidak dikenal / Unknown language', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return redirect(safeReturnPath(parsed.data.redirectTo), {
    status: 303,
    headers: { 'Set-Cookie': rememberLang(parsed.data.lang, request) },
  });
}

/** Someone who opens /bahasa directly lands on the home page, in the language asked for if any. */
export function loader({ request }: LoaderFunctionArgs) {
  const lang = new URL(request.url).searchParams.get('lang');
  return redirect(lang && (LANGS as readonly string[]).includes(lang) ? `/?lang=${lang}` : '/');
}
