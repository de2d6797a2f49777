import { allRatings, deleteRatings, putRatings } from './queue.client';
import { SEND_WINDOW_MS, type QueuedRating, type SendOutcome } from './rating';

/**
 * Sends the queue, oldest answer first, one rating per request to `/kiosk/kirim`. A rating leaves the
 * queue only when the API confirmed it (a new receipt, or the first one again for a key it already
 * has: that is how a rating whose answer was lost on the way back is stored once). The first rating
 * that must wait stops the round, so the order never changes; rounds start on page load, on the
 * `online` event, after each new rating and on a timer, and never two at once, across tabs too
 * (a flag per tab, and a Web Lock across tabs).
 */

export interface SendReport {
  /** The device token was refused: the kiosk must be paired again (the queue stays). */
  unpaired: boolean;
}

/** 5 s, 10 s, 20 s … at most 5 minutes between tries of the same rating. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}

const LOCK = 'suara-kiosk-sender';
let running = false;

async function post(rating: QueuedRating): Promise<SendOutcome> {
  const { idempotencyKey, serviceId, scores, respondent, comment, answeredAt } = rating;
  let response: Response;
  try {
    response = await fetch('/kiosk/kirim', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ idempotencyKey, serviceId, scores, respondent, comment, answeredAt }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { outcome: 'retry', retryAfter: null, reason: 'network' };
  }
  const body = (await response.json().catch(() => null)) as SendOutcome | null;
  if (body && typeof body === 'object' && 'outcome' in body && ['stored', 'retry', 'unpaired', 'refused'].includes(body.outcome)) return body;
  // A proxy's error page, a portal restarting: nothing was decided about this rating.
  return { outcome: 'retry', retryAfter: null, reason: `HTTP ${response.status}` };
}

async function round(force: boolean, now: () => number): Promise<SendReport> {
  const queue = await allRatings();
  for (const rating of queue) {
    if (rating.state !== 'waiting') continue;
    if (now() - Date.parse(rating.answeredAt) > SEND_WINDOW_MS) {
      // The API would refuse it (answeredAt older than 7 days): it stays for the paper export.
      await putRatings([{ ...rating, state: 'stale', lastError: 'answeredAt' }]);
      continue;
    }
    if (!force && rating.nextAttemptAt && rating.nextAttemptAt > now()) return { unpaired: false };
    const result = await post(rating);
    if (result.outcome === 'stored') {
      await deleteRatings([rating.idempotencyKey]);
      continue;
    }
    if (result.outcome === 'refused') {
      await putRatings([{ ...rating, state: result.state, lastError: result.reason }]);
      continue;
    }
    const attempts = rating.attempts + 1;
    const wait = result.outcome === 'retry' && result.retryAfter ? result.retryAfter * 1000 : backoffMs(attempts);
    await putRatings([{ ...rating, attempts, lastError: result.outcome === 'retry' ? result.reason : 'unpaired', nextAttemptAt: now() + wait }]);
    return { unpaired: result.outcome === 'unpaired' };
  }
  return { unpaired: false };
}

/**
 * One sending round, unless this tab already has one running or waiting (then null). Across tabs the
 * Web Lock makes rounds take turns: a page opened while the previous page's round is still being
 * torn down waits for it rather than skipping its own. `force` ignores the waits between tries: the
 * network just came back, or the page was just opened.
 */
export async function sendQueue({ force = false, now = Date.now }: { force?: boolean; now?: () => number } = {}): Promise<SendReport | null> {
  if (running) return null;
  running = true;
  try {
    if (typeof navigator !== 'undefined' && navigator.locks) return await navigator.locks.request(LOCK, () => round(force, now));
    return await round(force, now);
  } finally {
    running = false;
  }
}
