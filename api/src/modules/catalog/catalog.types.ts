import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RegionKind, type ServiceCategory, ServiceChannel, SurveyPeriodKind, UnitKind } from '../../common/enums.js';

/**
 * The public catalogue as GraphQL serves it: regions, their units and services. These are plain
 * read models filled from the in-process catalogue (catalog.ts), not ORM entities: a public page
 * never hydrates an entity to show a name (decision record 0008). The entities of the geography and
 * services modules remain what writes go through. Plain fields resolve with graphql-js's default
 * resolver (`simpleResolvers`); relations and scores are field resolvers in their modules.
 */

@ObjectType('Region', { description: 'A city (kota) or regency (kabupaten) government.', simpleResolvers: true })
export class RegionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable short name used in addresses, e.g. `mataram`.' })
  slug!: string;

  @Field(() => String, { description: 'Official name, e.g. Kota Mataram.' })
  name!: string;

  @Field(() => String)
  province!: string;

  @Field(() => RegionKind)
  kind!: RegionKind;

  /** IANA zone; a `Date` in the API is a calendar day in this zone (CONTRACT.md, Conventions). */
  @Field(() => String, { description: 'IANA time zone; every `Date` of this region is a day in it.' })
  timeZone!: string;

  /** Whether the public rating form asks for a self-hosted proof of work (ALTCHA) in this region. */
  @Field(() => Boolean, { description: 'Whether the public rating form asks for an automatic anti-spam check (proof of work) in this region; admins switch it.' })
  proofOfWorkRequired!: boolean;

  /** facts/LAPORAN.md "Periods": reports, follow-up plans and open data are per period of this length. */
  @Field(() => SurveyPeriodKind, { description: 'How often the region surveys: reports, follow-up plans and open data are per period of this length. / Periode survei wilayah.' })
  surveyPeriod!: SurveyPeriodKind;
}

@ObjectType('Unit', { description: 'A unit of the regional government (OPD) that delivers services.', simpleResolvers: true })
export class UnitType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  abbreviation!: string | null;

  @Field(() => UnitKind)
  kind!: UnitKind;

  regionId!: string;
  parentId!: string | null;
}

@ObjectType('PublicService', { description: 'A public service with its service standard.', simpleResolvers: true })
export class PublicServiceType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique across regions; the stable address is `/layanan/<slug>`.' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Category code: PERIZINAN, KEPENDUDUKAN, KESEHATAN, PENDIDIKAN, INFRASTRUKTUR, SOSIAL, …' })
  category!: ServiceCategory;

  @Field(() => ServiceChannel)
  channel!: ServiceChannel;

  @Field(() => String, { description: 'Requirements as published in the service standard.' })
  requirements!: string;

  @Field(() => Int, { description: 'Promised completion time in working days (0 = on the spot).' })
  promisedDays!: number;

  @Field(() => Int, { description: 'Fee in rupiah; 0 means free.' })
  feeRupiah!: number;

  /** Expected users a year: the population N for the SKM sample size (facts/SKM.md). */
  @Field(() => Int, { description: 'Expected users a year: the population for the SKM sample size.' })
  expectedAnnualUsers!: number;

  regionId!: string;
  unitId!: string;
  /** Name, unit names and category folded for search (services/search-text.ts). */
  searchText!: string;
}
