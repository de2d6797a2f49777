import { Field, ID, InputType, Int } from 'type-graphql';
import { RegionKind, Role, ServiceChannel, UnitKind } from '../../common/enums.js';

@InputType({ description: 'A new staff account; it gets a temporary password and no role (grant roles with `grantRole`).' })
export class CreateStaffAccountInput {
  @Field(() => String, { description: 'Work email, used to sign in; unique; stored lower-cased.' })
  email!: string;

  @Field(() => String, { description: 'Full name as colleagues know it (1–200 characters).' })
  name!: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateStaffAccountInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new sign-in email; unique.' })
  email?: string | null;
}

@InputType({ description: 'ADMIN: neither regionId nor unitId. MODERATOR, HR, MAYOR: regionId. UNIT_OFFICER: unitId (its region follows).' })
export class GrantRoleInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;
}

@InputType({ description: 'A new region (kota or kabupaten).' })
export class CreateRegionInput {
  @Field(() => String, { description: 'Official name, e.g. Kota Mataram (2–200 characters).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Address name, e.g. `mataram`: lower-case letters, digits and hyphens; made from the name when not given. Never changes afterwards.',
  })
  slug?: string | null;

  @Field(() => String, { description: 'Province, e.g. Nusa Tenggara Barat.' })
  province!: string;

  @Field(() => RegionKind)
  kind!: RegionKind;

  @Field(() => String, { description: 'IANA time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).' })
  timeZone!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the public rating form asks for a proof of work (anti-spam check); default false.' })
  proofOfWorkRequired?: boolean | null;
}

@InputType({ description: 'Only the fields given change; the slug never does (it is in printed addresses).' })
export class UpdateRegionInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  province?: string | null;

  @Field(() => RegionKind, { nullable: true })
  kind?: RegionKind | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn the rating form’s proof of work (anti-spam check) on or off for this region.' })
  proofOfWorkRequired?: boolean | null;
}

@InputType({ description: 'A new unit (OPD) of a region.' })
export class CreateUnitInput {
  @Field(() => ID)
  regionId!: string;

  @Field(() => ID, { nullable: true, description: 'The unit above it (a puskesmas under Dinas Kesehatan), in the same region; none at the top.' })
  parentId?: string | null;

  @Field(() => String, { description: 'Official name (2–200 characters); its slug is made from it once.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name people use (DPMPTSP), up to 40 characters.' })
  abbreviation?: string | null;

  @Field(() => UnitKind)
  kind!: UnitKind;
}

@InputType({ description: 'Only the fields given change. `parentId: null` moves the unit to the top of the tree.' })
export class UpdateUnitInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty to remove it.' })
  abbreviation?: string | null;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => ID, { nullable: true, description: 'A unit of the same region that is not this one nor below it.' })
  parentId?: string | null;
}

@InputType({ description: 'A new public service with its service standard; its address (slug) is made from the name once and never changes.' })
export class CreateServiceInput {
  @Field(() => ID, { description: 'The unit that delivers it; the region follows.' })
  unitId!: string;

  @Field(() => String, { description: '2–200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the service is, up to 5000 characters.' })
  description?: string | null;

  @Field(() => String, { description: 'PERIZINAN, KEPENDUDUKAN, KESEHATAN, PENDIDIKAN, INFRASTRUKTUR, SOSIAL, LINGKUNGAN, PERHUBUNGAN or ADMINISTRASI.' })
  category!: string;

  @Field(() => ServiceChannel)
  channel!: ServiceChannel;

  @Field(() => String, { nullable: true, description: 'Requirements the citizen brings, as published (up to 5000 characters).' })
  requirements?: string | null;

  @Field(() => Int, { description: 'Promised completion time in working days, 0 (on the spot) to 365.' })
  promisedDays!: number;

  @Field(() => Int, { nullable: true, description: 'Fee in rupiah; 0 (default) means free.' })
  feeRupiah?: number | null;

  @Field(() => Int, { description: 'Expected users a year: the population for the SKM sample size.' })
  expectedAnnualUsers!: number;
}

@InputType({ description: 'Only the fields given change. The slug never changes, so printed posters keep working after a rename.' })
export class UpdateServiceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => ServiceChannel, { nullable: true })
  channel?: ServiceChannel | null;

  @Field(() => String, { nullable: true })
  requirements?: string | null;

  @Field(() => Int, { nullable: true })
  promisedDays?: number | null;

  @Field(() => Int, { nullable: true })
  feeRupiah?: number | null;

  @Field(() => Int, { nullable: true })
  expectedAnnualUsers?: number | null;
}
