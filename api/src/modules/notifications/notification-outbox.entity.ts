import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Region } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';

/** What happened, from the recipient's point of view (decision record 0035). */
export enum NotificationKind {
  /** A moderator published a comment on a service of the recipient's unit: it now waits for an answer. */
  COMMENT_PUBLISHED = 'COMMENT_PUBLISHED',
  /** A published comment of the recipient's unit passed its answer deadline (5 working days). */
  ANSWER_OVERDUE = 'ANSWER_OVERDUE',
  /** The unit answered the comment of a citizen who asked to be told. */
  ANSWER_GIVEN = 'ANSWER_GIVEN',
}

export enum NotificationStatus {
  /** Waiting for its turn (`next_attempt_at`): new, or retried after a passing failure. */
  PENDING = 'PENDING',
  /** A worker has it until `next_attempt_at` (the lease); past that it is taken again. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Refused for good (a permanent SMTP answer) or out of attempts. */
  FAILED = 'FAILED',
}

/**
 * One e-mail to send, written in the same transaction as the event it reports (the transactional
 * outbox), so that an event that rolls back leaves no mail and a committed one always has its row.
 * `dedupeKey` is unique: an event that happens again (a comment hidden and published again, an answer
 * edited, a sweep run twice) finds its row and adds none. The recipient has its own column so that
 * erasing a citizen's contact is one UPDATE of the pending rows addressed to it; `data` holds ids and
 * public names only — never what a citizen wrote.
 */
@Entity({ tableName: 'notification_outbox' })
@Index({ properties: ['region', 'createdAt'] })
@Index({ properties: ['recipientAccount'] })
// The worker's scan: only rows still to send, soonest first.
@Index({
  name: 'notification_outbox_due_index',
  expression: `create index "notification_outbox_due_index" on "notification_outbox" ("next_attempt_at") where "status" in ('PENDING', 'SENDING')`,
})
export class NotificationOutbox extends BaseEntity {
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @Enum({ items: () => NotificationKind, type: 'string' })
  kind!: NotificationKind;

  /** An e-mail address. Null once erased (a citizen's contact removed): the row is then never sent. */
  @Property({ type: 'string', length: 254, nullable: true })
  recipient: string | null = null;

  /** The staff account it goes to; null for a citizen. */
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  recipientAccount: Ref<StaffAccount> | null = null;

  @Enum({ items: ['id', 'en'], type: 'string' })
  language!: 'id' | 'en';

  /** What the template needs: ids, the service's and unit's public names, a receipt code. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  /** `comment:<feedbackId>:<accountId>`, `overdue:<feedbackId>:<accountId>`, `answer:<feedbackId>`. */
  @Property({ type: 'string', length: 200 })
  @Unique()
  dedupeKey!: string;

  @Enum({ items: () => NotificationStatus, type: 'string' })
  status: Opt<NotificationStatus> = NotificationStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  /** PENDING: not before this; SENDING: the lease ends here. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt: Opt<Date> = new Date();

  /** An SMTP reply code or a network error code — never the server's text, which may quote the address. */
  @Property({ type: 'string', length: 100, nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;
}
