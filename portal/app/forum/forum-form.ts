import { z } from 'zod/mini';
import type { FieldProblem } from '../staff/forms';

/** The forum's forms: one schema in the browser and in the action; the API's limits (forum module). */

export const FORUM_FIELD = { title: 'judul', body: 'isi', name: 'nama', honeypot: 'situs-web' } as const;
export type ForumField = 'title' | 'body' | 'name';

const length = (s: string) => [...s].length;

const body = z.string().check(
  z.trim(),
  z.minLength(1, { error: 'forum.error.bodyMissing' }),
  z.refine((s) => length(s) <= 4000, { error: 'forum.error.bodyTooLong' }),
);
const name = z.string().check(
  z.trim(),
  z.minLength(1, { error: 'forum.error.nameMissing' }),
  z.refine((s) => length(s) <= 80, { error: 'forum.error.nameMissing' }),
);
const title = z.string().check(
  z.trim(),
  z.refine((s) => length(s) >= 3 && length(s) <= 200, { error: 'forum.error.titleLength' }),
);

const threadSchema = z.object({ title, body, name, honeypot: z.string() });
const replySchema = z.object({ body, name, honeypot: z.string() });

export interface ForumValues {
  title: string;
  body: string;
  name: string;
  honeypot: string;
}

export function readForumForm(form: FormData): ForumValues {
  const text = (n: string) => {
    const v = form.get(n);
    return typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : '';
  };
  return { title: text(FORUM_FIELD.title), body: text(FORUM_FIELD.body), name: text(FORUM_FIELD.name), honeypot: text(FORUM_FIELD.honeypot) };
}

const ORDER: ForumField[] = ['title', 'body', 'name'];

export function validateForumForm(values: ForumValues, kind: 'thread' | 'reply') {
  const parsed = kind === 'thread' ? threadSchema.safeParse(values) : replySchema.safeParse({ body: values.body, name: values.name, honeypot: values.honeypot });
  if (parsed.success) return { ok: true as const, value: { title: values.title.trim(), body: values.body.trim(), name: values.name.trim(), honeypot: values.honeypot } };
  const problems: FieldProblem<ForumField>[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ForumField;
    if (ORDER.includes(field) && !problems.some((p) => p.field === field)) problems.push({ field, key: issue.message });
  }
  problems.sort((a, b) => ORDER.indexOf(a.field!) - ORDER.indexOf(b.field!));
  return { ok: false as const, problems };
}

/** The API's name of a forum input field, as a place in the form. */
export function forumFieldOf(apiField: string): ForumField | null {
  const last = apiField.split('.').pop();
  if (last === 'title') return 'title';
  if (last === 'body') return 'body';
  if (last === 'authorName') return 'name';
  return null;
}
