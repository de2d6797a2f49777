import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { callerOf, execute } from '../graphql/client.server';
import { useLang } from '../i18n/use-t';
import { rememberKioskToken } from '../kiosk/cookie.server';
import { kioskT } from '../kiosk/i18n';
import { pairKioskMutation } from '../kiosk/kiosk.server';
import { CODE_FIELD, normalizePairingCode } from '../kiosk/pairing-code';
import { PairingForm, type PairingProblem } from '../kiosk/pairing-form';
import kioskCss from '../kiosk/kiosk.css?url';
import { apiProblem, formOf } from '../utils/problems.server';

/**
 * `/kiosk/pasang?kode=K7M2-XW9P`: what the pairing QR code on /staf/kios opens. Showing it pairs
 * nothing (a link preview or a prefetch must not use up the code); the big button posts it. Pairing
 * stores the device token in the `suara_kiosk` cookie and goes to `/kiosk`, so neither the code nor
 * the token stays in the address bar or the history.
 */

export const handle = { layout: 'bare' };

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: kioskCss }];

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === 'root')?.data as { lang?: 'id' | 'en' } | undefined)?.lang ?? 'id';
  return [{ title: `${kioskT(lang)('pair.heading')} — Suara` }, { name: 'robots', content: 'noindex' }];
};

// No Referrer-Policy: no-referrer here: Chromium would then send `Origin: null` with the form's post, which the edge refuses.
const HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };

export function loader({ request }: LoaderFunctionArgs) {
  const given = new URL(request.url).searchParams.get(CODE_FIELD) ?? '';
  return data({ code: normalizePairingCode(given) ?? given.slice(0, 32).replaceAll('\u0000', '') }, { headers: HEADERS });
}

export const headers = () => HEADERS;

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await formOf(request);
  const typed = form.get(CODE_FIELD);
  const raw = typeof typed === 'string' ? typed : '';
  const code = normalizePairingCode(raw);
  const fail = (problem: PairingProblem, status: number) => data({ problem, code: raw.slice(0, 32).replaceAll('\u0000', '') }, { status, headers: HEADERS });
  if (!code) return fail({ kind: 'format' }, 400);
  const result = await execute(callerOf(request, context), pairKioskMutation, { code });
  if (result.ok) {
    throw redirect('/kiosk', { status: 303, headers: { ...HEADERS, 'Set-Cookie': await rememberKioskToken(result.data.pairKiosk.token, request) } });
  }
  switch (result.error.code) {
    case 'BAD_USER_INPUT':
      return fail({ kind: 'invalid' }, 400);
    case 'RATE_LIMITED':
      return fail({ kind: 'limited', minutes: Math.max(1, Math.ceil((result.error.retryAfterSeconds ?? 600) / 60)) }, 429);
    case 'SERVICE_UNAVAILABLE':
      return fail({ kind: 'unavailable' }, 503);
    default:
      return apiProblem(result.error);
  }
}

export default function PairPage() {
  const { code } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const lang = useLang();
  return <PairingForm lang={lang} code={failed?.code ?? code} confirm={!failed && code !== ''} problem={failed?.problem ?? null} unregistered={false} />;
}
