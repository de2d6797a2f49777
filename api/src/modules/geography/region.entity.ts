import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { RegionKind, SurveyPeriodKind } from '../../common/enums.js';

/** A kota or kabupaten: the tenant of Suara. Every role except ADMIN is scoped to one. */
@Entity({ tableName: 'region' })
export class Region extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  @Unique()
  slug!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 200 })
  province!: string;

  @Enum({ items: () => RegionKind, type: 'string' })
  kind!: RegionKind;

  /** IANA zone; a `Date` in the API is a calendar day in this zone (CONTRACT.md, Conventions). */
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  /** Whether the public rating form asks for a self-hosted proof of work (ALTCHA) in this region. */
  @Property({ type: 'boolean', default: false })
  @Index()
  proofOfWorkRequired: Opt<boolean> = false;

  /**
   * How often every employee of the region is to be assessed, in months (6–60; issue 9, "penilaian
   * secara berkala"): an assessment older than this is overdue and weighs less in a development
   * need's gap (decision record 0020).
   */
  @Property({ type: 'smallint', default: 24, check: '(assessment_cycle_months >= 6) AND (assessment_cycle_months <= 60)' })
  assessmentCycleMonths: Opt<number> = 24;

  /**
   * The region's survey period (facts/LAPORAN.md, "Periods"; PermenPANRB 14/2017 Article 1: at least
   * once a year): reports, follow-up plans, open data and "the previous period" use it.
   */
  @Enum({ items: () => SurveyPeriodKind, type: 'string', default: SurveyPeriodKind.SEMESTER })
  surveyPeriod: Opt<SurveyPeriodKind> = SurveyPeriodKind.SEMESTER;
}
