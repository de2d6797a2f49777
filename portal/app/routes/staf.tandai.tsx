import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { TAG_FIELD } from '../staff/competency-tags';
import { forbidden, requireStaff, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { safeReturnPath } from '../staff/return-path';
import { hasRole } from '../staff/roles';
import { tagMutation, untagMutation } from '../staff/tags.server';

/**
 * `POST /staf/tandai`: tag a comment or forum post with a competency, or remove a tag (MODERATOR and
 * HR of its region, ADMIN — the API decides). One action for every page that shows the tagging form;
 * it returns to the page it came from, at the item.
 */

const ID_MAX = 100;

/** Nothing to show by GET: the form lives on the queue and the HR pages. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireStaff(request, context);
  return redirect('/staf', { status: 303, headers: STAFF_HEADERS });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request, context);
  if (!hasRole(staff.user.roles, 'MODERATOR', 'HR', 'ADMIN')) forbidden();
  const form = await staffForm(request, staff);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const back = safeReturnPath(text(TAG_FIELD.back));
  const itemId = text(TAG_FIELD.item);
  const competencyId = text(TAG_FIELD.competency);
  const intent = text(TAG_FIELD.intent);
  if (!itemId || itemId.length > ID_MAX || competencyId.length > ID_MAX || (intent !== 'tandai' && intent !== 'hapus')) {
    return data({ problem: 'invalid' as const, back }, { status: 400, headers: STAFF_HEADERS });
  }
  if (!competencyId) return data({ problem: 'choose' as const, back }, { status: 400, headers: STAFF_HEADERS });
  const result = intent === 'tandai' ? await execute(staff.caller, tagMutation, { itemId, competencyId }) : await execute(staff.caller, untagMutation, { itemId, competencyId });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    const status = result.error.code === 'FORBIDDEN' ? 403 : result.error.code === 'NOT_FOUND' ? 404 : result.error.code === 'BAD_USER_INPUT' ? 400 : 503;
    return data({ problem: 'refused' as const, message: status === 503 ? null : result.error.message, back }, { status, headers: STAFF_HEADERS });
  }
  const target = new URL(back, 'http://portal.invalid');
  target.hash = `kiriman-${itemId}`;
  return redirect(`${target.pathname}${target.search}${target.hash}`, { status: 303, headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('tags.refused.title') }) }, { name: 'robots', content: 'noindex' }];
};

/** Shown only when a tag was refused: what went wrong, and the way back. */
export default function TagRefused() {
  const t = useT();
  const refused = useActionData<typeof action>();
  const message = refused && 'message' in refused && refused.message ? refused.message : refused?.problem === 'choose' ? t('tags.refused.choose') : t('form.error.unavailable');
  return (
    <>
      <h1>{t('tags.refused.title')}</h1>
      <p className="notice notice--error" role="alert">
        {message}
      </p>
      <p>
        <Link to={refused?.back ?? '/staf'}>{t('tags.refused.back')}</Link>
      </p>
    </>
  );
}
