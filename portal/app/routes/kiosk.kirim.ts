import { data, type ActionFunctionArgs } from '@remix-run/node';
import { callerOf, execute } from '../graphql/client.server';
import { kioskTokenOf } from '../kiosk/cookie.server';
import { ratingSchema, type SendOutcome } from '../kiosk/rating';
import { outcomeOf, toKioskInput } from '../kiosk/send.server';
import { submitKioskFeedbackMutation } from '../kiosk/kiosk.server';

/**
 * POST /kiosk/kirim: the tablet's sender hands over one queued rating (JSON); the portal passes it to
 * the API with the device token from the `suara_kiosk` cookie. One rating per request keeps the
 * order the tablet chose and makes each answer about exactly one rating. The edge (security.mjs)
 * has already refused other origins and bodies over its limit.
 */

/** One rating with a 2,000-character comment is a few kilobytes; nothing of ours is bigger. */
const MAX_BYTES = 16 * 1024;

const NO_STORE = { 'Cache-Control': 'no-store' };

function answer(body: SendOutcome | { outcome: 'invalid' }, status: number, headers: Record<string, string> = {}) {
  return data(body, { status, headers: { ...NO_STORE, ...headers } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== 'POST') return answer({ outcome: 'invalid' }, 405, { Allow: 'POST' });
  const token = await kioskTokenOf(request);
  if (!token) return answer({ outcome: 'unpaired' }, 401);
  if (!/^application\/json\b/i.test(request.headers.get('Content-Type') ?? '')) return answer({ outcome: 'invalid' }, 415);
  const raw = await request.text();
  if (raw.length > MAX_BYTES) return answer({ outcome: 'invalid' }, 413);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return answer({ outcome: 'invalid' }, 400);
  }
  const parsed = ratingSchema.safeParse(json);
  // Our own tablet script built it with the same schema: a rating that fails here never will pass.
  if (!parsed.success) return answer({ outcome: 'refused', state: 'failed', reason: 'invalid' }, 422);
  const result = await execute({ ...callerOf(request, context), kioskToken: token }, submitKioskFeedbackMutation, { input: toKioskInput(parsed.data) });
  if (result.ok) return answer({ outcome: 'stored', submittedAt: result.data.submitFeedback.feedback.submittedAt }, 200);
  const { status, body } = outcomeOf(result.error);
  const retryAfter: Record<string, string> = body.outcome === 'retry' && body.retryAfter ? { 'Retry-After': String(Math.ceil(body.retryAfter)) } : {};
  return answer(body, status, retryAfter);
}

/** GET /kiosk/kirim is nothing to look at. */
export function loader() {
  return answer({ outcome: 'invalid' }, 405, { Allow: 'POST' });
}
