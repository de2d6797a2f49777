import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { FollowUpStatus, SKM_ELEMENTS, type SkmElement } from '../../common/enums.js';
import { Unit } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';

/**
 * A unit's follow-up plan (rencana tindak lanjut) for one survey period: the header of its actions
 * (FollowUpAction). It is a draft until someone agrees it; drafting the same unit and period twice
 * returns this row (unique on unit and period start), never a second plan.
 * facts/LAPORAN.md "Follow-up plans": the national evaluation of public services (PEKPPP) scores
 * units on plans tracked to closure.
 */
@Entity({ tableName: 'follow_up_plan_head' })
@Unique({ properties: ['unit', 'periodStart'] })
export class FollowUpPlan extends BaseEntity {
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  unit!: Ref<Unit>;

  /** `2026-S1`, `2026-Q3` or `2026` (@suara/skm parsePeriodKey), in the region's survey period when drafted. */
  @Property({ type: 'string', length: 10 })
  periodKey!: string;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  // Indexed: deleting a staff account sets these to null, which must not scan the table.
  @Index()
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  draftedBy: Ref<StaffAccount> | null = null;

  /** Null while the plan is a draft. */
  @Property({ type: 'datetime', nullable: true })
  agreedAt: Date | null = null;

  // Indexed: deleting a staff account sets these to null, which must not scan the table.
  @Index()
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  agreedBy: Ref<StaffAccount> | null = null;
}

/**
 * One action of a unit's follow-up plan on a weak SKM element: who is responsible, by when, and how
 * it ended (evidence when done, a reason when dropped). The table keeps its first name,
 * `follow_up_plan`, from when each row stood alone.
 */
@Entity({ tableName: 'follow_up_plan' })
@Index({ properties: ['unit', 'periodStart'] })
export class FollowUpAction extends BaseEntity {
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  unit!: Ref<Unit>;

  @Enum({ items: () => [...SKM_ELEMENTS], type: 'string' })
  element!: SkmElement;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'text' })
  action!: string;

  /** The person or section responsible; empty on a fresh draft, required to agree the plan. */
  @Property({ type: 'text', nullable: true })
  owner: string | null = null;

  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Enum({ items: () => FollowUpStatus, type: 'string' })
  status: Opt<FollowUpStatus> = FollowUpStatus.PLANNED;

  /** Evidence of completion (a text or a link); required for DONE. */
  @Property({ type: 'text', nullable: true })
  evidence: string | null = null;

  /** Why the action was dropped; required for DROPPED. */
  @Property({ type: 'text', nullable: true })
  dropReason: string | null = null;

  /** When the action became DONE or DROPPED. */
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** What it was drafted from: the element's average (1–4) in the period; null for an action added by hand. */
  @Property({ type: 'double', nullable: true })
  sourceAverage: number | null = null;

  /** …and the number of low scores (1 or 2) on that element in the period. */
  @Property({ type: 'integer', nullable: true })
  sourceLowScoreCount: number | null = null;

  /**
   * …and a few published comments on the unit in that period that mention the issue (feedback ids;
   * shown only while they stay published, so a later hide also hides them here).
   */
  @Property({ type: 'json', nullable: true })
  sourceCommentIds: string[] | null = null;

  /** True when the draft made this action (not added by hand). */
  @Property({ type: 'boolean', default: false })
  drafted: Opt<boolean> = false;
}
