import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { callerOf, execute } from '../graphql/client.server';
import { feedbackReceiptQuery, requestDataDeletionMutation } from '../graphql/feedback.server';
import type { FeedbackReceiptQuery } from '../graphql/generated/graphql';
import { translator, type Translator } from '../i18n';
import { metaTranslator, useT } from '../i18n/use-t';
import { ELEMENT_TEXT, MAX_SCORE } from '@suara/skm';
import { RECEIPT_CODE_INPUT_MAX, formatDateIn, formatDay, receiptCodeForAddress, unitLabel } from '../utils/format';
import { passOnHeaders } from '../utils/headers';
import { apiProblem, badRequest, formOf } from '../utils/problems.server';
import { ContentText, slot } from '../components/content-lang';

/**
 * `/lacak` and `/lacak/<receipt code>` (a stable address, CONTRACT.md): a citizen follows a rating by
 * its receipt code, the comment's moderation and the unit's official answer. The form is a GET to
 * `/lacak?kode=…`, which redirects to the code's own address, so it works without JavaScript and the
 * result can be bookmarked.
 *
 * A POST to `/lacak/<code>` asks for the rating's personal data to be erased (decision record 0034):
 * a plain form, so it works without JavaScript; the edge (security.mjs) refuses it from another site,
 * and the API limits it per network. Afterwards the page shows where the request stands.
 */

/** Longest reason the API takes (code points). */
const DELETION_REASON_MAX = 1000;
const DELETION_REASON_FIELD = 'alasan';

type DeletionRefusal = { problem: string; reason: string };

type Receipt = NonNullable<FeedbackReceiptQuery['feedbackReceipt']>;

type Tracking =
  | { state: 'form'; code: string; problem: null }
  | { state: 'problem'; code: string; problem: { summary: string; field: string } }
  | { state: 'notFound'; code: string; problem: null }
  | { state: 'found'; code: string; problem: null; receipt: Receipt };

const noStore = { 'Cache-Control': 'no-store' };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const caller = callerOf(request, context);
  const t = translator(caller.lang);
  const refuse = (code: string, summary: string, field = summary) =>
    data<Tracking>({ state: 'problem', code, problem: { summary, field } }, { status: 400, headers: noStore });

  const code = params.kode;
  if (code === undefined) {
    const typed = new URL(request.url).searchParams.get('kode');
    if (typed === null) return data<Tracking>({ state: 'form', code: '', problem: null });
    if (typed.trim() === '') return refuse('', t('tracking.error.empty'));
    // Cut by characters, not UTF-16 units: half of an emoji cannot go into an address (encodeURIComponent throws).
    throw redirect(`/lacak/${encodeURIComponent([...receiptCodeForAddress(typed.trim())].slice(0, RECEIPT_CODE_INPUT_MAX + 1).join(''))}`);
  }
  if (code.length > RECEIPT_CODE_INPUT_MAX) return refuse(code.slice(0, RECEIPT_CODE_INPUT_MAX), t('tracking.error.malformed'));

  const result = await execute(caller, feedbackReceiptQuery, { code });
  if (!result.ok) {
    if (result.error.code === 'BAD_USER_INPUT') return refuse(code, result.error.message, result.error.fields[0]?.message ?? result.error.message);
    apiProblem(result.error);
  }
  const receipt = result.data.feedbackReceipt;
  if (!receipt) return data<Tracking>({ state: 'notFound', code, problem: null }, { status: 404, headers: noStore });
  // The moderation status changes: never show a stale one from a cache.
  return data<Tracking>({ state: 'found', code: receipt.code, problem: null, receipt }, { headers: { 'Cache-Control': 'private, no-cache' } });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const code = params.kode;
  if (code === undefined || code.length > RECEIPT_CODE_INPUT_MAX) badRequest();
  const caller = callerOf(request, context);
  const t = translator(caller.lang);
  const form = await formOf(request);
  const typed = form.get(DELETION_REASON_FIELD);
  const reason = typeof typed === 'string' ? typed.trim() : '';
  const refuse = (status: number, problem: string) => data<DeletionRefusal>({ problem, reason }, { status, headers: noStore });
  if ([...reason].length > DELETION_REASON_MAX) return refuse(400, t('privacy.tracking.error.tooLong'));
  const result = await execute(caller, requestDataDeletionMutation, { code, reason: reason || null });
  if (!result.ok) {
    const { code: errorCode } = result.error;
    if (errorCode === 'BAD_USER_INPUT' || errorCode === 'NOT_FOUND') return refuse(errorCode === 'NOT_FOUND' ? 404 : 400, result.error.fields[0]?.message ?? result.error.message);
    if (errorCode === 'RATE_LIMITED') return refuse(429, result.error.message);
    apiProblem(result.error);
  }
  // Back to the page, which now says the request is waiting (and a reload does not send it again).
  return redirect(`/lacak/${encodeURIComponent(code)}#data-pribadi`, { status: 303, headers: noStore });
}

