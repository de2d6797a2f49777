import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Region, Unit } from '../geography/index.js';
import { PublicService } from '../services/index.js';

/**
 * Satisfaction rollup per (service, calendar day in the region's time zone), updated in the same
 * transaction as each feedback row so that a page never disagrees with the stored responses. Every
 * score, trend and ranking reads these rows: O(days × services), never O(responses).
 * Sums are per element; every counted response scores all nine elements, so `responseCount` is the
 * divisor of each NRR. Spam is never counted.
 */
@Entity({ tableName: 'satisfaction_daily' })
@Index({ properties: ['region', 'day'] })
@Index({ properties: ['unit', 'day'] })
export class SatisfactionDaily {
  [PrimaryKeyProp]?: ['service', 'day'];

  @ManyToOne({ entity: () => PublicService, ref: true, primary: true, deleteRule: 'cascade' })
  service!: Ref<PublicService>;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  unit!: Ref<Unit>;

  @Property({ type: 'integer', default: 0 })
  responseCount: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumPersyaratan: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumSistemMekanismeProsedur: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumWaktuPenyelesaian: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumBiayaTarif: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumProdukSpesifikasi: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumKompetensiPelaksana: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumPerilakuPelaksana: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumPenangananPengaduan: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  sumSaranaPrasarana: Opt<number> = 0;

  // Responses that scored the element 1 or 2 ("low"): the count behind development needs.
  @Property({ type: 'integer', default: 0 })
  lowPersyaratan: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  lowSistemMekanismeProsedur: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  lowWaktuPenyelesaian: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  lowBiayaTarif: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  lowProdukSpesifikasi: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  lowKompetensiPelaksana: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  lowPerilakuPelaksana: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  lowPenangananPengaduan: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  lowSaranaPrasarana: Opt<number> = 0;
}
