import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { ServiceCategory, ServiceChannel } from '../../common/enums.js';
import { Region, Unit } from '../geography/index.js';
import { Competency } from '../competency/index.js';
import { ServiceTechnicalCompetency } from './service-technical-competency.entity.js';

/**
 * A public service with its service standard (standar pelayanan): what a unit delivers, how long it
 * promises to take and what it costs. Its slug is its stable address `/layanan/<slug>`, printed on
 * posters, so it is unique across regions and never reused.
 */
@Entity({ tableName: 'public_service' })
@Index({ properties: ['region', 'category'] })
// Trigram index: `services(search:)` matches any part of a name ("izin" in "Perizinan").
@Index({ name: 'public_service_search_text_trgm', expression: 'create index "public_service_search_text_trgm" on "public_service" using gin ("search_text" gin_trgm_ops)' })
// Full-text index: `services(search:)` ranks by the weighted vector (decision record 0037).
@Index({ name: 'public_service_search_vector', expression: 'create index "public_service_search_vector" on "public_service" using gin ("search_vector") with (fastupdate = off)' })
export class PublicService extends BaseEntity {
  @Property({ type: 'string', length: 120 })
  @Unique()
  slug!: string;

  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'restrict' })
  @Index()
  region!: Ref<Region>;

  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  @Index()
  unit!: Ref<Unit>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => ServiceCategory, type: 'string' })
  @Index()
  category!: ServiceCategory;

  @Enum({ items: () => ServiceChannel, type: 'string' })
  channel!: ServiceChannel;

  /** Requirements the citizen must bring, as published in the service standard. */
  @Property({ type: 'text', default: '' })
  requirements: Opt<string> = '';

  /** Promised completion time in working days (0 = served on the spot). */
  @Property({ type: 'integer' })
  promisedDays!: number;

  /** Fee in rupiah; 0 = free. */
  @Property({ type: 'integer', default: 0 })
  feeRupiah: Opt<number> = 0;

  /** Expected users a year: the population N for the SKM sample size (facts/SKM.md). */
  @Property({ type: 'integer' })
  expectedAnnualUsers!: number;

  /** Name and unit folded to lower case without accents, kept by the service layer for search. */
  @Property({ type: 'text', lazy: true })
  searchText!: string;

  /**
   * The name, and the name with unit, category and description, as weighted full-text vectors
   * (`suara_id`: Indonesian stemming behind unaccent). Kept by the database's own trigger from the
   * columns above (migration 20261129160000), never written by the application.
   */
  @Property({ columnType: 'tsvector', type: 'unknown', nullable: true, lazy: true, hidden: true })
  searchName?: unknown;

  @Property({ columnType: 'tsvector', type: 'unknown', nullable: true, lazy: true, hidden: true })
  searchVector?: unknown;

  /** Technical competencies this service needs; the SKM map points staff-related elements at them. */
  @ManyToMany({ entity: () => Competency, pivotEntity: () => ServiceTechnicalCompetency })
  technicalCompetencies = new Collection<Competency>(this);
}
