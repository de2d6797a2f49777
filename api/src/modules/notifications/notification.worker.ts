import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../common/logger.js';
import { type NotificationKind, NotificationStatus } from './notification-outbox.entity.js';
import { renderMail, type MailLanguage } from './templates.js';

/** What the worker needs of a mail transport (nodemailer's `Transporter` has it). */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
}

export interface WorkerOptions {
  /** The portal's address, for links and the Message-ID's host. */
  publicUrl: string;
  from: string;
  /**
   * How long a claimed row belongs to the worker that claimed it. Past it, the row is taken again:
   * the worker crashed mid-send. Longer than the transport's own timeouts (connection, greeting,
   * socket: a minute each at most), so a slow send is never overtaken by a second one.
   */
  leaseSeconds?: number;
  /** Rows one round claims at once. */
  batchSize?: number;
  /** Waits after the 1st, 2nd, … failed attempt; the attempt after the last one is the last. */
  backoffSeconds?: readonly number[];
}

/** 1 min, 5 min, 30 min, 2 h, 12 h, 24 h: a mail server down for a day still gets its mail. */
export const DEFAULT_BACKOFF_SECONDS = [60, 300, 1800, 7200, 43_200, 86_400] as const;
export const DEFAULT_LEASE_SECONDS = 600;

interface ClaimedRow {
  id: string;
  kind: NotificationKind;
  recipient: string;
  language: MailLanguage;
  data: Record<string, unknown>;
  attempts: number;
}

export interface RoundResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/**
 * An SMTP reply that will not change on a retry (5xx: no such mailbox, refused) fails the row for
 * good; anything else (4xx, a refused or broken connection, a timeout) is worth another attempt.
 * What is stored and logged is the code only: a server's text may quote the address.
 */
function classify(error: unknown): { permanent: boolean; code: string } {
  const e = (error ?? {}) as { responseCode?: unknown; code?: unknown; originalCode?: unknown };
  if (typeof e.responseCode === 'number') {
    return { permanent: e.responseCode >= 500 && e.responseCode < 600, code: `SMTP ${e.responseCode}` };
  }
  // nodemailer wraps a network error as ESOCKET and keeps the system's own (ECONNREFUSED, …) beside it.
  const named = [e.originalCode, e.code].find((c): c is string => typeof c === 'string' && /^[A-Z0-9_]{2,40}$/.test(c));
  const code = named ?? 'SEND_FAILED';
  return { permanent: false, code };
}

/**
 * The outbox's delivery (decision record 0035). A round claims due rows in one statement —
 * `for update skip locked`, so two API replicas never claim one row — marks them SENDING with a lease
 * and one more attempt, commits, then sends each with no database connection held, and records the
 * outcome only if the row is still the one it claimed (same attempt, still SENDING).
 *
 * SMTP gives at-least-once, not exactly-once: a worker that dies after the server accepted a mail and
 * before SENT is written leaves a row that is sent again once its lease ends. Every row's mail
 * carries the same Message-ID on every attempt, so the receiving side can recognise the repeat.
 */
export class NotificationWorker {
  private readonly lease: number;
  private readonly batch: number;
  private readonly backoff: readonly number[];
  private readonly messageHost: string;
  private stopping = false;

  constructor(
    /** A fresh EntityManager per round (a fork of the process's ORM): one statement each, no transaction held. */
    private readonly em: () => EntityManager,
    private readonly transport: MailTransport,
    private readonly options: WorkerOptions,
  ) {
    this.lease = options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
    this.batch = options.batchSize ?? 20;
    this.backoff = options.backoffSeconds ?? DEFAULT_BACKOFF_SECONDS;
    this.messageHost = new URL(options.publicUrl).hostname || 'suara.invalid';
  }

  /** Claims up to one batch of due rows and tries each once. */
  async runOnce(): Promise<RoundResult> {
    const em = this.em();
    // A row whose recipient was erased (privacy) has nobody to go to: never claimed.
    const claimed = await em.execute<ClaimedRow[]>(
      `with due as (
         select id from notification_outbox
         where status in ('${NotificationStatus.PENDING}', '${NotificationStatus.SENDING}') and next_attempt_at <= now() and recipient is not null
         order by next_attempt_at, id
         limit ?
         for update skip locked
       )
       update notification_outbox o
       set status = '${NotificationStatus.SENDING}', attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
       from due where o.id = due.id
       returning o.id, o.kind, o.recipient, o.language, o.data, o.attempts`,
      [this.batch, this.lease],
    );
    const result: RoundResult = { claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
    for (const [index, row] of claimed.entries()) {
      if (this.stopping) {
        // Shutting down: the rows not yet tried go back as they were, for the next process to take now
        // rather than after their lease.
        const rest = claimed.slice(index).map((r) => r.id);
        await em.execute(
          `update notification_outbox set status = '${NotificationStatus.PENDING}', attempts = attempts - 1, next_attempt_at = now()
           where id in (?) and status = '${NotificationStatus.SENDING}'`,
          [rest],
        );
        break;
      }
      const mail = renderMail(row.kind, row.language, row.data, this.options.publicUrl);
      try {
        await this.transport.sendMail({
          from: this.options.from,
          to: row.recipient,
          subject: mail.subject,
          text: mail.text,
          // Stable per row: a repeat after a crash is the same message to every MTA on the way.
          messageId: `<notification.${row.id}@${this.messageHost}>`,
          // RFC 3834: no vacation auto-replies to an automatic message.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        await em.execute(
          `update notification_outbox set status = '${NotificationStatus.SENT}', sent_at = now(), last_error = null
           where id = ? and status = '${NotificationStatus.SENDING}' and attempts = ?`,
          [row.id, row.attempts],
        );
        result.sent++;
      } catch (error) {
        const { permanent, code } = classify(error);
        const giveUp = permanent || row.attempts > this.backoff.length;
        const wait = this.backoff[Math.min(row.attempts, this.backoff.length) - 1] ?? 0;
        await em.execute(
          `update notification_outbox
           set status = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
           where id = ? and status = '${NotificationStatus.SENDING}' and attempts = ?`,
          [giveUp ? NotificationStatus.FAILED : NotificationStatus.PENDING, code, giveUp ? 0 : wait, row.id, row.attempts],
        );
        if (giveUp) result.failed++;
        else result.retried++;
        logger.warn(giveUp ? 'notification failed for good' : 'notification will be retried', { id: row.id, attempt: row.attempts, error: code });
      }
    }
    if (claimed.length) logger.info('notification round', { ...result, ids: claimed.map((r) => r.id) });
    return result;
  }

  /** Ends the current round after the mail being sent; no new round starts. */
  stop(): void {
    this.stopping = true;
  }

  /** Rounds until one claims less than a full batch (the outbox is drained of due rows), at most `max`. */
  async drain(max = 50): Promise<RoundResult> {
    const total: RoundResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    for (let i = 0; i < max && !this.stopping; i++) {
      const round = await this.runOnce();
      total.claimed += round.claimed;
      total.sent += round.sent;
      total.retried += round.retried;
      total.failed += round.failed;
      if (round.claimed < this.batch) break;
    }
    return total;
  }
}
