import { Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { SKM_ELEMENTS, type SkmElement } from '../../common/enums.js';
import { Region } from '../geography/index.js';
import { Competency } from './competency.entity.js';

/**
 * Which competencies an SKM element points at, per region (facts/KOMPETENSI.md, "How Suara links SKM
 * elements to competencies"). A row either names a competency or, with `serviceTechnical`, stands
 * for "the technical competencies the rated service declares". SARANA_PRASARANA has no rows: it is a
 * facilities matter, not blamed on people.
 */
@Entity({ tableName: 'element_competency_map' })
@Unique({ properties: ['region', 'element', 'competency'] })
@Index({ properties: ['region', 'element'] })
@Check({ name: 'element_competency_map_target', expression: '(competency_id is not null) <> service_technical' })
export class ElementCompetencyMap extends BaseEntity {
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @Enum({ items: () => [...SKM_ELEMENTS], type: 'string' })
  element!: SkmElement;

  @ManyToOne({ entity: () => Competency, ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  competency: Ref<Competency> | null = null;

  @Property({ type: 'boolean', default: false })
  serviceTechnical: Opt<boolean> = false;
}
