import { createCookie } from '@remix-run/node';
import { overHttps } from '../staff/session.server';

/**
 * The device token of a paired kiosk (decision record 0041): HttpOnly so no script on the page can
 * read it; SameSite=Strict and Path=/kiosk because only the kiosk's own pages and its sending route
 * ever need it; Secure whenever the portal was reached over HTTPS (the staff session's rule); 400 days,
 * the longest Chromium keeps a cookie, because a counter tablet is paired once and left alone.
 */
const kioskCookie = createCookie('suara_kiosk', { httpOnly: true, sameSite: 'strict', path: '/kiosk', maxAge: 400 * 24 * 60 * 60 });

/** A token as the API hands it out; anything else in the cookie is treated as no token. */
const TOKEN = /^[!-~]{16,512}$/;

export async function kioskTokenOf(request: Request): Promise<string | null> {
  const value: unknown = await kioskCookie.parse(request.headers.get('Cookie'));
  return typeof value === 'string' && TOKEN.test(value) ? value : null;
}

export function rememberKioskToken(token: string, request: Request): Promise<string> {
  return kioskCookie.serialize(token, { secure: overHttps(request) });
}

export function forgetKioskToken(request: Request): Promise<string> {
  return kioskCookie.serialize('', { secure: overHttps(request), maxAge: 0, expires: new Date(0) });
}
