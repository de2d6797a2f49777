import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CompetencyKind } from '../../common/enums.js';

/** A competency of the dictionary (facts/KOMPETENSI.md): national, or a region's technical one. */
@ObjectType('Competency', { description: 'A competency of the ASN standard (PermenPANRB 38/2017) / Kompetensi ASN.' })
export class CompetencyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. M-PELAYANAN-PUBLIK / Kode tetap.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CompetencyKind)
  kind!: CompetencyKind;

  @Field(() => String, { description: 'What the competency is about / Uraian kompetensi.' })
  description!: string;

  @Field(() => [String], { description: 'Level descriptors 1–5, in order / Deskripsi level 1–5.' })
  levels!: string[];

  /** The region that defined this technical competency; null for the national dictionary. */
  regionId!: string | null;
}

@ObjectType('CompetencyGap', {
  description:
    'How far a unit’s employees are below their positions’ standard on one competency; the latest assessment per employee counts, ' +
    'gap = max(0, required − assessed) / Kesenjangan kompetensi pegawai unit terhadap standar jabatan.',
})
export class CompetencyGapType {
  @Field(() => CompetencyType)
  competency!: CompetencyType;

  @Field(() => Int, { description: 'Employees whose position requires it and who have been assessed on it.' })
  employeesAssessed!: number;

  @Field(() => Int, { description: 'Of those, employees assessed below the required level.' })
  employeesBelowStandard!: number;

  @Field(() => Float)
  averageRequired!: number;

  @Field(() => Float)
  averageAssessed!: number;

  @Field(() => Float, { description: 'Average of max(0, required − assessed) over the assessed employees.' })
  averageGap!: number;
}

@ObjectType('EmployeeCompetencyProfile', {
  description:
    'One employee of the unit: Job-Person Match and learning hours (JP) of the year. Personal data: HR of the region and ADMIN only / ' +
    'Profil pegawai: hanya BKPSDM daerahnya.',
})
export class EmployeeProfileType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'NIP (18 digits).' })
  nip!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Position (jabatan) title.' })
  position!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Job-Person Match in percent: Σ latest assessed levels ÷ Σ required levels × 100 over the position’s standard (facts/KOMPETENSI.md); ' +
      'null without a position or assessments.',
  })
  jobPersonMatch!: number | null;

  @Field(() => Float, { description: 'JP earned from completed enrolments in the calendar year (region time zone).' })
  jpThisYear!: number;

  @Field(() => Float, { description: 'max(0, 20 − jpThisYear): PP 17/2020 owes every civil servant 20 JP a year.' })
  jpShortfall!: number;
}

@ObjectType('UnitCompetencyProfile', { description: 'A unit’s competency picture for HR: Job-Person Match, 20 JP and its employees / Profil kompetensi unit.' })
export class UnitCompetencyProfileType {
  unitId!: string;

  @Field(() => Int, { description: 'The calendar year the JP figures count (region time zone).' })
  year!: number;

  @Field(() => Int, { description: 'Active employees of the unit.' })
  employeeCount!: number;

  @Field(() => Float, { nullable: true, description: 'Job-Person Match of the unit: Σ assessed ÷ Σ required × 100 over all its employees.' })
  jobPersonMatch!: number | null;

  @Field(() => Float, { description: 'JP earned by the unit’s employees in the year.' })
  jpTotal!: number;

  @Field(() => Int, { description: 'Employees with fewer than 20 JP in the year.' })
  employeesBelow20Jp!: number;

  @Field(() => Float, { description: 'The unit’s shortfall: Σ max(0, 20 − JP) over its employees.' })
  jpShortfall!: number;

  @Field(() => [EmployeeProfileType], { description: 'Employees, by name.' })
  employees!: EmployeeProfileType[];
}
