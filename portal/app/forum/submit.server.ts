import { data } from '@remix-run/node';
import type { ApiError } from '../graphql/client.server';
import { translator, type Lang } from '../i18n';
import { waitText } from '../utils/format';
import type { ForumRefusal } from './forum-ui';
import { forumFieldOf, type ForumValues } from './forum-form';

/** A refused forum post, back on the same form with the citizen's text kept. */
export function forumRefusal(values: ForumValues, error: ApiError, lang: Lang) {
  const t = translator(lang);
  const keep = { ...values, honeypot: '' };
  const answer = (status: number, problems: ForumRefusal['problems'], headers: Record<string, string> = {}) =>
    data<ForumRefusal>({ values: keep, problems }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
  switch (error.code) {
    case 'BAD_USER_INPUT': {
      const problems = error.fields.map((f) => ({ field: forumFieldOf(f.field), message: f.message }));
      return answer(400, problems.length ? problems : [{ field: null, message: error.message }]);
    }
    case 'RATE_LIMITED': {
      const seconds = error.retryAfterSeconds ?? 60;
      return answer(429, [{ field: null, message: t('forum.error.limited', { wait: waitText(t, seconds) }) }], { 'Retry-After': String(Math.ceil(seconds)) });
    }
    case 'NOT_FOUND':
      return answer(404, [{ field: null, message: error.message }]);
    case 'SERVICE_UNAVAILABLE':
      return answer(503, [{ field: null, key: 'form.error.unavailable' }], { 'Retry-After': '60' });
    default:
      return answer(500, [{ field: null, key: 'form.error.unexpected' }]);
  }
}
