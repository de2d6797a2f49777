import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form, Link, useNavigation } from '@remix-run/react';
import type { Translator } from '../i18n';
import { formatDateIn, unitLabel } from '../utils/format';
import {
  BODY_MAX,
  FORUM_FIELD,
  NAME_MAX,
  TITLE_MAX,
  TITLE_MIN,
  readForumForm,
  validateForumForm,
  type ForumField,
  type ForumFormValues,
  type ForumProblem,
} from './forum-form';
import { ContentText, slot } from '../components/content-lang';

export interface ThreadSummary {
  id: string;
  title: string;
  authorName: string;
  createdAt: string;
  lastActivityAt: string;
  answered: boolean;
  postCount: number;
  service: { slug: string; name: string } | null;
  unit: { id: string; name: string; abbreviation: string | null; region: { slug: string; name: string; timeZone: string } };
}

/** A list of threads: title, what it is about, who asked, whether the unit answered (in words, not colour only). */
export function ThreadList({ t, threads, showAbout = true }: { t: Translator; threads: ThreadSummary[]; showAbout?: boolean }) {
  return (
    <ol className="thread-list">
      {threads.map((thread) => (
        <li key={thread.id} className="thread">
          <h3 className="thread__title">
            <Link to={`/forum/${thread.id}`} lang="id">
              {thread.title}
            </Link>
          </h3>
          {showAbout ? (
            <p className="thread__about">
              <ContentText text={t('forum.thread.about', { what: slot('what') })} values={{ what: thread.service ? thread.service.name : unitLabel(thread.unit) }} />
            </p>
          ) : null}
          <p className="thread__meta">
            <span className={thread.answered ? 'badge badge--answered' : 'badge badge--waiting'}>
              {thread.answered ? t('forum.thread.answered') : t('forum.thread.unanswered')}
            </span>{' '}
            {t.plural('forum.thread.posts', thread.postCount)} ·{' '}
            <time dateTime={thread.lastActivityAt}>
              {t('forum.thread.lastActivity', { date: formatDateIn(t, thread.lastActivityAt, thread.unit.region.timeZone) })}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}

const FIELD_LABEL: Record<ForumField, 'forum.field.title' | 'forum.field.body' | 'forum.field.authorName'> = {
  title: 'forum.field.title',
  body: 'forum.field.body',
  authorName: 'forum.field.authorName',
};

export function forumProblemText(t: Translator, problem: ForumProblem, kind: 'thread' | 'reply'): string {
  if (problem.kind === 'api') return problem.message;
  const key = problem.field === 'body' && kind === 'reply' ? 'forum.field.reply' : FIELD_LABEL[problem.field];
  const field = t(key);
  switch (problem.kind) {
    case 'required':
      return t('forum.error.required', { field: field.toLowerCase() });
    case 'tooShort':
      return t('forum.error.tooShort', { field, min: problem.min });
    case 'tooLong':
      return t('forum.error.tooLong', { field, max: problem.max, count: problem.count });
  }
}

const fieldId = (prefix: string, field: ForumField) => `${prefix}-${FORUM_FIELD[field]}`;

/**
 * The form for a new question or a reply: a plain POST (works without JavaScript), an error summary
 * that takes focus and links to each field, the error beside the field, and a honeypot field that
 * people never see.
 */
export function ForumForm({
  t,
  kind,
  values,
  problems,
  sent,
}: {
  t: Translator;
  kind: 'thread' | 'reply';
  values: ForumFormValues | null;
  problems: ForumProblem[];
  sent: boolean;
}) {
  const prefix = kind === 'thread' ? 'tanya' : 'balas';
  // With JavaScript the same schema checks the form before anything is sent (STYLE.md, 7); the
  // action checks again, and without JavaScript it is the only check.
  const [browserProblems, setBrowserProblems] = useState<ForumProblem[] | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const navigation = useNavigation();
  useEffect(() => {
    if (browserProblems?.length) summary.current?.focus();
  }, [browserProblems]);
  useEffect(() => {
    if (navigation.state === 'submitting') setBrowserProblems(null);
  }, [navigation.state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const check = validateForumForm(kind, readForumForm(new FormData(event.currentTarget)));
    if (!check.ok) {
      event.preventDefault();
      setBrowserProblems(check.problems);
    }
  };
  problems = browserProblems ?? problems;
  const problemOf = (field: ForumField) => problems.find((p) => p.field === field);
  const described = (field: ForumField, hint: boolean) =>
    [hint ? `${fieldId(prefix, field)}-petunjuk` : null, problemOf(field) ? `${fieldId(prefix, field)}-galat` : null].filter(Boolean).join(' ') || undefined;
  const error = (field: ForumField) => {
    const problem = problemOf(field);
    return problem ? (
      <p id={`${fieldId(prefix, field)}-galat`} className="field__error">
        {forumProblemText(t, problem, kind)}
      </p>
    ) : null;
  };
  return (
    <>
      {sent ? (
        <p className="notice notice--success" role="status">
          {t('forum.sent')}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div ref={summary} className="error-summary" role="alert" aria-labelledby={`${prefix}-masalah`} tabIndex={-1} autoFocus>
          <h3 id={`${prefix}-masalah`}>{t('forum.errors.heading')}</h3>
          <ul className="error-summary__list">
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.field ? <a href={`#${fieldId(prefix, problem.field)}`}>{forumProblemText(t, problem, kind)}</a> : forumProblemText(t, problem, kind)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="post" className="forum-form" noValidate onSubmit={onSubmit}>
        {kind === 'thread' ? (
          <div className="field">
            <label htmlFor={fieldId(prefix, 'title')} className="field__label">
              {t('forum.field.title')}
            </label>
            <p id={`${fieldId(prefix, 'title')}-petunjuk`} className="field__hint">
              {t('forum.field.title.hint', { min: TITLE_MIN, max: TITLE_MAX })}
            </p>
            {error('title')}
            <input
              id={fieldId(prefix, 'title')}
              name={FORUM_FIELD.title}
              className="field__input"
              defaultValue={values?.title ?? ''}
              required
              minLength={TITLE_MIN}
              maxLength={TITLE_MAX * 2}
              aria-invalid={problemOf('title') ? true : undefined}
              aria-describedby={described('title', true)}
            />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={fieldId(prefix, 'body')} className="field__label">
            {t(kind === 'thread' ? 'forum.field.body' : 'forum.field.reply')}
          </label>
          <p id={`${fieldId(prefix, 'body')}-petunjuk`} className="field__hint">
            {t('forum.field.body.hint', { max: BODY_MAX })}
          </p>
          {error('body')}
          <textarea
            id={fieldId(prefix, 'body')}
            name={FORUM_FIELD.body}
            className="field__textarea"
            rows={6}
            defaultValue={values?.body ?? ''}
            required
            aria-invalid={problemOf('body') ? true : undefined}
            aria-describedby={described('body', true)}
          />
        </div>
        <div className="field">
          <label htmlFor={fieldId(prefix, 'authorName')} className="field__label">
            {t('forum.field.authorName')}
          </label>
          <p id={`${fieldId(prefix, 'authorName')}-petunjuk`} className="field__hint">
            {t('forum.field.authorName.hint')}
          </p>
          {error('authorName')}
          <input
            id={fieldId(prefix, 'authorName')}
            name={FORUM_FIELD.authorName}
            className="field__input"
            autoComplete="nickname"
            defaultValue={values?.authorName ?? ''}
            required
            maxLength={NAME_MAX * 2}
            aria-invalid={problemOf('authorName') ? true : undefined}
            aria-describedby={described('authorName', true)}
          />
        </div>
        {/* People never see or fill this; bots that fill every field do. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={`${prefix}-${FORUM_FIELD.honeypot}`}>{t('forum.field.honeypot')}</label>
          <input id={`${prefix}-${FORUM_FIELD.honeypot}`} name={FORUM_FIELD.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="button">
          {t(kind === 'thread' ? 'forum.submit.thread' : 'forum.submit.reply')}
        </button>
      </Form>
    </>
  );
}

/** "Next page" and "back to the first" links of a list kept in the address (`?setelah=<cursor>`). */
export function Pager({
  label,
  next,
  first,
  hrefOf,
  cursor,
  endCursor,
  hasNextPage,
}: {
  label: string;
  next: string;
  first: string;
  hrefOf: (after: string | null) => string;
  cursor: string | null;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
}) {
  if (!cursor && !(hasNextPage && endCursor)) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {cursor ? (
          <li>
            <Link to={hrefOf(null)}>{first}</Link>
          </li>
        ) : null}
        {hasNextPage && endCursor ? (
          <li>
            <Link rel="next" to={hrefOf(endCursor)}>
              {next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
