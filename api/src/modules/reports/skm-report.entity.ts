import { Entity, Index, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Region, Unit } from '../geography/index.js';
import { StaffAccount } from '../identity/index.js';
import type { SkmReportContent } from './report-content.js';

/**
 * One published version of a unit's Laporan SKM for one survey period (facts/LAPORAN.md, "What a
 * Laporan SKM contains"). A published report is a SNAPSHOT (facts/LAPORAN.md, "Periods", product
 * decision): `content` holds everything the PDF shows, so version n prints the same forever; late
 * ratings for the period make version n + 1 and version n is kept (decision record 0026).
 */
@Entity({ tableName: 'skm_report' })
@Unique({ properties: ['unit', 'periodKey', 'version'] })
@Index({ properties: ['region', 'periodKey'] })
export class SkmReport extends BaseEntity {
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'cascade' })
  unit!: Ref<Unit>;

  /** The unit's region, kept here so a region's list is one index range. */
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  /** `2026-S1`, `2026-Q3`, `2026` (@suara/skm periods). */
  @Property({ type: 'string', length: 8 })
  periodKey!: string;

  @Property({ type: 'date' })
  periodFrom!: string;

  @Property({ type: 'date' })
  periodTo!: string;

  /** 1, 2, …: each revision is a new row; earlier rows are never changed. */
  @Property({ type: 'integer', check: 'version >= 1' })
  version!: number;

  @Property({ type: 'datetime' })
  publishedAt: Opt<Date> = new Date();

  /** The staff account that published (for a revision: the one that published version 1). Never public. */
  // Indexed: deleting a staff account sets these to null, which must not scan the table.
  @Index()
  @ManyToOne({ entity: () => StaffAccount, ref: true, nullable: true, deleteRule: 'set null' })
  publishedBy: Ref<StaffAccount> | null = null;

  /** Name and title of the head of unit who signs the report off, as it is printed. */
  @Property({ type: 'text', check: '(char_length(signed_by) >= 3) AND (char_length(signed_by) <= 200)' })
  signedBy!: string;

  /** Why this version replaced the previous one; null for version 1. */
  @Property({ type: 'text', nullable: true })
  revisionReason: string | null = null;

  /** Responses counted in the snapshot (also in `content`): the list shows it without reading the JSON. */
  @Property({ type: 'integer' })
  responseCount!: number;

  @Property({ type: 'double', nullable: true })
  ikm: number | null = null;

  @Property({ type: 'string', length: 1, nullable: true })
  grade: string | null = null;

  /** Everything the PDF prints (report-content.ts), frozen at publication. */
  @Property({ type: 'json' })
  content!: SkmReportContent;
}
