import { AGE_GROUPS, EDUCATION_LEVELS, ELEMENT_TEXT, GENDERS, OCCUPATIONS, RESPONDENT_LABELS, SKM_ELEMENTS } from '@suara/skm';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { SkmFace, SkmFaces } from '../components/skm-faces';
import type { Lang } from '../i18n';
import { kioskPlural, kioskT, type KioskKey } from './i18n';
import { queueCounts, putRatings, type QueueCounts } from './queue.client';
import { COMMENT_MAX, ratingSchema, type QueuedRating } from './rating';
import { sendQueue } from './sender.client';
import { registerKioskWorker } from './worker.client';

/**
 * The kiosk itself: one route, all screens in client state, so that once the page is loaded (from
 * the network or the service worker's cache) nothing a citizen does needs the server. Screens:
 * choose the service → nine questions → profile (optional) → comment (optional) → thanks, and back
 * to the start. Every finished rating goes to the tablet's queue first (IndexedDB), then the sender.
 */

export interface KioskService {
  id: string;
  slug: string;
  name: string;
}

export interface KioskData {
  label: string;
  unitName: string;
  timeZone: string;
  services: KioskService[];
}

type Screen = 'start' | 'question' | 'profile' | 'comment' | 'thanks';
type Profile = { ageGroup: string | null; gender: string | null; education: string | null; occupation: string | null };
const NO_PROFILE: Profile = { ageGroup: null, gender: null, education: null, occupation: null };

/** Mid-survey, this long without a touch brings up "Masih di sini?"… */
export const IDLE_MS = 60_000;
/** …and this much longer clears every answer. */
export const IDLE_PROMPT_MS = 20_000;
/** The thank-you screen goes back to the start by itself. */
export const THANKS_MS = 6_000;
/** The sender's timer; each rating's own backoff decides whether it is tried. */
const SEND_EVERY_MS = 15_000;

