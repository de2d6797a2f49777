import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrainingProgramType } from '../development/index.js';
import { DevelopmentNeedType } from './insights.types.js';

/**
 * Participation in development per unit (issue 9, 12c: "enggan untuk mengikuti pelatihan"): how many
 * of the places offered were taken up to the end. Counting rules in decision record 0021.
 */
@ObjectType('UnitParticipation', {
  description:
    'How many of a unit’s invitations to training in a year ended completed; low participation is flagged / ' +
    'Tingkat partisipasi pelatihan unit (diundang vs selesai).',
})
export class UnitParticipationType {
  unitId!: string;

  @Field(() => Int, { description: 'Calendar year, by the program’s start date / Tahun (menurut tanggal mulai program).' })
  year!: number;

  @Field(() => Int, {
    description:
      'Places offered whose outcome is known: every enrolment but CANCELLED ones and those still PLANNED or ENROLLED in a program not yet over / ' +
      'Jumlah undangan yang hasilnya sudah diketahui.',
  })
  invited!: number;

  @Field(() => Int, { description: 'Invitations that ended COMPLETED / Selesai.' })
  completed!: number;

  @Field(() => Int, { description: 'Invitations the employee DECLINED / Menolak.' })
  declined!: number;

  @Field(() => Int, { description: 'Invitations that ended NO_SHOW / Tidak hadir.' })
  noShow!: number;

  @Field(() => Int, { description: 'Invitations that ended DROPPED (left before the end) / Berhenti di tengah.' })
  dropped!: number;

  @Field(() => Int, {
    description:
      'Invitations still PLANNED or ENROLLED whose program has not ended; PLANNED or ENROLLED past the program’s end count as invited, not completed / ' +
      'Undangan yang masih berjalan.',
  })
  pending!: number;

  @Field(() => Float, { nullable: true, description: 'completed ÷ invited, 0–1; null when nobody was invited / Tingkat partisipasi.' })
  rate!: number | null;

  @Field(() => Boolean, {
    description: 'Low participation: rate below 60 % with at least 5 invitations / Partisipasi rendah (di bawah 60 % dari sedikitnya 5 undangan).',
  })
  low!: boolean;
}

export enum ParticipantReason {
  BELOW_STANDARD = 'BELOW_STANDARD',
  NOT_ASSESSED = 'NOT_ASSESSED',
  BELOW_20_JP = 'BELOW_20_JP',
}
registerEnumType(ParticipantReason, {
  name: 'ParticipantReason',
  description: 'Why an employee is in a plan item / Alasan pegawai diikutkan.',
  valuesConfig: {
    BELOW_STANDARD: { description: 'Assessed below the position’s standard on a competency the program targets / Di bawah standar kompetensi jabatan.' },
    NOT_ASSESSED: {
      description: 'Not yet assessed on a competency the position requires, where citizens’ feedback points at it and nobody is assessed below / Belum dinilai.',
    },
    BELOW_20_JP: { description: 'Expected to end the year below 20 JP; the program’s JP close part of the shortfall / Kurang dari 20 JP setahun.' },
  },
});

export enum UncoveredReason {
  NO_PROGRAM = 'NO_PROGRAM',
  NO_ONE_TO_TRAIN = 'NO_ONE_TO_TRAIN',
  BUDGET = 'BUDGET',
  PARTLY_COVERED = 'PARTLY_COVERED',
}
registerEnumType(UncoveredReason, {
  name: 'UncoveredReason',
  description: 'Why a need is left out of the plan / Alasan kebutuhan tidak tercakup.',
  valuesConfig: {
    NO_PROGRAM: { description: 'No visible program targets the competency / Belum ada program untuk kompetensi ini.' },
    NO_ONE_TO_TRAIN: {
      description: 'Every employee is already enrolled in the suggested programs, or none is below standard / Tidak ada pegawai yang perlu atau dapat diikutkan.',
    },
    BUDGET: { description: 'The budget ran out before it / Anggaran tidak cukup.' },
    PARTLY_COVERED: { description: 'Some of the employees below standard are in the plan, not all / Baru sebagian tercakup.' },
  },
});

@ObjectType('PlanParticipant', { description: 'An employee in a plan item / Peserta dalam rencana.' })
export class PlanParticipantType {
  @Field(() => ID, { description: 'Employee id / ID pegawai.' })
  employeeId!: string;

  @Field(() => String, { description: 'Name / Nama.' })
  name!: string;

  @Field(() => String, { description: 'NIP, 18 digits / NIP.' })
  nip!: string;

