import type { Lang } from '../graphql/request-scope.js';

import type { AnswerLimits } from '../graphql/limit-defaults.js';

export { DEFAULT_ANSWER_LIMITS, type AnswerLimits } from '../graphql/limit-defaults.js';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = (body: unknown) => JSON.stringify(body);
const seconds = (ms: number) => (ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
function size(bytes: number, lang: Lang): string {
  const locale = lang === 'en' ? 'en' : 'id-ID';
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`
    : `${Math.ceil(bytes / 1000).toLocaleString(locale)} kB`;
}

/** What a client gets when its request ran out of time: retry later (a slow database) or ask for less. */
export function timedOutAnswer(lang: Lang, limits: AnswerLimits, requestId: string): Answer {
  const message =
    lang === 'en'
      ? `This request did not finish within ${seconds(limits.timeoutMs)} seconds. Try again shortly, or ask for less.`
      : `Permintaan ini tidak selesai dalam ${seconds(limits.timeoutMs).replace('.', ',')} detik. Coba lagi sebentar lagi, atau minta lebih sedikit data.`;
  return {
    status: 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5', 'x-request-id': requestId },
    body: json({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', limit: { name: 'timeout', max: limits.timeoutMs } } }] }),
  };
}

/**
 * The answer, or an error in its place when it is larger than the limit. Under
 * application/graphql-response+json an answer without data is a request error (400); under
 * application/json it is 200, like every other GraphQL error there.
 */
export function cappedAnswer(body: string, contentType: string | undefined, lang: Lang, limits: AnswerLimits): { status?: number; body: string } {
  // A UTF-16 unit is at most three bytes: most answers need no counting.
  if (body.length * 3 <= limits.maxResponseBytes) return { body };
  const bytes = Buffer.byteLength(body);
  if (bytes <= limits.maxResponseBytes) return { body };
  const message =
    lang === 'en'
      ? `The answer is too large: ${size(bytes, lang)}, at most ${size(limits.maxResponseBytes, lang)}. Ask for less in one request (a smaller first, fewer fields).`
      : `Jawaban terlalu besar: ${size(bytes, lang)}, paling banyak ${size(limits.maxResponseBytes, lang)}. Minta lebih sedikit data dalam satu permintaan (first yang lebih kecil, lebih sedikit kolom).`;
  return {
    status: contentType?.includes('application/graphql-response+json') ? 400 : 200,
    body: json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', limit: { name: 'response', max: limits.maxResponseBytes, value: bytes } } }] }),
  };
}
