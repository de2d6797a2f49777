import { Entity, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { StaffAccount } from '../identity/index.js';
import { OfficialResponse } from './official-response.entity.js';

/**
 * The earlier text of an official answer that was corrected: who corrected it and when. Append-only
 * like the moderation log (a trigger in the migration refuses UPDATE, DELETE and TRUNCATE), so what a
 * unit once told a citizen in public can always be shown to those who audit it.
 */
@Entity({ tableName: 'official_response_revision' })
@Index({ properties: ['response', 'editedAt'] })
export class OfficialResponseRevision extends BaseEntity {
  @ManyToOne({ entity: () => OfficialResponse, ref: true, deleteRule: 'restrict' })
  response!: Ref<OfficialResponse>;

  /** The answer as it read before this correction. */
  @Property({ type: 'text' })
  previousBody!: string;

  /** Who corrected it; null only for answers folded together when the table became one answer per feedback. */
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  editedBy: Ref<StaffAccount> | null = null;

  @Property({ type: 'datetime' })
  editedAt: Opt<Date> = new Date();
}