  @Field(() => [ParticipantReason], { description: 'Why this employee, most important first / Alasan diikutkan.' })
  reasons!: ParticipantReason[];

  @Field(() => String, { description: 'The reasons in words, English / Alasan dalam kata (bahasa Inggris).' })
  reasonEn!: string;

  @Field(() => String, { description: 'The reasons in words, Indonesian / Alasan dalam kata (bahasa Indonesia).' })
  reason!: string;

  @Field(() => Float, { nullable: true, description: 'Levels below the standard on the item’s competency; null when not assessed / Kesenjangan (level).' })
  gap!: number | null;

  @Field(() => Float, { description: 'JP expected in the plan year before this plan (completed, plus places already planned) / JP tahun rencana.' })
  jpExpected!: number;
}

@ObjectType('PlanItem', { description: 'One program for one need, with its participants, cost and why / Butir rencana pengembangan.' })
export class PlanItemType {
  @Field(() => Int, { description: '1 = chosen first: the most priority per rupiah / Urutan pilihan.' })
  rank!: number;

  @Field(() => DevelopmentNeedType, { description: 'The need it answers: unit, competency, priority, evidence / Kebutuhan yang dijawab.' })
  need!: DevelopmentNeedType;

  @Field(() => TrainingProgramType, { description: 'The program / Program.' })
  program!: TrainingProgramType;

  @Field(() => [PlanParticipantType], { description: 'Who takes part, by name / Peserta.' })
  participants!: PlanParticipantType[];

  @Field(() => Int, { description: 'Number of participants / Jumlah peserta.' })
  participantCount!: number;

  @Field(() => Float, { description: 'The program’s cost per participant, rupiah / Biaya per peserta (rupiah).' })
  costPerParticipant!: number;

  @Field(() => Float, { description: 'participants × the program’s cost per participant, rupiah / Biaya (rupiah).' })
  cost!: number;

  @Field(() => Float, { description: 'Priority points this item is expected to remove (decision record 0021) / Poin prioritas yang tertutup.' })
  priorityCovered!: number;

  @Field(() => Int, { description: 'JP the participants earn together / JP yang diperoleh.' })
  jpAdded!: number;

  @Field(() => String, { description: 'Why it was chosen, one sentence in Indonesian / Alasan pemilihan (bahasa Indonesia).' })
  explanation!: string;

  @Field(() => String, { description: 'Why it was chosen, one sentence in English / Alasan pemilihan (bahasa Inggris).' })
  explanationEn!: string;
}

@ObjectType('UncoveredNeed', { description: 'A need the plan leaves unfunded, and why / Kebutuhan yang tidak tercakup rencana.' })
export class UncoveredNeedType {
  @Field(() => DevelopmentNeedType, { description: 'The need / Kebutuhan.' })
  need!: DevelopmentNeedType;

  @Field(() => UncoveredReason, { description: 'Why / Alasan.' })
  reason!: UncoveredReason;

  @Field(() => Int, { description: 'Employees below standard left out / Pegawai di bawah standar yang belum tercakup.' })
  employeesLeft!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'What covering them with the cheapest suggested program would cost, rupiah; null without a program / Biaya untuk mencakupnya.',
  })
  costToCover!: number | null;

  @Field(() => String, { description: 'Why, one sentence in Indonesian / Alasan (bahasa Indonesia).' })
  explanation!: string;

  @Field(() => String, { description: 'Why, one sentence in English / Alasan (bahasa Inggris).' })
  explanationEn!: string;
}

@ObjectType('DevelopmentPlan', {
  description:
    'Programs and participants that cover the highest-priority needs within a budget, greedy by priority per rupiah (decision record 0021) / ' +
    'Rencana pengembangan dalam batas anggaran.',
})
export class DevelopmentPlanType {
  @Field(() => Int, { description: 'The plan year / Tahun rencana.' })
  year!: number;

  @Field(() => Float, { description: 'The budget, rupiah / Anggaran (rupiah).' })
  budget!: number;

  @Field(() => Float, { description: 'What the items cost together, never above the budget / Total biaya.' })
  spent!: number;

  @Field(() => Float, { description: 'budget − spent / Sisa anggaran.' })
  remaining!: number;

  @Field(() => [PlanItemType], { description: 'The chosen items, in the order chosen / Butir rencana.' })
  items!: PlanItemType[];

  @Field(() => [UncoveredNeedType], { description: 'Needs left wholly or partly unfunded, highest priority first / Kebutuhan yang belum tercakup.' })
  uncovered!: UncoveredNeedType[];
}
