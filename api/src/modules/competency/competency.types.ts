import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CompetencyKind } from '../../common/enums.js';

/** A competency of the dictionary (facts/KOMPETENSI.md): national, or a region's technical one. */
@ObjectType('Competency', { description: 'A competency of the ASN standard (PermenPANRB 38/2017) / Kompetensi ASN.' })
export class CompetencyType {
  @Field(() => ID, { description: 'Stable identifier / Pengenal tetap.' })
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. M-PELAYANAN-PUBLIK / Kode tetap.' })
  code!: string;

  @Field(() => String, { description: 'Name, as in the dictionary / Nama kompetensi, sesuai kamus.' })
  name!: string;

  @Field(() => CompetencyKind, { description: 'Managerial, socio-cultural or technical / Manajerial, sosial kultural atau teknis.' })
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
  @Field(() => CompetencyType, { description: 'The competency measured / Kompetensi yang diukur.' })
  competency!: CompetencyType;

  @Field(() => Int, {
    description: 'Employees whose position requires it and who have been assessed on it / Pegawai yang jabatannya mensyaratkan kompetensi ini dan sudah dinilai.',
  })
  employeesAssessed!: number;

  @Field(() => Int, { description: 'Of those, employees assessed below the required level / Dari mereka, pegawai yang dinilai di bawah level yang disyaratkan.' })
  employeesBelowStandard!: number;

  @Field(() => Float, { description: 'Average level (1–5) the assessed employees’ positions require / Rata-rata level (1–5) yang disyaratkan jabatan mereka.' })
  averageRequired!: number;

  @Field(() => Float, { description: 'Average latest assessed level (1–5) of those employees / Rata-rata level (1–5) hasil penilaian terakhir mereka.' })
  averageAssessed!: number;

  @Field(() => Float, {
    description: 'Average of max(0, required − assessed) over the assessed employees / Rata-rata max(0, syarat − hasil) atas pegawai yang dinilai.',
  })
  averageGap!: number;
}

@ObjectType('EmployeeCompetencyProfile', {
  description:
    'One employee of the unit: Job-Person Match and learning hours (JP) of the year. Personal data: HR of the region and ADMIN only / ' +
    'Profil pegawai: hanya BKPSDM daerahnya.',
})
export class EmployeeProfileType {
  @Field(() => ID, { description: 'Stable identifier of the employee / Pengenal tetap pegawai.' })
  id!: string;

  @Field(() => String, { description: 'NIP (18 digits) / NIP (18 digit).' })
  nip!: string;

  @Field(() => String, { description: 'Full name / Nama lengkap.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Position (jabatan) title; null without one / Nama jabatan; null bila belum ada.' })
  position!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Job-Person Match in percent: Σ latest assessed levels ÷ Σ required levels × 100 over the position’s standard (facts/KOMPETENSI.md); ' +
      'null without a position or assessments / Job-Person Match dalam persen: Σ level hasil penilaian terakhir ÷ Σ level yang disyaratkan × 100; ' +
      'null tanpa jabatan atau penilaian.',
  })
  jobPersonMatch!: number | null;

  @Field(() => Float, {
    description: 'JP earned from completed enrolments in the calendar year (region time zone) / JP dari pelatihan yang selesai pada tahun kalender (zona waktu daerah).',
  })
  jpThisYear!: number;

  @Field(() => Float, {
    description: 'max(0, 20 − jpThisYear): PP 17/2020 owes every civil servant 20 JP a year / Kekurangan JP; PP 17/2020: setiap ASN berhak 20 JP setahun.',
  })
  jpShortfall!: number;
}

@ObjectType('UnitCompetencyProfile', { description: 'A unit’s competency picture for HR: Job-Person Match, 20 JP and its employees / Profil kompetensi unit.' })
export class UnitCompetencyProfileType {
  unitId!: string;

  @Field(() => Int, { description: 'The calendar year the JP figures count (region time zone) / Tahun kalender hitungan JP (zona waktu daerah).' })
  year!: number;

  @Field(() => Int, { description: 'Active employees of the unit / Jumlah pegawai aktif unit.' })
  employeeCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Job-Person Match of the unit: Σ assessed ÷ Σ required × 100 over all its employees / Job-Person Match unit: Σ hasil ÷ Σ syarat × 100 atas semua pegawainya.',
  })
  jobPersonMatch!: number | null;

  @Field(() => Float, { description: 'JP earned by the unit’s employees in the year / Total JP pegawai unit pada tahun itu.' })
  jpTotal!: number;

  @Field(() => Int, { description: 'Employees with fewer than 20 JP in the year / Pegawai dengan kurang dari 20 JP pada tahun itu.' })
  employeesBelow20Jp!: number;

  @Field(() => Float, { description: 'The unit’s shortfall: Σ max(0, 20 − JP) over its employees / Kekurangan JP unit: Σ max(0, 20 − JP) atas pegawainya.' })
  jpShortfall!: number;

  @Field(() => [EmployeeProfileType], { description: 'Employees, by name / Pegawai, urut nama.' })
  employees!: EmployeeProfileType[];
}