export const headers = passOnHeaders;

function title(t: Translator, tracking: Tracking | undefined): string {
  if (tracking?.state === 'found') return t('tracking.result.heading', { code: tracking.receipt.code });
  if (tracking?.state === 'notFound') return t('tracking.notFound.heading');
  return t('tracking.title');
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: title(t, data) }) }, { name: 'robots', content: 'noindex' }];
};

export default function TrackingPage() {
  const tracking = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <Breadcrumbs crumbs={[{ label: t('nav.home'), to: '/' }, { label: t('tracking.title') }]} />
      {tracking.state === 'found' ? (
        <TrackingResult receipt={tracking.receipt} />
      ) : (
        <>
          <h1>{tracking.state === 'notFound' ? t('tracking.notFound.heading') : t('tracking.heading')}</h1>
          {tracking.problem ? (
            <div className="error-summary" role="alert" aria-labelledby="masalah-kode" tabIndex={-1} autoFocus>
              <h2 id="masalah-kode">{t('tracking.errors.heading')}</h2>
              <p>
                <a href="#kode">{tracking.problem.summary}</a>
              </p>
            </div>
          ) : null}
          {tracking.state === 'notFound' ? <p className="lead">{t('tracking.notFound.body', { code: tracking.code })}</p> : <p className="lead">{t('tracking.intro')}</p>}
          <TrackingForm code={tracking.code} error={tracking.problem?.field ?? null} />
        </>
      )}
    </>
  );
}

/** The code box: a GET to /lacak, which sends the citizen on to /lacak/<code>. */
function TrackingForm({ code, error }: { code: string; error: string | null }) {
  const t = useT();
  return (
    <Form method="get" action="/lacak" className="search-form tracking-form">
      <div className="field">
        <label htmlFor="kode" className="field__label">
          {t('tracking.code.label')}
        </label>
        <p id="kode-petunjuk" className="field__hint">
          {t('tracking.code.hint')}
        </p>
        {error ? (
          <p id="kode-galat" className="field__error">
            {error}
          </p>
        ) : null}
        <input
          // Remounts for each code, so the box shows the one on the page after a client-side navigation.
          key={code}
          id="kode"
          name="kode"
          type="text"
          defaultValue={code}
          maxLength={RECEIPT_CODE_INPUT_MAX}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={error ? 'kode-petunjuk kode-galat' : 'kode-petunjuk'}
          aria-invalid={error ? true : undefined}
          className="field__input field__input--code"
        />
      </div>
      <button type="submit" className="button">
        {t('tracking.submit')}
      </button>
    </Form>
  );
}

function TrackingResult({ receipt }: { receipt: Receipt }) {
  const t = useT();
  const { service, response } = receipt;
  const timeZone = service.region.timeZone;
  // A rating without a comment has nothing to moderate: the API reports it PUBLISHED, the citizen reads "counted".
  const status = receipt.status === 'PUBLISHED' && !receipt.hasComment ? 'counted' : receipt.status;
  return (
    <>
      <h1>{t('tracking.result.heading', { code: receipt.code })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('tracking.service')}</dt>
          <dd>
            {/* Everything from the database is Indonesian, also on an English page (decision record 0039). */}
            <Link to={`/layanan/${service.slug}`} lang="id">
              {service.name}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('tracking.unit')}</dt>
          <dd lang="id">{unitLabel(service.unit)}</dd>
        </div>
        <div>
          <dt>{t('tracking.submittedAt')}</dt>
          <dd>
            <time dateTime={receipt.submittedAt}>{formatDateIn(t, receipt.submittedAt, timeZone)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('tracking.status')}</dt>
          <dd>
            <strong className={`status status--${status.toLowerCase()}`}>{t(`tracking.status.${status}`)}</strong>
          </dd>
        </div>
      </dl>
      <p>{t(`tracking.status.${status}.explain`)}</p>

      <OwnAnswers receipt={receipt} />

      <section aria-labelledby="tanggapan-resmi">
        <h2 id="tanggapan-resmi">{t('tracking.answer.heading')}</h2>
        {response ? (
          <div className="comment__answer">
            <p className="comment__answer-body" lang="id">
              {response.body}
            </p>
            <p className="comment__meta">
              <ContentText text={t('tracking.answer.by', { unit: slot('unit'), date: formatDateIn(t, response.respondedAt, timeZone) })} values={{ unit: response.unit.name }} />
            </p>
          </div>
        ) : (
          <p className="empty">{t('tracking.answer.none')}</p>
        )}
        <AnswerDue receipt={receipt} answered={response !== null} />
      </section>

      <PersonalData receipt={receipt} timeZone={timeZone} />

      <section aria-labelledby="lacak-lain">
        <h2 id="lacak-lain">{t('tracking.another')}</h2>
        <TrackingForm code="" error={null} />
      </section>
    </>
  );
}

