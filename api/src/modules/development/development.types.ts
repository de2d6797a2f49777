import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EnrolmentStatus, PartnerKind, TrainingForm, TrainingMode } from '../../common/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import '../../graphql/enums.js';

@ObjectType('TrainingPartner', { description: 'Who delivers a program with the region: a university, an NGO, a firm or another agency / Mitra pelatihan.' })
export class TrainingPartnerType {
  @Field(() => ID, { description: 'Partner id / Id mitra.' })
  id!: string;

  @Field(() => String, { description: 'Name of the university, NGO, firm or agency / Nama mitra.' })
  name!: string;

  @Field(() => PartnerKind, { description: 'UNIVERSITY, NGO, PRIVATE or AGENCY / Jenis mitra.' })
  kind!: PartnerKind;

  @Field(() => String, { description: 'What the partnership covers / Uraian kemitraan.' })
  description!: string;

  regionId!: string;
}

/**
 * A development program as HR sees it. Programs carry no personal data, so a program its region
 * marks as shared is shown to HR of every region with its partner, its measured impact and the
 * owning BKPSDM office as contact (an office, never a person). Its enrolments are people: they are
 * shown to HR of the program's own region (and ADMIN) only.
 */
@ObjectType('TrainingProgram', { description: 'A development program (Peraturan LAN 10/2018) / Program pengembangan kompetensi.' })
export class TrainingProgramType {
  @Field(() => ID, { description: 'Program id / Id program.' })
  id!: string;

  @Field(() => String, { description: 'Title / Judul program.' })
  title!: string;

  @Field(() => String, { description: 'What participants learn / Uraian program.' })
  description!: string;

  @Field(() => TrainingMode, { description: 'KLASIKAL or NON_KLASIKAL / Jalur klasikal atau nonklasikal.' })
  mode!: TrainingMode;

  @Field(() => TrainingForm, { description: 'Form per Peraturan LAN 10/2018, e.g. BIMBINGAN_TEKNIS, COACHING, MAGANG / Bentuk pengembangan.' })
  form!: TrainingForm;

  @Field(() => Int, { description: 'Learning hours (JP, 45 minutes each) a participant earns / Jam pelajaran yang diperoleh peserta.' })
  jp!: number;

  @Field(() => Int, { description: 'What one participant’s place costs, in whole rupiah / Biaya per peserta (rupiah).' })
  costPerParticipant!: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day, if scheduled / Tanggal mulai.' })
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, if scheduled / Tanggal selesai.' })
  endsOn!: string | null;

  @Field(() => Boolean, { description: 'Offered to other regions by its own (inter-agency sharing) / Dibagikan ke daerah lain.' })
  shared!: boolean;

  @Field(() => TrainingPartnerType, { nullable: true, description: 'Who delivers it with the region / Mitra penyelenggara.' })
  partner!: TrainingPartnerType | null;

  @Field(() => String, {
    description: 'Whom to ask about it: the owning region’s BKPSDM office (an office, never a person) / BKPSDM pemilik program, untuk dihubungi.',
  })
  ownerOffice!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'The largest measured change (after − before, on the 1–4 scale) of linked element scores in any unit that completed it, ' +
      'counting only windows with at least 5 responses on each side (see trainingImpact); null when not measured / Dampak terukur terbesar.',
  })
  measuredImpact!: number | null;

  regionId!: string;
  competencyIds!: string[];
  partnerId?: string | null;
}

@ObjectType('EnrolledEmployee', {
  description: 'The employee of an enrolment: personal data, HR of the program’s region and ADMIN only / Pegawai peserta program.',
})
export class EnrolledEmployeeType {
  @Field(() => ID, { description: 'Employee id / Id pegawai.' })
  id!: string;

  @Field(() => String, { description: 'NIP (18 digits) / NIP.' })
  nip!: string;

  @Field(() => String, { description: 'Name / Nama.' })
  name!: string;

  unitId!: string;
}

@ObjectType('Enrolment', { description: 'An employee’s place in a program and how it ended / Keikutsertaan pegawai dalam program.' })
export class EnrolmentType {
  @Field(() => ID, { description: 'Enrolment id / Id keikutsertaan.' })
  id!: string;

