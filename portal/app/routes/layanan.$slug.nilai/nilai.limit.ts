import type { Translator } from '../../i18n';
import { waitText } from '../../utils/format';

/**
 * The per-network hourly limit of ratings, as the citizen meets it. Many people share one address
 * (an office or puskesmas Wi-Fi, a mobile carrier), so reaching it is never the citizen's fault: over
 * the soft limit the API sends a proof-of-work challenge whose solution it accepts instead of the
 * wait, and the form solves it by itself; over the hard ceiling, or without JavaScript, the form says
 * plainly what happened and when to send again (decision record 0010).
 */
export interface NetworkLimit {
  /** Seconds until the network's window ends (the API's `retryAfter`). */
  seconds: number;
  /** The ALTCHA challenge (JSON) accepted instead of waiting; null over the hard ceiling. */
  challenge: string | null;
}

/** What the action tells the form about a limit it met: which limit, and whether that POST already carried a proof. */
export interface LimitAnswer {
  limit: NetworkLimit | null;
  /**
   * The refused POST carried a proof of work: it was the automatic second attempt (or a region's
   * own check), so it is never solved again by itself. One press of "Kirim" solves at most once.
   */
  sentWithProof: boolean;
}

/** The challenge the form should solve by itself before sending the same answers again, or null when it should show the notice. */
export function challengeToSolve(answer: LimitAnswer | null | undefined): string | null {
  if (!answer?.limit?.challenge || answer.sentWithProof) return null;
  return answer.limit.challenge;
}

export interface LimitNoticeText {
  heading: string;
  /** What happened and that it is not the citizen's fault; then that the answers are kept, and when to send again. */
  paragraphs: [string, string];
  /** For a browser without JavaScript, where a check would be accepted: that one would let it through now. */
  withoutScript: string | null;
}

/** The notice above the form when the rating was not stored because of the network's limit. */
export function limitNoticeText(t: Translator, limit: NetworkLimit): LimitNoticeText {
  return {
    heading: t('rating.limit.heading'),
    paragraphs: [t('rating.limit.why'), t('rating.limit.wait', { button: t('rating.submit'), wait: waitText(t, limit.seconds) })],
    withoutScript: limit.challenge ? t('rating.limit.noscript') : null,
  };
}
