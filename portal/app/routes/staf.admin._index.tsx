import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { z } from 'zod/mini';
import { AdminNav } from '../admin/admin-nav';
import { createStaffAccountMutation, grantRoleMutation, resetStaffPasswordMutation, revokeRoleMutation, scopesQuery, setStaffAccountActiveMutation, staffAccountsQuery } from '../admin/admin.server';
import { execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { byField, CsrfField, ErrorSummary, Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import type { Role } from '../graphql/generated/graphql';
import { dateTimeText } from '../staff/format';
import { grantText } from '../staff/staff-bar';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/admin`: staff accounts — search, create (the temporary password is shown once, in this
 * answer only, never in an address or a log), reset a password, deactivate or activate.
 */

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const params = new URL(request.url).searchParams;
  const search = (params.get('cari') ?? '').trim().slice(0, 100);
  const after = params.get('setelah');
  const [result, scopes] = await Promise.all([
    execute(staff.caller, staffAccountsQuery, { search: search || null, after: after && after.length <= 200 ? after : null }),
    execute(staff.caller, scopesQuery),
  ]);
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return data({ accounts: result.data.staffAccounts, search, regions: scopes.ok ? scopes.data.regions : [] }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

type AccountField = 'name' | 'email';
const ROLES: Role[] = ['ADMIN', 'MODERATOR', 'UNIT_OFFICER', 'HR', 'MAYOR'];
const createSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, { error: 'admin.error.nameMissing' }), z.maxLength(200, { error: 'admin.error.nameMissing' })),
  email: z.string().check(z.trim(), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'admin.error.emailInvalid' }), z.maxLength(254, { error: 'admin.error.emailInvalid' })),
});

interface AdminAnswer {
  temporary?: { email: string; password: string };
  problems?: FieldProblem<AccountField>[];
  values?: { name: string; email: string };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'admin');
  const form = await staffForm(request, staff);
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
  const intent = text('tindakan');
  const answer = (status: number, body: AdminAnswer) => data<AdminAnswer>(body, { status, headers: STAFF_HEADERS });
  const refused = async (error: Parameters<typeof unlessSignedOut>[2], values?: AdminAnswer['values']) => {
    await unlessSignedOut(request, staff, error);
    const problems: FieldProblem<AccountField>[] =
      error.code === 'BAD_USER_INPUT' && error.fields.length
        ? error.fields.map((f) => ({ field: f.field.endsWith('email') ? 'email' : f.field.endsWith('name') ? 'name' : null, message: f.message }))
        : [{ field: null, message: error.message || undefined, key: 'form.error.unexpected' }];
    return answer(error.code === 'BAD_USER_INPUT' ? 400 : error.code === 'CONFLICT' ? 409 : error.code === 'FORBIDDEN' ? 403 : 500, { problems, values });
  };

  if (intent === 'buat') {
    const values = { name: text('nama'), email: text('email') };
    const parsed = createSchema.safeParse(values);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => ({ field: i.path[0] as AccountField, key: i.message }));
      return answer(400, { problems, values });
    }
    const result = await execute(staff.caller, createStaffAccountMutation, { input: parsed.data });
    if (!result.ok) return refused(result.error, values);
    return answer(200, { temporary: { email: result.data.createStaffAccount.user.email, password: result.data.createStaffAccount.temporaryPassword } });
  }
  const id = text('akun');
  if (!id || id.length > 100) return answer(400, { problems: [{ field: null, key: 'form.error.unexpected' }] });
  if (intent === 'atur-ulang') {
    const result = await execute(staff.caller, resetStaffPasswordMutation, { id });
    if (!result.ok) return refused(result.error);
    return answer(200, { temporary: { email: result.data.resetStaffPassword.user.email, password: result.data.resetStaffPassword.temporaryPassword } });
  }
  if (intent === 'beri-peran') {
    const role = text('peran');
    const scope = text('cakupan');
    if (!ROLES.includes(role as Role)) return answer(400, { problems: [{ field: null, key: 'form.error.unexpected' }] });
    const [kind, scopeId] = scope.split(':');
    const result = await execute(staff.caller, grantRoleMutation, {
      input: { accountId: id, role: role as Role, regionId: kind === 'wilayah' && scopeId ? scopeId : null, unitId: kind === 'unit' && scopeId ? scopeId : null },
    });
    if (!result.ok) return refused(result.error);
    return redirect('/staf/admin?selesai=1', { status: 303, headers: STAFF_HEADERS });
  }
  if (intent === 'cabut') {
    const grantId = text('hibah');
    if (!grantId || grantId.length > 100) return answer(400, { problems: [{ field: null, key: 'form.error.unexpected' }] });
    const result = await execute(staff.caller, revokeRoleMutation, { grantId });
    if (!result.ok) return refused(result.error);
    return redirect('/staf/admin?selesai=1', { status: 303, headers: STAFF_HEADERS });
  }
  if (intent === 'aktifkan' || intent === 'nonaktifkan') {
    const result = await execute(staff.caller, setStaffAccountActiveMutation, { id, active: intent === 'aktifkan' });
    if (!result.ok) return refused(result.error);
    return redirect('/staf/admin?selesai=1', { status: 303, headers: STAFF_HEADERS });
  }
  return answer(400, { problems: [{ field: null, key: 'form.error.unexpected' }] });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('admin.accounts.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function AdminAccounts() {
  const { accounts, search, regions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { csrf, user: me } = useStaff();
  const t = useT();
  const [params] = useSearchParams();
  const problems = answer?.problems ?? [];
  const fields = byField(problems);
  const next = new URLSearchParams(params);
  next.delete('selesai');
  if (accounts.pageInfo.endCursor) next.set('setelah', accounts.pageInfo.endCursor);
  return (
    <>
      <h1>{t('admin.accounts.title')}</h1>
      <AdminNav t={t} />
      {answer?.temporary ? (
        <div className="notice notice--success" role="status" tabIndex={-1} autoFocus>
          <p>{t('admin.accounts.temporary', { email: answer.temporary.email, password: answer.temporary.password })}</p>
          <p>{t('admin.accounts.temporaryHint')}</p>
        </div>
      ) : params.get('selesai') ? (
        <p className="notice notice--success" role="status">
          {t('admin.accounts.done')}
        </p>
      ) : null}
      <ErrorSummary t={t} problems={problems} targetOf={(f) => (f === 'name' ? 'nama' : 'email')} attempt={answer} />
      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="cari" className="field__label">
            {t('admin.accounts.search')}
          </label>
          <input id="cari" name="cari" type="search" defaultValue={search} className="field__input" />
        </div>
        <button type="submit" className="button">
          {t('admin.accounts.searchSubmit')}
        </button>
      </Form>
      <p>{t.plural('admin.accounts.count', accounts.totalCount)}</p>
      <ul className="staff-cards">
        {accounts.edges.map(({ node: account }) => (
          <li key={account.id} className="staff-card">
            <h2 className="staff-card__link">{account.name}</h2>
            <p>
              {account.email} · <strong>{account.active ? t('admin.accounts.active') : t('admin.accounts.inactive')}</strong>
              {account.mustChangePassword ? ` · ${t('admin.accounts.mustChange')}` : ''}
            </p>
            <details>
              <summary>
                {t('admin.grants.heading')}: {account.roles.length ? account.roles.map((g) => grantText(t, { role: g.role, region: g.region ?? null, unit: g.unit ?? null })).join('; ') : t('admin.accounts.noRoles')}
              </summary>
              <ul>
                {account.roles.map((g) => (
                  <li key={g.id}>
                    <Form method="post" className="grant">
                      <CsrfField token={csrf} />
                      <input type="hidden" name="akun" value={account.id} />
                      <input type="hidden" name="hibah" value={g.id} />
                      {grantText(t, { role: g.role, region: g.region ?? null, unit: g.unit ?? null })}{' '}
                      <button type="submit" name="tindakan" value="cabut" className="button button--quiet">
                        {t('admin.grants.revoke')}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
              <Form method="post" className="inline-form">
                <CsrfField token={csrf} />
                <input type="hidden" name="akun" value={account.id} />
                <div className="field">
                  <label htmlFor={`peran-${account.id}`} className="field__label">
                    {t('admin.grants.role')}
                  </label>
                  <select id={`peran-${account.id}`} name="peran" className="field__select">
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`staff.role.${role}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`cakupan-${account.id}`} className="field__label">
                    {t('admin.grants.scope')}
                  </label>
                  <p id={`cakupan-${account.id}-petunjuk`} className="field__hint">
                    {t('admin.grants.scopeHint')}
                  </p>
                  <select id={`cakupan-${account.id}`} name="cakupan" className="field__select" aria-describedby={`cakupan-${account.id}-petunjuk`}>
                    <option value="">{t('admin.grants.none')}</option>
                    {regions.map((region) => (
                      <optgroup key={region.id} label={region.name}>
                        <option value={`wilayah:${region.id}`}>{region.name}</option>
                        {region.units.map((unit) => (
                          <option key={unit.id} value={`unit:${unit.id}`}>
                            {unit.name}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </div>
                <button type="submit" name="tindakan" value="beri-peran" className="button">
                  {t('admin.grants.submit')}
                </button>
              </Form>
            </details>
            <p className="field__hint">{account.lastLoginAt ? t('admin.accounts.lastLogin', { date: dateTimeText(t, account.lastLoginAt) }) : t('admin.accounts.neverLoggedIn')}</p>
            {account.id !== me.id ? (
              <div className="queue-item__actions">
                <Form method="post">
                  <CsrfField token={csrf} />
                  <input type="hidden" name="akun" value={account.id} />
                  <button type="submit" name="tindakan" value="atur-ulang" className="button button--quiet">
                    {t('admin.accounts.reset')}
                  </button>
                </Form>
                <Form method="post">
                  <CsrfField token={csrf} />
                  <input type="hidden" name="akun" value={account.id} />
                  <button type="submit" name="tindakan" value={account.active ? 'nonaktifkan' : 'aktifkan'} className="button button--quiet">
                    {account.active ? t('admin.accounts.deactivate') : t('admin.accounts.activate')}
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {accounts.pageInfo.hasNextPage ? (
        <nav className="pagination" aria-label={t('search.pagination')}>
          <Link to={`?${next}`}>{t('moderation.next')}</Link>
        </nav>
      ) : null}
      <section aria-labelledby="buat-akun" className="narrow">
        <h2 id="buat-akun">{t('admin.accounts.create')}</h2>
        <Form method="post" noValidate className="staff-form">
          <CsrfField token={csrf} />
          <input type="hidden" name="tindakan" value="buat" />
          <Field t={t} id="nama" label={t('admin.accounts.name')} problem={fields.name}>
            {(aria) => <input {...aria} name="nama" type="text" autoComplete="off" defaultValue={answer?.values?.name} className="field__input" />}
          </Field>
          <Field t={t} id="email" label={t('admin.accounts.email')} problem={fields.email}>
            {(aria) => <input {...aria} name="email" type="email" autoComplete="off" defaultValue={answer?.values?.email} className="field__input" />}
          </Field>
          <button type="submit" className="button">
            {t('admin.accounts.createSubmit')}
          </button>
        </Form>
      </section>
    </>
  );
}
