import { Entity, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Region, Unit } from '../geography/index.js';
import { PublicService } from '../services/index.js';

/**
 * A conversation between citizens and a unit (DESIGN.md: the forums between civil servants and
 * citizens), started by a citizen about one service or about the unit as a whole; its first post
 * carries the question, and the thread is public only once that post is published.
 */
@Entity({ tableName: 'forum_thread' })
@Index({ properties: ['service', 'lastActivityAt'] })
@Index({ properties: ['unit', 'lastActivityAt'] })
@Index({ properties: ['region', 'lastActivityAt'] })
export class ForumThread extends BaseEntity {
  /** The service asked about; null for a question to the unit as a whole. */
  @ManyToOne({ entity: () => PublicService, ref: true, nullable: true, deleteRule: 'cascade' })
  service: Ref<PublicService> | null = null;

  /** The unit that answers: the service's unit, or the unit asked directly. */
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  unit!: Ref<Unit>;

  // Indexed with lastActivityAt (above): the region's public list.
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** The name the citizen chose to show (no account behind it). */
  @Property({ type: 'string', length: 80 })
  authorName!: string;

  /** Moved forward by the database whenever a post of the thread is published (trigger, migration 20261129). */
  @Property({ type: 'datetime' })
  lastActivityAt: Opt<Date> = new Date();

  @Property({ type: 'boolean', default: false })
  locked: Opt<boolean> = false;
}
