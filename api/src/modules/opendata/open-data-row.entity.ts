import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Region, Unit } from '../geography/index.js';
import { PublicService } from '../services/index.js';

/**
 * One published open-data row: the SKM result of one service for one complete survey period, as it
 * was when published (facts/LAPORAN.md, "Periods": a published row is a snapshot; ratings that arrive
 * later make a numbered, dated revision and the earlier version is kept). Nothing personal: counts,
 * per-element sums and the scores derived from them. Below 5 responses the IKM and grade are null
 * (facts/SKM.md) and the page and the CSV show the count only; the sums stay here so that a unit's
 * total and the revision check are exact (decision record 0027).
 */
@Entity({ tableName: 'open_data_row' })
@Unique({ properties: ['service', 'periodKey', 'version'] })
@Index({ properties: ['region', 'periodKey'] })
@Index({ properties: ['unit'] })
export class OpenDataRow extends BaseEntity {
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  unit!: Ref<Unit>;

  @ManyToOne({ entity: () => PublicService, ref: true, deleteRule: 'cascade' })
  service!: Ref<PublicService>;

  /** `2026-S1`, `2026-Q3` or `2026` (packages/skm/src/periods.ts). */
  @Property({ type: 'string', length: 10 })
  periodKey!: string;

  @Property({ type: 'date' })
  periodFrom!: string;

  @Property({ type: 'date' })
  periodTo!: string;

  /** 1 when first published; n + 1 for each revision. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'datetime' })
  publishedAt!: Date;

  @Property({ type: 'integer' })
  responseCount!: number;

  /** Responses this version counts beyond the previous one (negative when spam was removed); null for version 1. */
  @Property({ type: 'integer', nullable: true })
  lateResponses: number | null = null;

  /** Converted IKM rounded to two decimals; null below 5 responses. */
  @Property({ type: 'double', nullable: true })
  ikm: number | null = null;

  @Property({ type: 'string', length: 1, nullable: true })
  grade: string | null = null;

  @Property({ type: 'integer' })
  sumPersyaratan!: number;

  @Property({ type: 'integer' })
  sumSistemMekanismeProsedur!: number;

  @Property({ type: 'integer' })
  sumWaktuPenyelesaian!: number;

  @Property({ type: 'integer' })
  sumBiayaTarif!: number;

  @Property({ type: 'integer' })
  sumProdukSpesifikasi!: number;

  @Property({ type: 'integer' })
  sumKompetensiPelaksana!: number;

  @Property({ type: 'integer' })
  sumPerilakuPelaksana!: number;

  @Property({ type: 'integer' })
  sumPenangananPengaduan!: number;

  @Property({ type: 'integer' })
  sumSaranaPrasarana!: number;
}