export function KioskApp({ kiosk, initialLang }: { kiosk: KioskData; initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = kioskT(lang);
  const [screen, setScreen] = useState<Screen>('start');
  const [service, setService] = useState<KioskService | null>(null);
  const [step, setStep] = useState(0);
  const [scores, setScores] = useState<Array<number | null>>(() => SKM_ELEMENTS.map(() => null));
  const [profile, setProfile] = useState<Profile>(NO_PROFILE);
  const [comment, setComment] = useState('');
  const [idle, setIdle] = useState(false);
  const [counts, setCounts] = useState<QueueCounts>({ waiting: 0, stuck: 0 });
  const [unpaired, setUnpaired] = useState(false);
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  /** Everything a citizen entered, gone from memory (and so from the page). */
  const reset = useCallback(() => {
    setScreen('start');
    setService(null);
    setStep(0);
    setScores(SKM_ELEMENTS.map(() => null));
    setProfile(NO_PROFILE);
    setComment('');
    setIdle(false);
    // The next citizen starts in Bahasa Indonesia again (issue 12), whoever switched to English before.
    setLang('id');
  }, []);

  const refreshCounts = useCallback(async () => {
    try {
      setCounts(await queueCounts());
    } catch {
      // IndexedDB unavailable (private mode): the counter stays as it was.
    }
  }, []);

  const send = useCallback(
    async (force = false) => {
      try {
        const report = await sendQueue({ force });
        if (report) setUnpaired(report.unpaired);
      } finally {
        await refreshCounts();
      }
    },
    [refreshCounts],
  );

  // Start-up: the offline worker, the queue's counter, a first round of sending, and the triggers.
  useEffect(() => {
    setReady(true);
    registerKioskWorker();
    void refreshCounts();
    void send(true);
    const online = () => void send(true);
    window.addEventListener('online', online);
    const timer = window.setInterval(() => void send(false), SEND_EVERY_MS);
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [send, refreshCounts]);

  // Keyboard users land on each new screen's heading, and screen readers announce it.
  useEffect(() => {
    heading.current?.focus();
  }, [screen, step, idle]);

  // Inactivity: mid-survey a prompt, then a reset; the thank-you screen returns by itself.
  const [activity, setActivity] = useState(0);
  useEffect(() => {
    const touched = () => setActivity((n) => n + 1);
    window.addEventListener('pointerdown', touched);
    window.addEventListener('keydown', touched);
    window.addEventListener('input', touched);
    return () => {
      window.removeEventListener('pointerdown', touched);
      window.removeEventListener('keydown', touched);
      window.removeEventListener('input', touched);
    };
  }, []);
  useEffect(() => {
    if (screen === 'start') return;
    if (screen === 'thanks') {
      const timer = window.setTimeout(reset, THANKS_MS);
      return () => window.clearTimeout(timer);
    }
    const timer = idle ? window.setTimeout(reset, IDLE_PROMPT_MS) : window.setTimeout(() => setIdle(true), IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [screen, idle, activity, reset]);

  // Full screen on the first touch, where the browser allows it (it needs a user gesture).
  useEffect(() => {
    const enter = () => {
      if (!document.fullscreenElement && document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener('pointerdown', enter, { once: true });
    return () => window.removeEventListener('pointerdown', enter);
  }, []);

  const answer = useCallback(
    (score: number) => {
      setScores((previous) => previous.map((s, i) => (i === step ? score : s)));
      if (step + 1 < SKM_ELEMENTS.length) setStep(step + 1);
      else setScreen('profile');
    },
    [step],
  );

  // 1–4 on a keyboard answer the question on screen.
  useEffect(() => {
    if (screen !== 'question' || idle) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const score = Number(event.key);
      if (score >= 1 && score <= 4) {
        event.preventDefault();
        answer(score);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screen, idle, answer]);

  const finish = async (withComment: boolean) => {
    if (!service) return;
    const anyProfile = Object.values(profile).some((v) => v !== null);
    const text = withComment ? comment.trim() : '';
    const parsed = ratingSchema.safeParse({
      idempotencyKey: crypto.randomUUID(),
      serviceId: service.id,
      scores,
      respondent: anyProfile ? profile : null,
      comment: text === '' ? null : text,
      answeredAt: new Date().toISOString(),
    });
    if (!parsed.success) return;
    const queued: QueuedRating = {
      ...parsed.data,
      serviceSlug: service.slug,
      serviceName: service.name,
      timeZone: kiosk.timeZone,
      attempts: 0,
      lastError: null,
      state: 'waiting',
    };
    await putRatings([queued]);
    setScreen('thanks');
    // The answers leave memory now; the thank-you screen shows none of them.
    setService(null);
    setScores(SKM_ELEMENTS.map(() => null));
    setProfile(NO_PROFILE);
    setComment('');
    void send(true);
  };

  const element = SKM_ELEMENTS[step]!;
  const text = ELEMENT_TEXT[lang][element];
  const labels = RESPONDENT_LABELS[lang];

  let body: ReactNode;
  if (screen === 'start') {
    body = (
      <>
        <h1 ref={heading} tabIndex={-1} className="kiosk-heading">
          {t('start.heading')}
        </h1>
        <p className="kiosk-lead">{t('start.lead')}</p>
        {kiosk.services.length === 0 ? (
          <p className="kiosk-lead">{t('start.noServices')}</p>
        ) : (
          <ul className="kiosk-services">
            {kiosk.services.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="kiosk-choice"
                  onClick={() => {
                    setService(s);
                    setStep(0);
                    setScreen('question');
                  }}
                >
                  {s.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  } else if (screen === 'question') {
    body = (
      <>
        <Progress current={step + 1} total={SKM_ELEMENTS.length} label={t('question.progress', { n: step + 1, total: SKM_ELEMENTS.length })} />
        <p className="kiosk-service-name">{service?.name}</p>
        <h1 ref={heading} tabIndex={-1} className="kiosk-heading" id="kiosk-question">
          {text.question}
        </h1>
        <SkmFaces kind="button" answers={text.answers} labelledBy="kiosk-question" chosen={scores[step] ?? null} onAnswer={answer} />
        <Nav>
          <button type="button" className="kiosk-secondary" onClick={() => (step === 0 ? reset() : setStep(step - 1))}>
            {step === 0 ? t('cancel') : t('back')}
          </button>
        </Nav>
      </>
    );
  } else if (screen === 'profile') {
    const group = (field: keyof Profile, title: KioskKey, options: ReadonlyArray<{ value: string; label: string }>) => (
      <div className="kiosk-profile-group" role="group" aria-labelledby={`kiosk-profile-${field}`}>
        <h2 id={`kiosk-profile-${field}`}>{t(title)}</h2>
        <div className="kiosk-options">
          {options.map((o) => (
            <button
              key={o.value}
              type="button"
              className="kiosk-option"
              aria-pressed={profile[field] === o.value}
              onClick={() => setProfile((p) => ({ ...p, [field]: p[field] === o.value ? null : o.value }))}
            >
              {o.label}
            </button>
          ))}
        </div>
      </div>
    );
    body = (
      <>
        <h1 ref={heading} tabIndex={-1} className="kiosk-heading">
          {t('profile.heading')}
        </h1>
        {group('ageGroup', 'profile.ageGroup', AGE_GROUPS.map((a) => ({ value: a, label: t('profile.years', { range: a.replace('-', '–') }) })))}
        {group('gender', 'profile.gender', GENDERS.map((g) => ({ value: g, label: labels.gender[g] })))}
        {group('education', 'profile.education', EDUCATION_LEVELS.map((e) => ({ value: e, label: labels.education[e] })))}
        {group('occupation', 'profile.occupation', OCCUPATIONS.map((o) => ({ value: o, label: labels.occupation[o] })))}
        <Nav>
          <button type="button" className="kiosk-secondary" onClick={() => { setStep(SKM_ELEMENTS.length - 1); setScreen('question'); }}>
            {t('back')}
          </button>
          <button type="button" className="kiosk-secondary" onClick={() => { setProfile(NO_PROFILE); setScreen('comment'); }}>
            {t('skip')}
          </button>
          <button type="button" className="kiosk-primary" onClick={() => setScreen('comment')}>
            {t('next')}
          </button>
        </Nav>
      </>
    );
  } else if (screen === 'comment') {
    body = (
      <>
        <h1 ref={heading} tabIndex={-1} className="kiosk-heading">
          {t('comment.heading')}
        </h1>
        <label htmlFor="kiosk-comment" className="kiosk-label">
          {t('comment.label')}
        </label>
        <p id="kiosk-comment-hint" className="kiosk-hint">
          {t('comment.hint', { max: COMMENT_MAX })}
        </p>
        <textarea id="kiosk-comment" className="kiosk-textarea" rows={4} maxLength={COMMENT_MAX} aria-describedby="kiosk-comment-hint" value={comment} onChange={(e) => setComment(e.target.value.replaceAll('\u0000', ''))} />
        <Nav>
          <button type="button" className="kiosk-secondary" onClick={() => setScreen('profile')}>
            {t('back')}
          </button>
          <button type="button" className="kiosk-secondary" onClick={() => void finish(false)}>
            {t('comment.sendWithout')}
          </button>
          <button type="button" className="kiosk-primary" onClick={() => void finish(true)}>
            {t('comment.send')}
          </button>
        </Nav>
      </>
    );
  } else {
    body = (
      <div className="kiosk-thanks">
        <SkmFace score={4} />
        <h1 ref={heading} tabIndex={-1} className="kiosk-heading">
          {t('thanks.heading')}
        </h1>
        <p className="kiosk-lead">{t('thanks.lead')}</p>
        <button type="button" className="kiosk-primary" onClick={reset}>
          {t('thanks.again')}
        </button>
      </div>
    );
  }

  return (
    <div className="kiosk" lang={lang} data-ready={ready ? 'true' : undefined} data-screen={screen}>
      <header className="kiosk-top">
        <p className="kiosk-unit">{kiosk.unitName}</p>
        <button
          type="button"
          className="kiosk-lang"
          lang={lang === 'id' ? 'en' : 'id'}
          aria-label={t('lang.switchLabel')}
          onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
        >
          {t('lang.switch')}
        </button>
      </header>
      {/* Behind the prompt nothing of the survey stays on the page: not focusable, not readable. */}
      <main className="kiosk-main">{idle ? null : body}</main>
      {idle ? (
        <div className="kiosk-idle" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-heading" aria-describedby="kiosk-idle-lead">
          <h2 id="kiosk-idle-heading">{t('idle.heading')}</h2>
          <p id="kiosk-idle-lead">{t('idle.lead')}</p>
          <div className="kiosk-nav">
            <button type="button" className="kiosk-secondary" onClick={reset}>
              {t('idle.reset')}
            </button>
            {/* autoFocus: the prompt takes the keyboard focus, so Enter keeps the citizen's answers. */}
            <button type="button" className="kiosk-primary" autoFocus onClick={() => setIdle(false)}>
              {t('idle.stay')}
            </button>
          </div>
        </div>
      ) : null}
      <footer className="kiosk-status" aria-live="polite">
        {unpaired ? <span className="kiosk-status-alert">{t('queue.unpaired')}</span> : null}
        {counts.waiting > 0 ? <span data-testid="kiosk-waiting">{kioskPlural(lang, 'queue.waiting', counts.waiting)}</span> : null}
        {counts.stuck > 0 ? <span>{kioskPlural(lang, 'queue.stale', counts.stuck)}</span> : null}
      </footer>
    </div>
  );
}

function Progress({ current, total, label }: { current: number; total: number; label: string }) {
  return (
    <div className="kiosk-progress">
      <p className="kiosk-progress-text" aria-hidden="true">
        {current} / {total}
      </p>
      <progress className="kiosk-progress-bar" max={total} value={current} aria-label={label} />
    </div>
  );
}

function Nav({ children }: { children: ReactNode }) {
  return <div className="kiosk-nav">{children}</div>;
}
