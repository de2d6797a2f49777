import {
  AGE_GROUPS,
  EDUCATION_LEVELS,
  ELEMENT_TEXT,
  GENDERS,
  LOW_SCORE_REASONS,
  OCCUPATIONS,
  RESPONDENT_LABELS,
  SKM_ELEMENTS,
  isSkmElement,
  type SkmElement,
} from '@suara/skm';
import { Form, useNavigation, useSubmit } from '@remix-run/react';
import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type RefObject } from 'react';
import { SkmFaces } from '../../components/skm-faces';
import { useShowsFormErrors } from '../../utils/form-errors';
import { sendWithPage, type Translator } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { challengeToSolve, limitNoticeText, type NetworkLimit } from './nilai.limit';
import { problemsByField, ratingProblemText, type ProfileField, type RatingField, type RatingProblem, type RatingRefusal } from './nilai.problems';
import {
  COMMENT_MAX,
  FIELD,
  LOW_SCORE_MAX,
  characterCount,
  fieldErrorId,
  fieldLinkId,
  fieldTargetId,
  questionId,
  readRatingForm,
  reasonField,
  scoreField,
} from './nilai.fields';
import type { validateRatingForm } from './nilai.schema';

type Validate = typeof validateRatingForm;
let validate: Validate | null = null;
let loadingValidate: Promise<Validate> | null = null;
/**
 * The form's checks (zod), loaded when the citizen starts answering rather than with the page: they
 * weigh as much as the rest of the page's own code, and a phone shows the questions sooner without
 * them (decision record 0043). Ready long before anyone presses "Kirim".
 */
function loadValidate(): Promise<Validate> {
  loadingValidate ??= import('./nilai.schema').then(
    (m) => (validate = m.validateRatingForm),
    (error: unknown) => {
      loadingValidate = null; // offline for a moment: the next answer tries again
      throw error;
    },
  );
  return loadingValidate;
}

interface Props {
  serviceSlug: string;
  proofOfWorkRequired: boolean;
  idempotencyKey: string;
  /** What the action sent back when it refused the rating: the answers as given and why. */
  refused: RatingRefusal | null;
}

/** How long the typing must pause before a screen reader hears how many characters are left. */
const ANNOUNCE_AFTER_MS = 1_000;

/**
 * The nine SKM questions, the optional comment, profile and contact. Without JavaScript it is a
 * plain form; with it, the answers are checked before sending (no request while any is missing),
 * the comment counts its characters, a region's proof of work is solved before the POST, and over
 * the network's limit the challenge the API sent back is solved and the same answers sent again.
 */
