import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Region } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';
import { Feedback } from '../feedback/index.js';

/** Where a deletion request stands (decision record 0034). */
export enum DataDeletionStatus {
  /** Waiting for a moderator of the region (or an admin) to confirm or reject it. */
  PENDING = 'PENDING',
  /** Confirmed: the rating's personal data is erased; its scores stay as anonymous counts. */
  CONFIRMED = 'CONFIRMED',
  /** Rejected by staff, with a reason; nothing was erased. */
  REJECTED = 'REJECTED',
}

/** How the request reached the region. */
export enum DataDeletionChannel {
  /** The citizen used the form on the tracking page (/lacak/<kode>). */
  TRACKING_PAGE = 'TRACKING_PAGE',
  /** Staff typed in a receipt code that came by letter or e-mail. */
  STAFF = 'STAFF',
}

/** Longest reason a citizen or staff member may give (code points). */
export const DELETION_REASON_MAX = 1000;

/**
 * A citizen's request to erase the personal data of one rating, found by its receipt code (UU 27/2022
 * on personal data protection, the right to erasure). At most one request per rating is PENDING at a
 * time (a partial unique index), so a double click or two tabs record one request.
 */
@Entity({ tableName: 'data_deletion_request' })
@Index({ properties: ['region', 'status', 'createdAt'] })
@Index({
  name: 'data_deletion_request_pending_unique',
  expression: `create unique index "data_deletion_request_pending_unique" on "data_deletion_request" ("feedback_id") where "status" = 'PENDING'`,
})
export class DataDeletionRequest extends BaseEntity {
  @ManyToOne({ entity: () => Feedback, ref: true, deleteRule: 'restrict' })
  @Index()
  feedback!: Ref<Feedback>;

  /** The rating's region, whose moderators decide. */
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Enum({ items: () => DataDeletionStatus, type: 'string' })
  status: Opt<DataDeletionStatus> = DataDeletionStatus.PENDING;

  @Enum({ items: () => DataDeletionChannel, type: 'string' })
  channel!: DataDeletionChannel;

  /**
   * Why, in the requester's words (optional). It may itself carry personal data, so it is erased with
   * the rating's data when the request is confirmed, and by the retention sweep otherwise.
   */
  @Property({ type: 'text', nullable: true, check: `char_length(reason) <= ${DELETION_REASON_MAX}` })
  reason: string | null = null;

  /** The staff member who entered a request that came by letter or e-mail; null from the tracking page. */
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  requestedBy: Ref<StaffAccount> | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  decidedBy: Ref<StaffAccount> | null = null;

  /** The staff member's reason for a rejection, shown to the citizen on the tracking page. */
  @Property({ type: 'text', nullable: true, check: `char_length(reject_reason) <= ${DELETION_REASON_MAX}` })
  rejectReason: string | null = null;

  /** CONFIRMED: the names of the fields that held data and were erased (never their contents). */
  @Property({ type: 'json', nullable: true })
  erasedFields: string[] | null = null;
}
