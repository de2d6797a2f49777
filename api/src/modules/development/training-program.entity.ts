import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { TrainingForm, TrainingMode } from '../../common/enums.js';
import { Region } from '../geography/index.js';
import { Competency } from '../competency/index.js';
import { Partner } from './partner.entity.js';
import { TrainingProgramCompetency } from './training-program-competency.entity.js';

/**
 * A development program (Peraturan LAN 10/2018: klasikal or non-klasikal) that targets competencies.
 * `shared` programs are offered to other regions (inter-agency sharing of what worked).
 */
@Entity({ tableName: 'training_program' })
export class TrainingProgram extends BaseEntity {
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'restrict' })
  @Index()
  region!: Ref<Region>;

  @Property({ type: 'string', length: 240 })
  title!: string;

  @Property({ type: 'text', default: '' })
  description: Opt<string> = '';

  @Enum({ items: () => TrainingMode, type: 'string' })
  mode!: TrainingMode;

  @Enum({ items: () => TrainingForm, type: 'string' })
  form!: TrainingForm;

  /** Learning hours (jam pelajaran, 45 minutes each) a participant earns on completion. */
  @Property({ type: 'smallint', check: 'jp > 0' })
  jp!: number;

  @ManyToOne({ entity: () => Partner, ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  partner: Ref<Partner> | null = null;

  /** What one participant’s place costs, in whole rupiah (up to Rp 2.1 billion); the budget plan divides by it. */
  @Property({ type: 'integer', default: 0, check: 'cost_per_participant >= 0' })
  costPerParticipant: Opt<number> = 0;

  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Property({ type: 'boolean', default: false })
  @Index()
  shared: Opt<boolean> = false;

  @ManyToMany({ entity: () => Competency, pivotEntity: () => TrainingProgramCompetency })
  competencies = new Collection<Competency>(this);
}