export function RatingForm({ serviceSlug, proofOfWorkRequired, idempotencyKey, refused }: Props) {
  const t = useT();
  // Progress, characters left and the errors the browser finds: shown once JavaScript runs.
  sendWithPage(t.lang, 'rating.');
  const submit = useSubmit();
  const navigation = useNavigation();
  const page = `/layanan/${serviceSlug}/nilai`;
  // Posted to the page's own route under another address: a POST makes the browser drop its cached
  // copy of the address posted to (RFC 9111, 4.4), and the back button must find this very form
  // (and its idempotency key) there, not a fresh one that would store the rating a second time.
  const action = `${page}?kirim`;
  const sending = navigation.state !== 'idle' && navigation.formMethod?.toUpperCase() === 'POST' && navigation.formAction?.split('?')[0] === page;

  // Problems found in the browser replace the server's until the next attempt.
  const [browserProblems, setBrowserProblems] = useState<RatingProblem[] | null>(null);
  const problems = browserProblems ?? refused?.problems ?? [];
  const byField = problemsByField(problems);
  const values = refused?.values ?? null;
  // Problems found in the browser change the page's title too (utils/form-errors.tsx).
  useShowsFormErrors(browserProblems !== null && browserProblems.length > 0);

  // Over the network's limit the API takes a solved challenge instead of the wait. Once the page runs
  // (never in the server's HTML, which must work without JavaScript) the form solves it by itself and
  // sends the same answers with the same key, once: the answer to that POST (sentWithProof) is never
  // solved again. Only when there is nothing to solve, or solving failed, does the notice say to wait.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [gaveUpOn, setGaveUpOn] = useState<RatingRefusal | null>(null);
  const challenge = hydrated && browserProblems === null && refused !== gaveUpOn ? challengeToSolve(refused) : null;
  const limit: NetworkLimit | null = challenge === null && browserProblems === null ? (refused?.limit ?? null) : null;

  // Every refused attempt moves focus to the summary (or the limit's notice), also when the problems
  // are the same as before.
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  const showsNotice = limit !== null;
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
    else if (showsNotice) notice.current?.focus();
    // Only on a new attempt, a new answer from the action or a notice that just appeared, not on every render.
  }, [attempt, refused, showsNotice]);

  const form = useRef<HTMLFormElement>(null);
  // The answer of each question as it stands on the page (JavaScript only): the progress and which
  // questions open "what went wrong?". Read from the form once it runs, as the browser may have
  // kept answers (back button) that the server's HTML does not know.
  const [scores, setScores] = useState<Partial<Record<SkmElement, number>>>(() => scoresOf(values?.scores));
  useEffect(() => {
    if (form.current) setScores(scoresOf(readRatingForm(new FormData(form.current)).scores));
  }, [refused]);
  const answered = SKM_ELEMENTS.filter((element) => scores[element] !== undefined).length;

  const [solving, setSolving] = useState(false);
  const solvingNow = useRef(false);

  useEffect(() => {
    if (challenge === null || refused === null) return;
    let cancelled = false;
    solvingNow.current = true;
    void (async () => {
      try {
        const { solveGivenChallenge } = await import('../../utils/proof-of-work.client');
        const proofOfWork = await solveGivenChallenge(challenge);
        if (cancelled || !form.current) return;
        // The answers on the page now, which are the refused ones unless the citizen changed something meanwhile.
        const formData = new FormData(form.current);
        const checked = (await loadValidate())(readRatingForm(formData));
        if (!checked.ok) {
          refuse(checked.problems);
          return;
        }
        formData.set(FIELD.proofOfWork, proofOfWork);
        submit(formData, { method: 'post', action });
      } catch {
        if (!cancelled) setGaveUpOn(refused);
      } finally {
        solvingNow.current = false;
      }
    })();
    return () => {
      cancelled = true;
      solvingNow.current = false;
    };
    // One run per challenge: each refusal brings a fresh one.
  }, [challenge]);

  /**
   * An error link brings the question's text into view, legend first, below the sticky progress bar
   * (CSS scroll-margin-top), and puts focus on its first answer without scrolling again: the default
   * jump would put the radios at the top of the screen and the question above it. Without
   * JavaScript the link's target is the question's fieldset, which does the same minus the focus.
   */
  function goToField(event: MouseEvent<HTMLAnchorElement>, field: NonNullable<RatingProblem['field']>) {
    const target = document.getElementById(fieldLinkId(field));
    const control = document.getElementById(fieldTargetId(field));
    if (!target || !control) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  }

  function refuse(found: RatingProblem[]) {
    setBrowserProblems(found);
    setAttempt((n) => n + 1);
  }

  function startLoadingChecks() {
    if (!validate) loadValidate().catch(() => undefined);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // A press while a check runs: the answers are about to be sent anyway.
    if (solvingNow.current) {
      event.preventDefault();
      return;
    }
    if (!validate) {
      // Sent before the checks arrived (answers the browser kept, a fast press): send it once they
      // have; if they cannot load, the server checks the same answers with the same schema.
      event.preventDefault();
      const sent = event.currentTarget;
      loadValidate().then(
        () => sent.requestSubmit(),
        () => submit(new FormData(sent), { method: 'post', action }),
      );
      return;
    }
    const formData = new FormData(event.currentTarget);
    const checked = validate(readRatingForm(formData));
    if (!checked.ok) {
      event.preventDefault();
      refuse(checked.problems);
      return;
    }
    setBrowserProblems(null);
    if (!proofOfWorkRequired) return; // Remix's Form sends it.

    event.preventDefault();
    solvingNow.current = true;
    setSolving(true);
    void (async () => {
      try {
        // Loaded only here: most regions never ask for it, and the form stays light without it.
        const { solveProofOfWork } = await import('../../utils/proof-of-work.client');
        formData.set(FIELD.proofOfWork, await solveProofOfWork(`${page}/tantangan`));
        submit(formData, { method: 'post', action });
      } catch {
        refuse([{ field: null, kind: 'powFailed' }]);
      } finally {
        solvingNow.current = false;
        setSolving(false);
      }
    })();
  }

  return (
    <>
      {problems.length > 0 ? (
        <div
          ref={summary}
          className="error-summary"
          role="alert"
          aria-labelledby="ringkasan-masalah"
          tabIndex={-1}
          // Without JavaScript, the browser itself moves focus here when the refused form comes back.
          autoFocus
        >
          <h2 id="ringkasan-masalah">{t('rating.errors.heading')}</h2>
          <ul className="error-summary__list">
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.field ? (
                  <a href={`#${fieldLinkId(problem.field)}`} onClick={(event) => goToField(event, problem.field!)}>
                    {ratingProblemText(t, problem)}
                  </a>
                ) : (
                  ratingProblemText(t, problem)
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {limit ? <LimitNotice t={t} limit={limit} focusRef={notice} /> : null}

      {proofOfWorkRequired ? (
        <noscript>
          <p className="notice notice--warning">{t('rating.pow.noscript')}</p>
        </noscript>
      ) : null}

      <Form ref={form} method="post" action={action} noValidate onSubmit={onSubmit} onFocus={startLoadingChecks} onChange={startLoadingChecks} className="rating-form">
        <input type="hidden" name={FIELD.key} value={idempotencyKey} />

        <section aria-labelledby="pertanyaan">
          <h2 id="pertanyaan">{t('rating.questions.heading')}</h2>
          <p>{t('rating.questions.hint')}</p>
          {hydrated ? (
            <div className="rating-progress">
              {/* Read as a status when it changes; the bar repeats it for the eye. */}
              <p className="rating-progress__text" role="status">
                {t('rating.progress', { answered, total: SKM_ELEMENTS.length })}
              </p>
              <progress className="rating-progress__bar" max={SKM_ELEMENTS.length} value={answered} aria-label={t('rating.progressShort', { answered, total: SKM_ELEMENTS.length })} />
            </div>
          ) : null}
          {SKM_ELEMENTS.map((element, index) => (
            <Question
              key={element}
              t={t}
              element={element}
              number={index + 1}
              given={values?.scores[element]}
              givenReasons={values?.reasons?.[element]}
              problem={byField[element]}
              hydrated={hydrated}
              score={scores[element]}
              onScore={(score) => setScores((now) => ({ ...now, [element]: score }))}
            />
          ))}
        </section>

        <CommentField t={t} given={values?.comment} problem={byField.comment} />

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('rating.profile.legend')}</legend>
          <p className="field__hint">{t('rating.profile.hint')}</p>
          <ProfileSelect t={t} field="ageGroup" given={values?.ageGroup} problem={byField.ageGroup} options={AGE_GROUPS.map((code) => [code, t(`respondent.age.${code}`)])} />
          <ProfileSelect t={t} field="gender" given={values?.gender} problem={byField.gender} options={GENDERS.map((code) => [code, RESPONDENT_LABELS[t.lang].gender[code]])} />
          <ProfileSelect
            t={t}
            field="education"
            given={values?.education}
            problem={byField.education}
            options={EDUCATION_LEVELS.map((code) => [code, RESPONDENT_LABELS[t.lang].education[code]])}
          />
          <ProfileSelect
            t={t}
            field="occupation"
            given={values?.occupation}
            problem={byField.occupation}
            options={OCCUPATIONS.map((code) => [code, RESPONDENT_LABELS[t.lang].occupation[code]])}
          />
        </fieldset>

        <div className="field">
          <label htmlFor={FIELD.contact} className="field__label">
            {t('rating.contact.label')}
          </label>
          <p id="kontak-petunjuk" className="field__hint">
            {t('rating.contact.hint')}
          </p>
          <p id="kontak-privasi" className="notice">
            {t('rating.contact.privacy')}
          </p>
          <FieldError t={t} field="contact" problem={byField.contact} />
          <input
            id={FIELD.contact}
            name={FIELD.contact}
            type="text"
            defaultValue={values?.contact}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy('kontak-petunjuk kontak-privasi', 'contact', byField.contact)}
            aria-invalid={byField.contact ? true : undefined}
            className="field__input"
          />
        </div>

        <div className="field">
          <p className="field__check">
            <input
              id={FIELD.notify}
              name={FIELD.notify}
              type="checkbox"
              value="ya"
              defaultChecked={values ? values.notify !== '' : false}
              aria-describedby="beri-tahu-petunjuk"
            />{' '}
            <label htmlFor={FIELD.notify}>{t('rating.notify.label')}</label>
          </p>
          <p id="beri-tahu-petunjuk" className="field__hint">
            {t('rating.notify.hint')}
          </p>
        </div>

        {/* A field people never see or reach: software that fills every field fills this one too, and the API keeps its rating as spam. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={FIELD.honeypot}>{t('rating.honeypot.label')}</label>
          <input id={FIELD.honeypot} name={FIELD.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue={values?.honeypot} />
        </div>

        <p role="status" className="rating-form__status">
          {challenge !== null ? t('rating.limit.checking') : solving ? t('rating.pow.checking') : ''}
        </p>
        {/* Never disabled while sending: a second press costs nothing (the idempotency key keeps one
            rating) and a button that stays dead after a lost connection would trap the citizen. */}
        <button type="submit" className="button button--large">
          {sending || solving || challenge !== null ? t('rating.submitting') : t('rating.submit')}
        </button>
      </Form>
    </>
  );
}

