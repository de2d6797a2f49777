import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import staffCss from '../styles/staff.css?url';
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams, useSubmit } from '@remix-run/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { callerOf, execute } from '../graphql/client.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { sendWithPage } from '../i18n';
import { passOnHeaders } from '../utils/headers';
import { formOf } from '../utils/problems.server';
import { waitText } from '../utils/format';
import { STAFF_HEADERS } from '../staff/guard.server';
import { readSignIn, SIGN_IN_FIELD, validateSignIn, type FieldProblem, type SignInField } from '../staff/forms';
import { byField, CsrfField, ErrorSummary, Field } from '../staff/form-ui';
import { safeReturnPath } from '../staff/return-path';
import { commitSession, csrfMatches, csrfTokenOf, CSRF_FIELD, getSession, newCsrfToken, tokenExpired } from '../staff/session.server';
import { loginMutation } from '../staff/staff.server';

/**
 * `/masuk`: staff sign-in. A plain form (works without JavaScript) checked by one schema in the
 * browser and in the action; the API's `login` has the last word. Over its limit of failed attempts
 * the API sends a proof-of-work challenge: with JavaScript the form solves it and signs in anyway;
 * without, a calm notice says when to try again.
 */

interface SignInAnswer {
  email: string;
  problems: FieldProblem<SignInField>[];
  limit: { seconds: number; challenge: string | null } | null;
  sentWithProof: boolean;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const url = new URL(request.url);
  const returnTo = safeReturnPath(url.searchParams.get(SIGN_IN_FIELD.returnTo));
  // Already signed in: on to where they were going.
  if (session.get('token') && !tokenExpired(session.get('expiresAt'))) throw redirect(returnTo, { status: 303, headers: STAFF_HEADERS });
  const { token, created } = csrfTokenOf(session);
  const headers = new Headers(STAFF_HEADERS);
  if (created) headers.append('Set-Cookie', await commitSession(session, request));
  return data({ csrf: token, returnTo }, { headers });
}

/** The staff pages' own styles, not loaded by the public pages. */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffCss }];

