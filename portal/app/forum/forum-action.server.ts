import { data, redirect, type AppLoadContext } from '@remix-run/node';
import { callerOf, execute, type ApiError, type ApiResult } from '../graphql/client.server';
import { postToForumMutation, startForumThreadMutation } from '../graphql/forum.server';
import { formOf, apiProblem } from '../utils/problems.server';
import { forumFieldOf, readForumForm, validateForumForm, type ForumProblem, type ForumRefusal } from './forum-form';


function problemsFromApi(error: ApiError): ForumProblem[] {
  if (error.code === 'BAD_USER_INPUT' && error.fields.length) {
    return error.fields.map((f) => ({ field: forumFieldOf(f.field), kind: 'api' as const, message: f.message }));
  }
  return [{ field: null, kind: 'api', message: error.message }];
}

/**
 * Handles the POST of a forum form: checks it with the form's schema, sends it to the API, and
 * redirects to `sentTo` (the same page, saying the post waits for moderation) — or answers the
 * words back with the problems, so nothing typed is lost. A refusal the citizen can act on (bad
 * input, too many posts from this network, a thread that is gone) is shown on the form; the API
 * being away is the 503 page.
 */
export async function handleForumPost(
  request: Request,
  context: AppLoadContext,
  target: { kind: 'thread'; serviceId?: string; unitId?: string } | { kind: 'reply'; threadId: string },
  sentTo: string,
) {
  const values = readForumForm(await formOf(request));
  const refuse = (status: number, problems: ForumProblem[]) =>
    data<ForumRefusal>({ values, problems }, { status, headers: { 'Cache-Control': 'no-store' } });
  const checked = validateForumForm(target.kind, values);
  if (!checked.ok) return refuse(400, checked.problems);

  const caller = callerOf(request, context);
  const { title, body, authorName } = checked.values;
  const website = values.honeypot || null;
  const result: ApiResult<unknown> =
    target.kind === 'thread'
      ? await execute(caller, startForumThreadMutation, {
          input: { serviceId: target.serviceId ?? null, unitId: target.unitId ?? null, title, body, authorName, website },
        })
      : await execute(caller, postToForumMutation, { input: { threadId: target.threadId, body, authorName, website } });
  if (!result.ok) {
    const { code } = result.error;
    if (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'NOT_FOUND') return refuse(400, problemsFromApi(result.error));
    if (code === 'RATE_LIMITED') return refuse(429, problemsFromApi(result.error));
    apiProblem(result.error);
  }
  return redirect(sentTo, { status: 303 });
}