/**
 * The network's limit, when no check could let the rating through now: what happened, that it is not
 * the citizen's doing, that the answers stay, and when to send again. Its own heading, not the error
 * summary: there is nothing to fix. It takes focus as the summary does (autoFocus without JavaScript).
 */
function LimitNotice({ t, limit, focusRef }: { t: Translator; limit: NetworkLimit; focusRef: RefObject<HTMLDivElement> }) {
  const text = limitNoticeText(t, limit);
  return (
    <div ref={focusRef} className="notice limit-notice" role="alert" aria-labelledby="batas-jaringan" tabIndex={-1} autoFocus>
      <h2 id="batas-jaringan">{text.heading}</h2>
      {text.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {text.withoutScript ? (
        <noscript>
          <p>{text.withoutScript}</p>
        </noscript>
      ) : null}
    </div>
  );
}

function describedBy(base: string, field: RatingField, problem: RatingProblem | undefined): string | undefined {
  const ids = [base, problem ? fieldErrorId(field) : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function FieldError({ t, field, problem }: { t: Translator; field: RatingField; problem: RatingProblem | undefined }) {
  if (!problem) return null;
  return (
    <p id={fieldErrorId(field)} className="field__error">
      {ratingProblemText(t, problem)}
    </p>
  );
}

interface QuestionProps {
  t: Translator;
  element: SkmElement;
  number: number;
  given: string | undefined;
  givenReasons: string[] | undefined;
  problem: RatingProblem | undefined;
  hydrated: boolean;
  /** The answer on the page now (JavaScript only). */
  score: number | undefined;
  onScore: (score: number) => void;
}

/**
 * One SKM question: its official wording, the four answers as faces with their official words
 * (@suara/skm, components/skm-faces.tsx), and "what went wrong?" for a score of 1 or 2.
 */
function Question({ t, element, number, given, givenReasons, problem, hydrated, score, onScore }: QuestionProps) {
  const text = ELEMENT_TEXT[t.lang][element];
  const name = scoreField(element);
  return (
    <fieldset id={questionId(element)} tabIndex={-1} className={`question${problem ? ' question--error' : ''}`} aria-describedby={problem ? fieldErrorId(element) : undefined}>
      <legend className="question__legend">
        <span className="question__number">{number}.</span> {text.question}
      </legend>
      <FieldError t={t} field={element} problem={problem} />
      <SkmFaces
        kind="radio"
        name={name}
        idPrefix={name}
        answers={text.answers}
        defaultValue={given}
        invalid={problem !== undefined}
        onChange={(chosen) => onScore(chosen)}
      />
      <LowScoreReasons t={t} element={element} given={given} givenReasons={givenReasons} hydrated={hydrated} score={score} />
    </fieldset>
  );
}

/**
 * "What went wrong?" (issue 13; the reasons are @suara/skm's). With JavaScript it opens under a score
 * of 1 or 2 and closes (disabled: nothing is sent) above it. Without JavaScript it is a details
 * element under every question, open where the refused form came back with a low score or ticks;
 * ticks under a higher score are dropped by the schema, never refused.
 */
function LowScoreReasons({
  t,
  element,
  given,
  givenReasons,
  hydrated,
  score,
}: {
  t: Translator;
  element: SkmElement;
  given: string | undefined;
  givenReasons: string[] | undefined;
  hydrated: boolean;
  score: number | undefined;
}) {
  const ticked = new Set(givenReasons ?? []);
  const legendId = `${reasonField(element)}-judul`;
  const boxes = LOW_SCORE_REASONS[element].map((reason) => {
    const id = `${reasonField(element)}-${reason.code}`;
    return (
      <p className="field__check" key={reason.code}>
        <input id={id} type="checkbox" name={reasonField(element)} value={reason.code} defaultChecked={ticked.has(reason.code)} />{' '}
        <label htmlFor={id}>{reason.label[t.lang]}</label>
      </p>
    );
  });
  if (!hydrated) {
    const low = (given !== undefined && Number(given) <= LOW_SCORE_MAX) || ticked.size > 0;
    return (
      <details className="reasons" open={low}>
        <summary>{t('rating.reasons.summary')}</summary>
        <fieldset className="fieldset">
          <legend className="visually-hidden">{t('rating.reasons.legend')}</legend>
          {boxes}
        </fieldset>
      </details>
    );
  }
  const open = score !== undefined && score <= LOW_SCORE_MAX;
  return (
    <fieldset className="reasons" hidden={!open} disabled={!open} aria-labelledby={legendId}>
      <legend id={legendId} className="reasons__legend">
        {t('rating.reasons.legend')}
      </legend>
      {boxes}
    </fieldset>
  );
}

/** The answers as numbers, from the form's values as sent. */
function scoresOf(given: Partial<Record<SkmElement, string>> | undefined): Partial<Record<SkmElement, number>> {
  const out: Partial<Record<SkmElement, number>> = {};
  for (const [element, value] of Object.entries(given ?? {})) {
    const score = Number(value);
    if (isSkmElement(element) && Number.isInteger(score) && score >= 1 && score <= 4) out[element] = score;
  }
  return out;
}

/** The optional comment, with a live count of the characters left once JavaScript runs. */
function CommentField({ t, given, problem }: { t: Translator; given: string | undefined; problem: RatingProblem | undefined }) {
  const box = useRef<HTMLTextAreaElement>(null);
  // null until hydrated: without JavaScript the page says the limit once and the action checks it.
  const [length, setLength] = useState<number | null>(null);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    setLength(characterCount(box.current?.value ?? ''));
  }, []);

  const countText =
    length === null
      ? t('rating.comment.limit', { max: COMMENT_MAX })
      : length <= COMMENT_MAX
        ? t.plural('rating.comment.remaining', COMMENT_MAX - length)
        : t.plural('rating.comment.over', length - COMMENT_MAX);

  // Spoken once the typing pauses, not on every key press.
  useEffect(() => {
    if (length === null) return;
    const timer = setTimeout(() => setAnnounced(countText), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [length, countText]);

  return (
    <div className="field">
      <label htmlFor={FIELD.comment} className="field__label">
        {t('rating.comment.label')}
      </label>
      <p id="komentar-petunjuk" className="field__hint">
        {t('rating.comment.hint')}
      </p>
      <FieldError t={t} field="comment" problem={problem} />
      <textarea
        ref={box}
        id={FIELD.comment}
        name={FIELD.comment}
        rows={6}
        defaultValue={given}
        onChange={(event) => setLength(characterCount(event.currentTarget.value))}
        aria-describedby={describedBy('komentar-petunjuk komentar-hitungan', 'comment', problem)}
        aria-invalid={problem ? true : undefined}
        className="field__textarea"
      />
      <p id="komentar-hitungan" className={`field__hint field__count${length !== null && length > COMMENT_MAX ? ' field__count--over' : ''}`}>
        {countText}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}

const PROFILE_LABEL = {
  ageGroup: 'rating.profile.ageGroup',
  gender: 'rating.profile.gender',
  education: 'rating.profile.education',
  occupation: 'rating.profile.occupation',
} as const;

interface ProfileSelectProps {
  t: Translator;
  field: ProfileField;
  given: string | undefined;
  problem: RatingProblem | undefined;
  /** [code, label] in the questionnaire's order. */
  options: ReadonlyArray<readonly [string, string]>;
}

function ProfileSelect({ t, field, given, problem, options }: ProfileSelectProps) {
  const id = FIELD[field];
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t(PROFILE_LABEL[field])}
      </label>
      <FieldError t={t} field={field} problem={problem} />
      <select
        id={id}
        name={id}
        defaultValue={given ?? ''}
        aria-describedby={problem ? fieldErrorId(field) : undefined}
        aria-invalid={problem ? true : undefined}
        className="field__select"
      >
        <option value="">{t('rating.profile.none')}</option>
        {options.map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
