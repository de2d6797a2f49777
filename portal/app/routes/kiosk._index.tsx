import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { callerOf, execute } from '../graphql/client.server';
import { useLang } from '../i18n/use-t';
import { forgetKioskToken, kioskTokenOf } from '../kiosk/cookie.server';
import { kioskT } from '../kiosk/i18n';
import { KioskApp } from '../kiosk/kiosk-app';
import { currentKioskQuery } from '../kiosk/kiosk.server';
import { PairingForm } from '../kiosk/pairing-form';
import kioskCss from '../kiosk/kiosk.css?url';
import { apiProblem } from '../utils/problems.server';

/**
 * `/kiosk`: the counter tablet. Paired (a `suara_kiosk` cookie the API still knows), the kiosk with
 * its unit's services; otherwise the pairing form. The whole survey runs on this one page in client
 * state, so the copy the service worker keeps is all the tablet needs offline.
 */

export const handle = { layout: 'bare' };

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: kioskCss }];

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === 'root')?.data as { lang?: 'id' | 'en' } | undefined)?.lang ?? 'id';
  return [{ title: `${kioskT(lang)('title')} — Suara` }, { name: 'robots', content: 'noindex' }];
};

// The page carries one device's data: nobody in between keeps it (the service worker keeps its own copy).
const HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = await kioskTokenOf(request);
  if (!token) return data({ kiosk: null, unregistered: false }, { headers: HEADERS });
  const result = await execute({ ...callerOf(request, context), kioskToken: token }, currentKioskQuery);
  if (!result.ok && result.error.code !== 'UNAUTHENTICATED') apiProblem(result.error);
  const kiosk = result.ok ? result.data.currentKiosk : null;
  if (!kiosk) {
    // Revoked or re-paired elsewhere: the token is no good. The queue on the tablet is kept.
    return data({ kiosk: null, unregistered: true }, { headers: { ...HEADERS, 'Set-Cookie': await forgetKioskToken(request) } });
  }
  const view = {
    label: kiosk.label,
    unitName: kiosk.unit.name,
    timeZone: kiosk.unit.region.timeZone,
    services: kiosk.services.map((s) => ({ id: s.id, slug: s.slug, name: s.name })),
  };
  return data({ kiosk: view, unregistered: false }, { headers: HEADERS });
}

export const headers = () => HEADERS;

export default function KioskPage() {
  const { kiosk, unregistered } = useLoaderData<typeof loader>();
  const lang = useLang();
  if (!kiosk) return <PairingForm lang={lang} code="" confirm={false} problem={null} unregistered={unregistered} />;
  // Every citizen starts in Bahasa Indonesia (issue 12), whatever language the tablet's browser asks
  // for; the toggle on the screen switches one citizen's survey, and the reset switches back.
  return <KioskApp kiosk={kiosk} initialLang="id" />;
}