  @Field(() => EnrolmentStatus, { description: 'Where the enrolment stands / Status keikutsertaan.' })
  status!: EnrolmentStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Day of completion (COMPLETED only) / Tanggal selesai.' })
  completedOn!: string | null;

  @Field(() => Int, { description: 'JP earned; counts towards the 20 JP a year when COMPLETED / JP yang diperoleh.' })
  jpEarned!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why it ended DECLINED, NO_SHOW or DROPPED (or why HR cancelled it) / Alasan menolak, tidak hadir, berhenti atau dibatalkan.',
  })
  reason!: string | null;

  programId!: string;
  employeeId!: string;
}

@InputType('PartnerInput', { description: 'A partner to add or change / Mitra yang ditambah atau diubah.' })
export class PartnerInput {
  @Field(() => ID, { nullable: true, description: 'The partner to change; none to add one / Id mitra yang diubah; kosong untuk menambah.' })
  id?: string | null;

  @Field(() => String, { description: 'Region whose HR works with the partner / Daerah mitra.' })
  regionSlug!: string;

  @Field(() => String, { description: 'Name, 2–200 characters / Nama, 2–200 karakter.' })
  name!: string;

  @Field(() => PartnerKind, { description: 'UNIVERSITY, NGO, PRIVATE or AGENCY / Jenis mitra.' })
  kind!: PartnerKind;

  @Field(() => String, { nullable: true, description: 'What the partnership covers, up to 2000 characters / Uraian, paling banyak 2000 karakter.' })
  description?: string | null;
}

@InputType('TrainingProgramInput', { description: 'A program to add or change / Program yang ditambah atau diubah.' })
export class TrainingProgramInput {
  @Field(() => ID, { nullable: true, description: 'The program to change; none to add one / Id program yang diubah; kosong untuk menambah.' })
  id?: string | null;

  @Field(() => String, { description: 'The owning region / Daerah pemilik program.' })
  regionSlug!: string;

  @Field(() => String, { description: 'Title, 3–240 characters / Judul, 3–240 karakter.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What participants learn, up to 4000 characters / Uraian, paling banyak 4000 karakter.' })
  description?: string | null;

  @Field(() => TrainingMode, { description: 'KLASIKAL or NON_KLASIKAL / Jalur.' })
  mode!: TrainingMode;

  @Field(() => TrainingForm, { description: 'Form per Peraturan LAN 10/2018 / Bentuk.' })
  form!: TrainingForm;

  @Field(() => Int, { description: 'JP a participant earns, 1–1000 / JP per peserta, 1–1000.' })
  jp!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Cost per participant in whole rupiah, ≥ 0 / Biaya per peserta (rupiah), ≥ 0.' })
  costPerParticipant!: number;

  @Field(() => ID, { nullable: true, description: 'A partner of the same region / Mitra dari daerah yang sama.' })
  partnerId?: string | null;

  @Field(() => [ID], { description: 'Competencies it targets, 1–20 / Kompetensi sasaran, 1–20.' })
  competencyIds!: string[];

  @Field(() => DateScalar, { nullable: true, description: 'First day / Tanggal mulai.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, on or after the first / Tanggal selesai.' })
  endsOn?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Offer it to HR of every region / Bagikan ke daerah lain.' })
  shared!: boolean;
}

@InputType('EnrolmentUpdateInput', { description: 'A change of an enrolment’s status / Perubahan status keikutsertaan.' })
export class EnrolmentUpdateInput {
  @Field(() => ID, { description: 'The enrolment / Id keikutsertaan.' })
  id!: string;

  @Field(() => EnrolmentStatus, { description: 'The new status; see EnrolmentStatus for the allowed steps / Status baru.' })
  status!: EnrolmentStatus;

  @Field(() => DateScalar, { nullable: true, description: 'COMPLETED: the day, not in the future / Tanggal selesai, tidak di masa depan.' })
  completedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'COMPLETED: JP earned, 0 to the program’s JP; default the program’s JP / JP yang diperoleh.' })
  jpEarned?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required for DECLINED, NO_SHOW and DROPPED; optional for CANCELLED; up to 500 characters / Alasan, paling banyak 500 karakter.',
  })
  reason?: string | null;
}
