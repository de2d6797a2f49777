import { Entity, Index, ManyToOne, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Competency } from '../competency/index.js';
import { TrainingProgram } from './training-program.entity.js';

/** Which competencies a program targets; indexed by competency too (the key covers the other direction). */
@Entity({ tableName: 'training_program_competency' })
@Index({ properties: ['competency'] })
export class TrainingProgramCompetency {
  [PrimaryKeyProp]?: ['program', 'competency'];

  @ManyToOne({ entity: () => TrainingProgram, ref: true, primary: true, deleteRule: 'cascade' })
  program!: Ref<TrainingProgram>;

  @ManyToOne({ entity: () => Competency, ref: true, primary: true, deleteRule: 'cascade' })
  competency!: Ref<Competency>;
}
