import { data, redirect, type AppLoadContext, type HeadersFunction, type Session } from '@remix-run/node';
import { passOnHeaders } from '../utils/headers';
import { callerOf, execute, type ApiCaller, type ApiError } from '../graphql/client.server';
import { apiProblem, formOf } from '../utils/problems.server';
import type { Grant, StaffPage } from './roles';
import { mayOpen } from './roles';
import { csrfMatches, CSRF_FIELD, destroySession, getSession, tokenExpired, type StaffSessionData } from './session.server';
import { meQuery } from './staff.server';

/** The headers of every staff page and answer: never stored by any cache, never indexed. */
export const STAFF_HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } as const;

export const PASSWORD_PAGE = '/staf/kata-sandi';

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  mustChangePassword: boolean;
  roles: Grant[];
}

export interface Staff {
  user: StaffUser;
  /** Calls the API as this staff member. */
  caller: ApiCaller;
  csrf: string;
  session: Session<StaffSessionData>;
  /** Active demo accounts whose password is public (`suara-demo`); above 0, every staff page warns. */
  publicPasswordAccounts: number;
}

/** Why the sign-in page is shown instead: `/masuk?alasan=…`. */
export type SignInReason = 'expired' | 'signedOut';

/** `/masuk` with where to come back to and why, as a redirect that also clears the dead session. */
export async function toSignIn(request: Request, session: Session<StaffSessionData> | null, reason: SignInReason | null): Promise<never> {
  const url = new URL(request.url);
  const params = new URLSearchParams();
  // Only a page (GET) is worth coming back to; after a POST the staff member starts from its page.
  const back = request.method === 'GET' ? `${url.pathname}${url.search}` : url.pathname;
  params.set('ke', back);
  if (reason) params.set('alasan', reason === 'expired' ? 'sesi-berakhir' : 'keluar');
  const headers = new Headers(STAFF_HEADERS);
  if (session) headers.append('Set-Cookie', await destroySession(session, request));
  throw redirect(`/masuk?${params}`, { status: 303, headers });
}

const cache = new WeakMap<Request, Promise<Staff>>();

/**
 * The signed-in staff member of this request, or a redirect to `/masuk` (no session, an expired or
 * revoked token), or to the password page while the API requires a new password. Every staff
 * loader and action starts here; the API still checks each call's role and scope itself.
 */
export function requireStaff(request: Request, context: AppLoadContext | undefined): Promise<Staff> {
  let found = cache.get(request);
  if (!found) {
    found = loadStaff(request, context);
    cache.set(request, found);
  }
  return found;
}

async function loadStaff(request: Request, context: AppLoadContext | undefined): Promise<Staff> {
  const session = await getSession(request);
  const token = session.get('token');
  if (!token) return toSignIn(request, null, null);
  if (tokenExpired(session.get('expiresAt'))) return toSignIn(request, session, 'expired');
  const caller: ApiCaller = { ...callerOf(request, context), token };
  const result = await execute(caller, meQuery);
  if (!result.ok) {
    if (result.error.code === 'UNAUTHENTICATED') return toSignIn(request, session, 'expired');
    return apiProblem(result.error);
  }
  const me = result.data.me;
  if (!me) return toSignIn(request, session, 'expired');
  const user: StaffUser = { ...me, roles: me.roles.map((g) => ({ role: g.role, region: g.region ?? null, unit: g.unit ?? null })) };
  if (user.mustChangePassword && new URL(request.url).pathname !== PASSWORD_PAGE) {
    throw redirect(PASSWORD_PAGE, { status: 303, headers: STAFF_HEADERS });
  }
  // Every session gets its CSRF token at sign-in; one without is not one of ours.
  const csrf = session.get('csrf');
  if (!csrf) return toSignIn(request, session, 'expired');
  return { user, caller, csrf, session, publicPasswordAccounts: result.data.publicPasswordAccounts };
}

/** The staff member, refused with 403 unless one of their roles opens this page. */
export async function requirePage(request: Request, context: AppLoadContext | undefined, page: StaffPage): Promise<Staff> {
  const staff = await requireStaff(request, context);
  if (!mayOpen(staff.user.roles, page)) forbidden();
  return staff;
}

export function forbidden(): never {
  throw data({ problem: 'forbidden' }, { status: 403, headers: STAFF_HEADERS });
}

/**
 * The posted form of a staff action, after the second CSRF check: the token in the hidden field must
 * be this session's (security.mjs already refused other origins). A mismatch is 403, never an action.
 */
export async function staffForm(request: Request, staff: Staff): Promise<FormData> {
  const form = await formOf(request);
  if (!csrfMatches(staff.csrf, form.get(CSRF_FIELD))) forbidden();
  return form;
}

/** An API answer that means the session is no good any more sends the staff member to sign in again. */
export async function unlessSignedOut(request: Request, staff: Staff, error: ApiError): Promise<void> {
  if (error.code === 'UNAUTHENTICATED') await toSignIn(request, staff.session, 'expired');
  if (error.code === 'FORBIDDEN' && error.reason === 'PASSWORD_CHANGE_REQUIRED') throw redirect(PASSWORD_PAGE, { status: 303, headers: STAFF_HEADERS });
}

/**
 * Every staff route's `headers`: what its loader, action or error set, and always no-store and
 * noindex, so that no browser, proxy or the portal's own page cache keeps a staff page.
 */
export const staffHeaders: HeadersFunction = (args) => {
  const headers = new Headers(passOnHeaders(args));
  for (const [name, value] of Object.entries(STAFF_HEADERS)) headers.set(name, value);
  return headers;
};
