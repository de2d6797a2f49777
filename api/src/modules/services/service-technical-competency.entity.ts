import { Entity, Index, ManyToOne, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Competency } from '../competency/index.js';
import { PublicService } from './public-service.entity.js';

/** The technical competencies a service declares it needs; indexed by competency too (the key covers the other direction). */
@Entity({ tableName: 'public_service_technical_competency' })
@Index({ properties: ['competency'] })
export class ServiceTechnicalCompetency {
  [PrimaryKeyProp]?: ['service', 'competency'];

  @ManyToOne({ entity: () => PublicService, ref: true, primary: true, deleteRule: 'cascade' })
  service!: Ref<PublicService>;

  @ManyToOne({ entity: () => Competency, ref: true, primary: true, deleteRule: 'cascade' })
  competency!: Ref<Competency>;
}
