import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { useState, type FormEvent } from 'react';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requireStaff, STAFF_HEADERS, staffForm, staffHeaders, toSignIn } from '../staff/guard.server';
import { PASSWORD_FIELD, readChangePassword, validateChangePassword, type FieldProblem, type PasswordField } from '../staff/forms';
import { byField, CsrfField, ErrorSummary, Field } from '../staff/form-ui';
import { commitSession } from '../staff/session.server';
import { changePasswordMutation } from '../staff/staff.server';
import { useStaff } from '../staff/use-staff';

/**
 * `/staf/kata-sandi`: change one's password. While the API requires a new password (a temporary one
 * from an admin), every staff page sends the staff member here first (guard.server.ts).
 */

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireStaff(request, context);
  return data(null, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

/** The API's names of the fields, as places in this form. */
const API_FIELD: Record<string, PasswordField> = { currentPassword: 'current', newPassword: 'next' };

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireStaff(request, context);
  const form = await staffForm(request, staff);
  const refused = (status: number, problems: FieldProblem<PasswordField>[]) => data({ problems }, { status, headers: STAFF_HEADERS });
  const checked = validateChangePassword(readChangePassword(form));
  if (!checked.ok) return refused(400, checked.problems);
  const result = await execute(staff.caller, changePasswordMutation, { currentPassword: checked.value.current, newPassword: checked.value.next });
  if (!result.ok) {
    const { error } = result;
    if (error.code === 'BAD_USER_INPUT') {
      const problems = error.fields.map((f) => ({ field: API_FIELD[f.field] ?? null, message: f.message }));
      return refused(400, problems.length ? problems : [{ field: null, message: error.message }]);
    }
    if (error.code === 'UNAUTHENTICATED') return toSignIn(request, staff.session, 'expired');
    if (error.code === 'FORBIDDEN' || error.code === 'RATE_LIMITED') return refused(error.code === 'FORBIDDEN' ? 403 : 429, [{ field: 'current', message: error.message }]);
    return refused(error.code === 'SERVICE_UNAVAILABLE' ? 503 : 500, [{ field: null, key: error.code === 'SERVICE_UNAVAILABLE' ? 'form.error.unavailable' : 'form.error.unexpected' }]);
  }
  // The API ended every other session and gave this one a new token.
  staff.session.set('token', result.data.changePassword.token);
  staff.session.set('expiresAt', result.data.changePassword.expiresAt);
  const headers = new Headers(STAFF_HEADERS);
  headers.append('Set-Cookie', await commitSession(staff.session, request));
  return redirect('/staf?sandi=diganti', { status: 303, headers });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('password.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function ChangePassword() {
  const { user, csrf } = useStaff();
  const answer = useActionData<typeof action>();
  const t = useT();
  const [browserProblems, setBrowserProblems] = useState<FieldProblem<PasswordField>[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const problems = browserProblems ?? answer?.problems ?? [];
  const fields = byField(problems);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const checked = validateChangePassword(readChangePassword(new FormData(event.currentTarget)));
    if (!checked.ok) {
      event.preventDefault();
      setBrowserProblems(checked.problems);
      setAttempt((n) => n + 1);
    } else setBrowserProblems(null);
  }

  return (
    <div className="narrow">
      <h1>{t('password.title')}</h1>
      {user.mustChangePassword ? <p className="notice notice--warning">{t('password.forced')}</p> : null}
      <ErrorSummary t={t} problems={problems} targetOf={(f) => PASSWORD_FIELD[f]} attempt={attempt + (answer ? 1 : 0)} />
      <Form method="post" noValidate onSubmit={onSubmit} className="staff-form">
        <CsrfField token={csrf} />
        <input type="text" name="username" autoComplete="username" defaultValue={user.email} hidden readOnly />
        <Field t={t} id={PASSWORD_FIELD.current} label={t('password.current')} problem={fields.current}>
          {(aria) => <input {...aria} name={PASSWORD_FIELD.current} type="password" autoComplete="current-password" className="field__input" />}
        </Field>
        <Field t={t} id={PASSWORD_FIELD.next} label={t('password.new')} hint={t('password.newHint')} problem={fields.next}>
          {(aria) => <input {...aria} name={PASSWORD_FIELD.next} type="password" autoComplete="new-password" className="field__input" />}
        </Field>
        <Field t={t} id={PASSWORD_FIELD.repeat} label={t('password.repeat')} problem={fields.repeat}>
          {(aria) => <input {...aria} name={PASSWORD_FIELD.repeat} type="password" autoComplete="new-password" className="field__input" />}
        </Field>
        <button type="submit" className="button button--large">
          {t('password.submit')}
        </button>
      </Form>
    </div>
  );
}
