import { Entity, Index, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Unit } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';
import { Feedback } from './feedback.entity.js';

/**
 * A unit's official answer (tanggapan) to one feedback; served to GraphQL as `OfficialResponseType`.
 * One per feedback (unique): a second answer corrects this one, and the text it replaces goes to the
 * append-only `official_response_revision` (answers module), so simultaneous answers end in one row.
 */
@Entity({ tableName: 'official_response' })
export class OfficialResponse extends BaseEntity {
  @ManyToOne({ entity: () => Feedback, ref: true, deleteRule: 'cascade' })
  @Unique()
  feedback!: Ref<Feedback>;

  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  @Index()
  unit!: Ref<Unit>;

  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  author: Ref<StaffAccount> | null = null;

  @Property({ type: 'text', check: '(char_length(body) >= 1) AND (char_length(body) <= 4000)' })
  body!: string;

  @Property({ type: 'datetime' })
  respondedAt: Opt<Date> = new Date();

  /** When the answer was last corrected (null: never). */
  @Property({ type: 'datetime', nullable: true })
  editedAt: Date | null = null;
}
