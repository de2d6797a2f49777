import { Form, Link } from '@remix-run/react';
import { useState, type FormEvent } from 'react';
import type { Translator } from '../i18n';
import { byField, ErrorSummary, Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { dateText } from '../staff/format';
import { FORUM_FIELD, readForumForm, validateForumForm, type ForumField, type ForumValues } from './forum-form';

export interface ThreadSummary {
  id: string;
  title: string;
  authorName: string;
  lastActivityAt: string;
  answered: boolean;
  postCount: number;
  service?: { name: string } | null;
  unit: { name: string; region: { timeZone: string } };
}

/** Threads, latest activity first, each saying whether the unit has answered (in words). */
export function ThreadList({ t, threads, showService }: { t: Translator; threads: readonly ThreadSummary[]; showService: boolean }) {
  if (!threads.length) return <p className="notice">{t('forum.empty')}</p>;
  return (
    <ul className="staff-cards">
      {threads.map((thread) => (
        <li key={thread.id} className="staff-card">
          <Link to={`/forum/${encodeURIComponent(thread.id)}`} className="staff-card__link">
            {thread.title}
          </Link>
          <p>
            {showService ? `${thread.service ? t('forum.thread.about', { service: thread.service.name, unit: thread.unit.name }) : t('forum.thread.aboutUnit', { unit: thread.unit.name })} · ` : ''}
            {t('forum.thread.meta', { author: thread.authorName, date: dateText(t, thread.lastActivityAt, thread.unit.region.timeZone) })} · {t.plural('forum.thread.posts', thread.postCount)} ·{' '}
            <strong>{thread.answered ? t('forum.thread.answered') : t('forum.thread.unanswered')}</strong>
          </p>
        </li>
      ))}
    </ul>
  );
}

export interface ForumRefusal {
  values: ForumValues;
  problems: FieldProblem<ForumField>[];
}

/**
 * Starting a thread or replying: a plain form (no JavaScript needed), checked in the browser and
 * again in the action; it says before and after sending that posts wait for a moderator.
 */
export function ForumForm({ t, kind, refusal, sent }: { t: Translator; kind: 'thread' | 'reply'; refusal: ForumRefusal | null; sent: boolean }) {
  const [browserProblems, setBrowserProblems] = useState<FieldProblem<ForumField>[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const problems = browserProblems ?? refusal?.problems ?? [];
  const fields = byField(problems);
  const values = refusal?.values;
  const headingId = kind === 'thread' ? 'ajukan' : 'balas';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const checked = validateForumForm(readForumForm(new FormData(event.currentTarget)), kind);
    if (!checked.ok) {
      event.preventDefault();
      setBrowserProblems(checked.problems);
      setAttempt((n) => n + 1);
    } else setBrowserProblems(null);
  }

  return (
    <section aria-labelledby={headingId} className="narrow">
      <h2 id={headingId}>{kind === 'thread' ? t('forum.start.heading') : t('forum.reply.heading')}</h2>
      {sent && !refusal ? (
        <p className="notice notice--success" role="status" tabIndex={-1} autoFocus>
          {t('forum.waits')}
        </p>
      ) : (
        <p>{t('forum.waitsNote')}</p>
      )}
      <ErrorSummary t={t} problems={problems} targetOf={(f) => FORUM_FIELD[f]} attempt={attempt + (refusal ? 1 : 0)} />
      <Form method="post" noValidate onSubmit={onSubmit} className="staff-form">
        {kind === 'thread' ? (
          <Field t={t} id={FORUM_FIELD.title} label={t('forum.field.title')} problem={fields.title}>
            {(aria) => <input {...aria} name={FORUM_FIELD.title} type="text" maxLength={200} defaultValue={values?.title} className="field__input" />}
          </Field>
        ) : null}
        <Field t={t} id={FORUM_FIELD.body} label={t('forum.field.body')} hint={t('forum.field.bodyHint')} problem={fields.body}>
          {(aria) => <textarea {...aria} name={FORUM_FIELD.body} rows={6} defaultValue={values?.body} className="field__textarea" />}
        </Field>
        <Field t={t} id={FORUM_FIELD.name} label={t('forum.field.name')} hint={t('forum.field.nameHint')} problem={fields.name}>
          {(aria) => <input {...aria} name={FORUM_FIELD.name} type="text" maxLength={80} autoComplete="nickname" defaultValue={values?.name} className="field__input" />}
        </Field>
        {/* Never seen or reached by people; software that fills every field fills this one too. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={FORUM_FIELD.honeypot}>{t('rating.honeypot.label')}</label>
          <input id={FORUM_FIELD.honeypot} name={FORUM_FIELD.honeypot} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" className="button button--large">
          {kind === 'thread' ? t('forum.submit.start') : t('forum.submit.reply')}
        </button>
      </Form>
    </section>
  );
}
