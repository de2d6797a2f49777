import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { callerOf, execute } from '../graphql/client.server';
import { forbidden, STAFF_HEADERS } from '../staff/guard.server';
import { formOf } from '../utils/problems.server';
import { csrfMatches, CSRF_FIELD, destroySession, getSession } from '../staff/session.server';
import { logoutMutation } from '../staff/staff.server';

/**
 * `/keluar`: sign-out, POST only (a link or an image on another page must not sign anyone out). The
 * API ends this token's session; the cookie is destroyed whatever the API answered, so a staff member
 * on a shared computer is signed out of the portal even when the API cannot be reached.
 */

export async function loader(_: LoaderFunctionArgs) {
  throw redirect('/staf', { status: 303, headers: STAFF_HEADERS });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await getSession(request);
  const form = await formOf(request);
  const token = session.get('token');
  if (token) {
    if (!csrfMatches(session.get('csrf'), form.get(CSRF_FIELD))) forbidden();
    await execute({ ...callerOf(request, context), token }, logoutMutation);
  }
  const headers = new Headers(STAFF_HEADERS);
  headers.append('Set-Cookie', await destroySession(session, request));
  return redirect('/masuk?alasan=keluar', { status: 303, headers });
}
