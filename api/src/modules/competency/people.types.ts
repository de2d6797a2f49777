import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentMethod, EmploymentType, PositionKind } from '../../common/enums.js';
import { Connection } from '../../graphql/connection.js';
import { DateScalar } from '../../graphql/scalars.js';

/**
 * HR's people data (issue 9, 1): positions with their standards, employees and their assessments.
 * Personal data: only HR of the employee's region and ADMIN reach these types (people.service.ts).
 * Relations are resolved by per-request DataLoaders (people.loaders.ts), so a page of employees
 * costs the same number of statements whatever its size.
 */

@ObjectType('CompetencyRequirement', { description: 'One line of a position’s standard: a competency and the level it requires / Satu baris standar kompetensi jabatan.' })
export class CompetencyRequirementType {
  competencyId!: string;

  @Field(() => Int, { description: 'The level the position requires, 1–5 / Level yang dipersyaratkan jabatan, 1–5.' })
  requiredLevel!: number;
}

@ObjectType('Position', { description: 'A position (jabatan) in a unit with its competency standard / Jabatan di unit beserta standar kompetensinya.' })
export class PositionType {
  @Field(() => ID, { description: 'Identifier / Pengenal.' })
  id!: string;

  @Field(() => String, { description: 'Title of the position / Nama jabatan.' })
  title!: string;

  @Field(() => PositionKind, { description: 'Structural, functional or administrative (pelaksana) / Jenis jabatan: struktural, fungsional atau pelaksana.' })
  kind!: PositionKind;

  unitId!: string;
}

@ObjectType('Assessment', { description: 'A measured competency level of one employee; the latest per competency counts / Hasil penilaian kompetensi; yang terbaru per kompetensi yang berlaku.' })
export class AssessmentType {
  @Field(() => ID, { description: 'Identifier / Pengenal.' })
  id!: string;

  competencyId!: string;

  @Field(() => Int, { description: 'The level assessed, 1–5 / Level hasil penilaian, 1–5.' })
  level!: number;

  @Field(() => DateScalar, { description: 'The day of the assessment / Tanggal penilaian.' })
  assessedOn!: string;

  @Field(() => AssessmentMethod, { description: 'How it was assessed / Metode penilaian.' })
  method!: AssessmentMethod;

  @Field(() => String, {
    nullable: true,
    description: 'Who assessed: a person or an institution (e.g. UPT Penilaian Kompetensi BKN); null for old records / Penilai: orang atau lembaga; kosong untuk catatan lama.',
  })
  assessor!: string | null;

  /** For ordering: the newest record of a day wins. */
  createdAt!: string;
}

@ObjectType('EmployeeCompetency', {
  description:
    'One competency of an employee: the level their position requires and the latest assessment; gap = max(0, required − assessed) / ' +
    'Satu kompetensi pegawai: level yang dipersyaratkan, penilaian terbaru dan kesenjangannya.',
})
export class EmployeeCompetencyType {
  competencyId!: string;

  @Field(() => Int, { nullable: true, description: 'Level the position requires; null when the position does not require it / Level yang dipersyaratkan; kosong bila tidak dipersyaratkan.' })
  requiredLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'Level of the latest assessment; null when never assessed / Level penilaian terbaru; kosong bila belum dinilai.' })
  assessedLevel!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the latest assessment / Tanggal penilaian terbaru.' })
  assessedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'max(0, required − assessed); null unless both are known / Kesenjangan; kosong bila salah satu belum ada.' })
  gap!: number | null;
}

@ObjectType('Employee', { description: 'A civil servant (ASN) of a region; personal data: HR of the region and ADMIN only / Pegawai ASN; data pribadi: hanya BKPSDM daerahnya.' })
export class EmployeeType {
  @Field(() => ID, { description: 'Identifier / Pengenal.' })
  id!: string;

  @Field(() => String, { description: 'NIP, 18 digits / NIP, 18 angka.' })
  nip!: string;

  @Field(() => String, { description: 'Full name / Nama lengkap.' })
  name!: string;

  @Field(() => EmploymentType, { description: 'PNS or PPPK / PNS atau PPPK.' })
  employmentType!: EmploymentType;

  @Field(() => Boolean, { description: 'False once deactivated (left, retired); kept for history / Tidak aktif bila sudah berhenti; tetap disimpan.' })
  active!: boolean;

  @Field(() => DateScalar, { description: 'Birth date, as the NIP carries it / Tanggal lahir menurut NIP.' })
  birthDate!: string;

  regionId!: string;
  unitId!: string;
  positionId!: string | null;
}

export const EmployeeConnection = Connection(EmployeeType, 'Employee');