/**
 * The citizen's own nine answers in the regulation's words (facts/SKM.md), and the comment exactly as
 * the public reads it: a moderator's redacted text when they hid personal data, nothing while it waits.
 */
function OwnAnswers({ receipt }: { receipt: Receipt }) {
  const t = useT();
  const words = ELEMENT_TEXT[t.lang];
  return (
    <section aria-labelledby="jawaban-anda">
      <h2 id="jawaban-anda">{t('tracking.scores.heading')}</h2>
      <dl className="facts own-answers">
        {receipt.scores.map(({ element, score }) => (
          <div key={element}>
            <dt>{words[element].name}</dt>
            <dd>
              {words[element].answers[score - 1]}{' '}
              <span className="own-answers__score">{t('tracking.scores.value', { score, max: MAX_SCORE })}</span>
            </dd>
          </div>
        ))}
      </dl>
      {receipt.hasComment ? (
        <>
          <h3 id="komentar-anda">{t('tracking.comment.heading')}</h3>
          {receipt.publishedComment !== null ? (
            <blockquote className="comment__body" aria-labelledby="komentar-anda">
              <p lang="id">{receipt.publishedComment}</p>
            </blockquote>
          ) : (
            <p className="empty">{t(receipt.status === 'PENDING' ? 'tracking.comment.pending' : 'tracking.comment.notShown')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}

/** By which day the unit owes an answer (5 working days after publication, decision record 0017). */
function AnswerDue({ receipt, answered }: { receipt: Receipt; answered: boolean }) {
  const t = useT();
  if (!receipt.answerDueBy) return null;
  const date = formatDay(t, receipt.answerDueBy);
  if (answered) return <p className="field__hint">{t('tracking.answer.dueWas', { date })}</p>;
  // Today in the region's own zone, as the API counts the due day.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: receipt.service.region.timeZone }).format(new Date());
  if (today > receipt.answerDueBy) return <p className="notice">{t('tracking.answer.overdue', { date })}</p>;
  return <p className="notice">{t('tracking.answer.dueBy', { date })}</p>;
}

/** Where the rating's personal data stands, and the form to ask for it to be erased. */
function PersonalData({ receipt, timeZone }: { receipt: Receipt; timeZone: string }) {
  const t = useT();
  const refused = useActionData<typeof action>() as DeletionRefusal | undefined;
  const deletion = receipt.dataDeletion;
  const canAsk = !deletion || deletion.status === 'REJECTED';
  return (
    <section aria-labelledby="data-pribadi">
      <h2 id="data-pribadi">{t('privacy.tracking.heading')}</h2>
      {deletion?.status === 'PENDING' ? (
        <p className="notice" role="status">
          {t('privacy.tracking.PENDING', { date: formatDateIn(t, deletion.requestedAt, timeZone) })}
        </p>
      ) : null}
      {deletion?.status === 'CONFIRMED' ? (
        <p className="notice">{t('privacy.tracking.CONFIRMED', { date: formatDateIn(t, deletion.decidedAt ?? deletion.requestedAt, timeZone) })}</p>
      ) : null}
      {deletion?.status === 'REJECTED' ? (
        <p className="notice">
          {t('privacy.tracking.REJECTED', { date: formatDateIn(t, deletion.decidedAt ?? deletion.requestedAt, timeZone), reason: deletion.rejectReason ?? '' })}{' '}
          {t('privacy.tracking.again')}
        </p>
      ) : null}
      {canAsk ? (
        <>
          <p>{t('privacy.tracking.intro')}</p>
          {refused ? (
            <div className="error-summary" role="alert" aria-labelledby="masalah-hapus" tabIndex={-1} autoFocus>
              <h3 id="masalah-hapus">{t('privacy.tracking.errors.heading')}</h3>
              <p>
                <a href="#alasan">{refused.problem}</a>
              </p>
            </div>
          ) : null}
          <Form method="post">
            <div className="field">
              <label htmlFor="alasan" className="field__label">
                {t('privacy.tracking.reason.label')}
              </label>
              <p id="alasan-petunjuk" className="field__hint">
                {t('privacy.tracking.reason.hint')}
              </p>
              <textarea
                id="alasan"
                name={DELETION_REASON_FIELD}
                rows={3}
                maxLength={DELETION_REASON_MAX}
                defaultValue={refused?.reason ?? ''}
                aria-describedby="alasan-petunjuk"
                aria-invalid={refused ? true : undefined}
                className="field__input"
              />
            </div>
            <button type="submit" className="button">
              {t('privacy.tracking.submit')}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
