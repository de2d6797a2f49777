import { Field, ID, InputType, Int } from 'type-graphql';
import { AssessmentMethod, EmploymentType, PositionKind } from '../../common/enums.js';
import { DateScalar } from '../../graphql/scalars.js';

@InputType({ description: 'A technical competency of a region’s own dictionary / Kompetensi teknis kamus daerah.' })
export class CompetencyInput {
  @Field(() => String, { description: 'The region that owns it / Daerah pemiliknya.' })
  regionSlug!: string;

  @Field(() => String, {
    description: 'Stable code: T- then capital letters, digits and hyphens, e.g. T-ARSIP-DIGITAL; unique, never changes / Kode tetap, unik, tidak dapat diubah.',
  })
  code!: string;

  @Field(() => String, { description: 'Name, 2–200 characters / Nama kompetensi, 2–200 karakter.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is about, up to 2,000 characters / Uraian, paling banyak 2.000 karakter.' })
  description?: string | null;

  @Field(() => [String], { description: 'Exactly five level descriptors, level 1 first, none empty / Tepat lima deskripsi level, level 1 lebih dulu.' })
  levels!: string[];
}

@InputType({ description: 'One line of a position’s standard / Satu baris standar jabatan.' })
export class RequirementInput {
  @Field(() => ID, { description: 'A national competency or one of the region’s own / Kompetensi nasional atau milik daerah.' })
  competencyId!: string;

  @Field(() => Int, { description: 'Required level, 1–5 / Level yang dipersyaratkan, 1–5.' })
  requiredLevel!: number;
}

@InputType({ description: 'A position and its whole standard; with id an existing one is updated / Jabatan dan standarnya; dengan id, jabatan yang ada diubah.' })
export class PositionInput {
  @Field(() => ID, { nullable: true, description: 'The position to update; none to create one / Jabatan yang diubah; kosong untuk membuat baru.' })
  id?: string | null;

  @Field(() => ID, { description: 'The unit it belongs to / Unit jabatan.' })
  unitId!: string;

  @Field(() => String, { description: 'Title, 2–200 characters / Nama jabatan, 2–200 karakter.' })
  title!: string;

  @Field(() => PositionKind, { description: 'Kind of position / Jenis jabatan.' })
  kind!: PositionKind;

  @Field(() => [RequirementInput], {
    description: 'The standard, replacing the stored one as a whole; each competency once, at most 30 / Standar kompetensi, menggantikan seluruhnya; tiap kompetensi sekali.',
  })
  requirements!: RequirementInput[];
}

@InputType({ description: 'An employee; with id an existing one is updated / Pegawai; dengan id, pegawai yang ada diubah.' })
export class EmployeeInput {
  @Field(() => ID, { nullable: true, description: 'The employee to update; none to add one / Pegawai yang diubah; kosong untuk menambah.' })
  id?: string | null;

  @Field(() => String, { description: 'NIP, 18 digits (spaces allowed); unique / NIP, 18 angka; unik.' })
  nip!: string;

  @Field(() => String, { description: 'Full name, 1–200 characters / Nama lengkap, 1–200 karakter.' })
  name!: string;

  @Field(() => ID, { description: 'A unit of the region / Unit di daerah.' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'A position of that unit / Jabatan di unit itu.' })
  positionId?: string | null;

  @Field(() => EmploymentType, { description: 'PNS or PPPK / PNS atau PPPK.' })
  employmentType!: EmploymentType;
}

@InputType({ description: 'An assessment of one employee on one competency / Hasil penilaian satu kompetensi seorang pegawai.' })
export class RecordAssessmentInput {
  @Field(() => ID, { description: 'The employee assessed / Pegawai yang dinilai.' })
  employeeId!: string;

  @Field(() => ID, { description: 'A national competency or one of the region’s own / Kompetensi nasional atau milik daerah.' })
  competencyId!: string;

  @Field(() => Int, { description: 'Level assessed, 1–5 / Level hasil penilaian, 1–5.' })
  level!: number;

  @Field(() => DateScalar, { description: 'Day of the assessment, not in the future (region’s own day) / Tanggal penilaian, tidak di masa depan.' })
  assessedOn!: string;

  @Field(() => AssessmentMethod, { description: 'How it was assessed / Metode penilaian.' })
  method!: AssessmentMethod;

  @Field(() => String, { nullable: true, description: 'Who assessed: a person or an institution, up to 200 characters / Penilai: orang atau lembaga, paling banyak 200 karakter.' })
  assessor?: string | null;
}