export const headers = passOnHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await formOf(request);
  const session = await getSession(request);
  const values = readSignIn(form);
  const returnTo = safeReturnPath(typeof form.get(SIGN_IN_FIELD.returnTo) === 'string' ? (form.get(SIGN_IN_FIELD.returnTo) as string) : null);
  const proofOfWork = form.get(SIGN_IN_FIELD.proofOfWork);
  const sentWithProof = typeof proofOfWork === 'string' && proofOfWork !== '';
  const answer = (status: number, problems: FieldProblem<SignInField>[], limit: SignInAnswer['limit'] = null, extra: Record<string, string> = {}) =>
    data<SignInAnswer>({ email: values.email, problems, limit, sentWithProof }, { status, headers: { ...STAFF_HEADERS, ...extra } });

  // The second check after security.mjs's Origin check: the token of the form this browser was given.
  if (!csrfMatches(session.get('csrf'), form.get(CSRF_FIELD))) return answer(403, [{ field: null, key: 'signin.error.formExpired' }]);
  const checked = validateSignIn(values);
  if (!checked.ok) return answer(400, checked.problems);

  const result = await execute(callerOf(request, context), loginMutation, {
    email: checked.value.email,
    password: checked.value.password,
    proofOfWork: sentWithProof ? (proofOfWork as string) : null,
  });
  if (!result.ok) {
    const { error } = result;
    switch (error.code) {
      case 'UNAUTHENTICATED':
        return answer(401, [{ field: null, key: 'signin.error.wrong' }]);
      case 'BAD_USER_INPUT':
        return answer(400, error.fields.length ? error.fields.map((f) => ({ field: f.field === 'email' || f.field === 'password' ? f.field : null, message: f.message })) : [{ field: null, message: error.message }]);
      case 'RATE_LIMITED': {
        const seconds = error.retryAfterSeconds ?? 60;
        return answer(429, [], { seconds, challenge: error.challenge }, { 'Retry-After': String(Math.ceil(seconds)) });
      }
      case 'SERVICE_UNAVAILABLE':
        return answer(503, [{ field: null, key: 'signin.error.unavailable' }]);
      default:
        return answer(500, [{ field: null, key: 'signin.error.unexpected' }]);
    }
  }
  const { token, expiresAt, user } = result.data.login;
  session.set('token', token);
  session.set('expiresAt', expiresAt);
  // A new CSRF token with the new session: one learnt before signing in is worth nothing after.
  session.set('csrf', newCsrfToken());
  const headers = new Headers(STAFF_HEADERS);
  headers.append('Set-Cookie', await commitSession(session, request));
  return redirect(user.mustChangePassword ? '/staf/kata-sandi' : returnTo, { status: 303, headers });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('signin.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function SignIn() {
  const { csrf, returnTo } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  // The proof of work's notices and the errors the browser finds: shown once JavaScript runs.
  sendWithPage(t.lang, 'signin.');
  const submit = useSubmit();
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const [browserProblems, setBrowserProblems] = useState<FieldProblem<SignInField>[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const problems = browserProblems ?? answer?.problems ?? [];
  const fields = byField(problems);
  const reason = params.get('alasan');

  // Over the limit with a challenge: solve it in the background and send the same form once more
  // (the password is still in its field: a fetch submission does not reload the page). Never twice
  // for one press: an answer to a POST that carried a proof is shown as the notice.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [gaveUp, setGaveUp] = useState<unknown>(null);
  const challenge = hydrated && answer && answer !== gaveUp && !answer.sentWithProof && browserProblems === null ? (answer.limit?.challenge ?? null) : null;
  useEffect(() => {
    if (!challenge || !formRef.current) return;
    let cancelled = false;
    void (async () => {
      try {
        const { solveGivenChallenge } = await import('../utils/proof-of-work.client');
        const proof = await solveGivenChallenge(challenge);
        if (cancelled || !formRef.current) return;
        const formData = new FormData(formRef.current);
        formData.set(SIGN_IN_FIELD.proofOfWork, proof);
        submit(formData, { method: 'post' });
      } catch {
        if (!cancelled) setGaveUp(answer);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [challenge]);
  const limit = challenge === null && browserProblems === null ? (answer?.limit ?? null) : null;
  const sending = navigation.state === 'submitting' || challenge !== null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const checked = validateSignIn(readSignIn(new FormData(event.currentTarget)));
    if (!checked.ok) {
      event.preventDefault();
      setBrowserProblems(checked.problems);
      setAttempt((n) => n + 1);
      return;
    }
    setBrowserProblems(null);
  }

  return (
    <div className="narrow">
      <h1>{t('signin.title')}</h1>
      {reason === 'sesi-berakhir' ? (
        <p className="notice" role="status">
          {t('signin.expired')}
        </p>
      ) : reason === 'keluar' ? (
        <p className="notice" role="status">
          {t('signin.signedOut')}
        </p>
      ) : null}
      <p>{t('signin.intro')}</p>
      <ErrorSummary t={t} problems={problems} targetOf={(f) => SIGN_IN_FIELD[f]} heading={t('signin.errors.heading')} attempt={attempt + (answer ? 1 : 0)} />
      {limit ? (
        <div className="notice limit-notice" role="alert" aria-labelledby="batas-masuk" tabIndex={-1} autoFocus>
          <h2 id="batas-masuk">{t('signin.limit.heading')}</h2>
          <p>{t('signin.limit.body', { wait: waitText(t, limit.seconds) })}</p>
          {limit.challenge ? (
            <noscript>
              <p>{t('signin.limit.noscript')}</p>
            </noscript>
          ) : null}
        </div>
      ) : null}
      <Form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="staff-form">
        <CsrfField token={csrf} />
        <input type="hidden" name={SIGN_IN_FIELD.returnTo} value={returnTo} />
        <Field t={t} id={SIGN_IN_FIELD.email} label={t('signin.email')} problem={fields.email}>
          {(aria) => (
            <input {...aria} name={SIGN_IN_FIELD.email} type="email" autoComplete="username" spellCheck={false} defaultValue={answer?.email} className="field__input" required />
          )}
        </Field>
        <Field t={t} id={SIGN_IN_FIELD.password} label={t('signin.password')} problem={fields.password}>
          {(aria) => <input {...aria} name={SIGN_IN_FIELD.password} type="password" autoComplete="current-password" className="field__input" required />}
        </Field>
        <p role="status" className="staff-form__status">
          {challenge !== null ? t('signin.limit.checking') : ''}
        </p>
        <button type="submit" className="button button--large">
          {sending ? t('signin.submitting') : t('signin.submit')}
        </button>
      </Form>
    </div>
  );
}
