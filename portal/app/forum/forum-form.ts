// zod/mini, like the rating form: this schema also runs in the citizen's browser.
import { z } from 'zod/mini';

/**
 * The forum's two forms — a new question (thread) and a reply — with one schema each, used by the
 * action and by the browser before sending. The limits are the API's (modules/forum); the API checks
 * again and has the last word.
 */

export const TITLE_MIN = 3;
export const TITLE_MAX = 200;
export const BODY_MAX = 4000;
export const NAME_MAX = 80;

/** Field names in the POST body (Indonesian, like the portal's addresses). */
export const FORUM_FIELD = {
  title: 'judul',
  body: 'isi',
  authorName: 'nama',
  honeypot: 'situs-web',
} as const;

export type ForumField = 'title' | 'body' | 'authorName';

export type ForumProblem =
  | { field: ForumField; kind: 'required' }
  | { field: ForumField; kind: 'tooShort'; min: number }
  | { field: ForumField; kind: 'tooLong'; count: number; max: number }
  | { field: ForumField | null; kind: 'api'; message: string };

export interface ForumFormValues {
  title: string;
  body: string;
  authorName: string;
  honeypot: string;
}

/** Characters as the API counts them (code points). */
export const characterCount = (text: string) => [...text.trim()].length;

export function readForumForm(form: FormData): ForumFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
  };
  return {
    title: text(FORUM_FIELD.title),
    body: text(FORUM_FIELD.body),
    authorName: text(FORUM_FIELD.authorName),
    honeypot: text(FORUM_FIELD.honeypot),
  };
}

const bounded = (min: number, max: number) =>
  z.string().check(
    z.trim(),
    z.refine((text) => text.length > 0, { error: 'required', abort: true }),
    z.refine((text) => characterCount(text) >= min, { error: 'tooShort', abort: true }),
    z.refine((text) => characterCount(text) <= max, { error: 'tooLong' }),
  );

const replySchema = z.object({
  body: bounded(1, BODY_MAX),
  authorName: bounded(1, NAME_MAX),
  // Never checked: whatever a bot writes here goes to the API, which then stores nothing visible.
  honeypot: z.string(),
});

const threadSchema = z.object({
  title: bounded(TITLE_MIN, TITLE_MAX),
  body: bounded(1, BODY_MAX),
  authorName: bounded(1, NAME_MAX),
  honeypot: z.string(),
});

const LIMITS: Record<ForumField, { min: number; max: number }> = {
  title: { min: TITLE_MIN, max: TITLE_MAX },
  body: { min: 1, max: BODY_MAX },
  authorName: { min: 1, max: NAME_MAX },
};

export type ForumCheck = { ok: true; values: ForumFormValues } | { ok: false; problems: ForumProblem[] };

/** Checks a new question (`thread`) or a reply; problems in the order of the form. */
export function validateForumForm(kind: 'thread' | 'reply', values: ForumFormValues): ForumCheck {
  const parsed = (kind === 'thread' ? threadSchema : replySchema).safeParse(values);
  if (parsed.success) {
    const { body, authorName } = parsed.data;
    const title = 'title' in parsed.data ? (parsed.data.title as string) : '';
    return { ok: true, values: { title, body, authorName, honeypot: values.honeypot } };
  }
  const problems: ForumProblem[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ForumField;
    const limit = LIMITS[field];
    if (issue.message === 'required') problems.push({ field, kind: 'required' });
    else if (issue.message === 'tooShort') problems.push({ field, kind: 'tooShort', min: limit.min });
    else problems.push({ field, kind: 'tooLong', count: characterCount(values[field]), max: limit.max });
  }
  const order: ForumField[] = ['title', 'body', 'authorName'];
  problems.sort((a, b) => order.indexOf(a.field as ForumField) - order.indexOf(b.field as ForumField));
  return { ok: false, problems };
}

/** Places an API's field problem beside the matching control. */
export function forumFieldOf(apiField: string): ForumField | null {
  if (apiField === 'title' || apiField === 'body' || apiField === 'authorName') return apiField;
  return null;
}

/** What an action answers when it did not store the post: the words as typed and what to fix. */
export interface ForumRefusal {
  values: ForumFormValues;
  problems: ForumProblem[];
}

/** `?terkirim=1`: the page after a post was received. */
export const SENT_PARAM = 'terkirim';
/** The cursor of a list page in the address. */
export const CURSOR_PARAM = 'setelah';
