import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PublicServiceType } from '../catalog/index.js';
import { PublicFeedback, Satisfaction } from '../feedback/index.js';
import { DateScalar } from '../../graphql/scalars.js';
import { SkmElementEnum } from '../../graphql/enums.js';
import { ModerationItemKind, type SkmElement } from '../../common/enums.js';
import { CompetencyType } from '../competency/index.js';
import { TrainingProgramType } from '../development/index.js';

export const PRIORITY_SENTENCE =
  'Priority = the percentage of citizens’ scores on the elements linked to the competency that were low (1–2) in the last 12 months, ' +
  'plus 10 points for each level the unit’s staff are on average below their positions’ standard (an assessment counts fully from an assessment centre ' +
  'or a competency test, less from colleagues, a supervisor or oneself, and half when older than the region’s assessment cycle: decision record 0020), ' +
  'plus half a point for each JP that each employee on average still lacks of this year’s 20 / ' +
  'Prioritas = persentase nilai rendah (1–2) warga pada unsur yang terkait kompetensi dalam 12 bulan terakhir, ' +
  'ditambah 10 poin per level rata-rata kesenjangan kompetensi pegawai unit (penilaian yang kurang objektif atau melewati siklus diberi bobot lebih kecil), ditambah ½ poin per JP yang rata-rata masih kurang dari 20 JP tahun ini.';

@ObjectType('NeedEvidence', { description: 'What a development need rests on / Bukti kebutuhan pengembangan.' })
export class NeedEvidenceType {
  @Field(() => Float, {
    description:
      'Feedback signal, 0–1: (low scores (1–2) on the elements linked to the competency + comments tagged with it) ÷ all scores on those elements, ' +
      'over the 12 months ending at the year’s end or today (decision record 0018) / Sinyal umpan balik warga.',
  })
  feedbackSignal!: number;

  @Field(() => Int, { description: 'Low scores (1–2) behind the signal / Jumlah nilai rendah.' })
  lowScoreCount!: number;

  @Field(() => Int, {
    description: 'Scores on the linked elements in the period (the divisor of the signal) / Jumlah nilai pada unsur terkait dalam periode (pembagi sinyal).',
  })
  scoreCount!: number;

  @Field(() => Int, {
    description:
      'Comments and forum posts tagged with the competency by moderators or HR in the period / Komentar dan kiriman forum yang ditandai dengan kompetensi ini dalam periode.',
  })
  taggedCount!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Average gap of the unit’s assessed employees (levels); null when nobody is assessed on it / Rata-rata kesenjangan pegawai unit yang dinilai (level); null bila belum ada yang dinilai.',
  })
  competencyGap!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The gap the priority uses: each employee’s gap × the objectivity of its method (1 assessment centre and competency test, 0.8 multi-rater, ' +
      '0.6 supervisor, 0.4 self) × 0.5 when older than the region’s cycle, averaged (decision record 0020) / Kesenjangan berbobot.',
  })
  weightedGap!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average age in months of the assessments behind the gap / Rata-rata umur penilaian (bulan).' })
  assessmentAgeMonths!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many of them are older than the region’s assessment cycle / Jumlah penilaian yang melewati siklus.' })
  staleAssessments!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Average JP per employee still missing of this year’s 20; null for a unit without employees on record / ' +
      'Rata-rata JP per pegawai yang masih kurang dari 20 JP tahun ini; null bila unit belum punya data pegawai.',
  })
  jpShortfall!: number | null;

  @Field(() => DateScalar, { description: 'First day of the feedback period / Hari pertama periode umpan balik.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the feedback period / Hari terakhir periode umpan balik.' })
  periodEnd!: string;
}

@ObjectType('DevelopmentNeed', { description: 'A unit’s need to develop one competency, with its evidence / Kebutuhan pengembangan kompetensi unit.' })
export class DevelopmentNeedType {
  unitId!: string;
  /** The year asked for: the participation beside the need is that year's. */
  year!: number;

  @Field(() => CompetencyType, { description: 'The competency to develop / Kompetensi yang perlu dikembangkan.' })
  competency!: CompetencyType;

  @Field(() => Float, { description: PRIORITY_SENTENCE })
  priority!: number;

  @Field(() => NeedEvidenceType, { description: 'The figures the priority is computed from / Angka dasar perhitungan prioritas.' })
  evidence!: NeedEvidenceType;

  @Field(() => [TrainingProgramType], {
    description:
      'Programs that target the competency, those with a measured positive impact (in any unit or region) first: the region’s own and ' +
      'those other regions share / Program yang disarankan.',
  })
  suggestedPrograms!: TrainingProgramType[];
}

@ObjectType('FacilitiesIssue', {
  description:
    'Citizens’ scores on facilities (SARANA_PRASARANA) per unit: a facilities matter, never a people need / Masalah sarana prasarana unit.',
})
export class FacilitiesIssueType {
  unitId!: string;

  @Field(() => Int, { description: 'Scores on SARANA_PRASARANA in the period / Jumlah nilai unsur sarana prasarana dalam periode.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'Average SARANA_PRASARANA score, 1–4; null without scores / Rata-rata nilai sarana prasarana, 1–4; null bila tidak ada nilai.' })
  average!: number | null;

  @Field(() => Int, { description: 'Low scores (1–2) / Jumlah nilai rendah (1–2).' })
  lowScoreCount!: number;

  @Field(() => Float, { description: 'Low scores ÷ responses, 0–1 / Nilai rendah ÷ jumlah nilai, 0–1.' })
  lowShare!: number;
}

@ObjectType('ImpactWindow', { description: 'Scores of the linked elements in a window before or after completion / Nilai dalam jendela waktu.' })
export class ImpactWindowType {
  @Field(() => Int, { description: 'Scores on the linked elements in the window / Jumlah nilai pada unsur terkait dalam jendela waktu.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'Average score 1–4; null with fewer than 5 responses / Rata-rata nilai 1–4; null bila kurang dari 5 nilai.' })
  average!: number | null;
}

@ObjectType('TrainingImpact', { description: 'How a unit’s scores moved after its staff completed a program / Dampak pelatihan.' })
export class TrainingImpactType {
  unitId!: string;

  @Field(() => CompetencyType, { description: 'A competency the program targets / Kompetensi sasaran program.' })
  competency!: CompetencyType;

  @Field(() => DateScalar, {
    description:
      'The day the unit’s last participant completed it; the after-window starts the day after / Tanggal peserta terakhir unit menyelesaikannya; jendela sesudah dimulai esok harinya.',
  })
  completedAt!: string;

  @Field(() => ImpactWindowType, { description: 'The window before the unit’s first completion / Jendela sebelum penyelesaian pertama di unit.' })
  before!: ImpactWindowType;

  @Field(() => ImpactWindowType, { description: 'The window after the completion / Jendela sesudah penyelesaian.' })
  after!: ImpactWindowType;

  @Field(() => Float, {
    nullable: true,
    description: 'after − before; null when either side has fewer than 5 responses / Sesudah − sebelum; null bila salah satu sisi kurang dari 5 nilai.',
  })
  change!: number | null;
}

@ObjectType('ElementLink', { description: 'What one SKM element points at in a region’s map / Keterkaitan unsur SKM dengan kompetensi.' })
export class ElementLinkType {
  @Field(() => SkmElementEnum, { description: 'The SKM element (PermenPANRB 14/2017) / Unsur SKM.' })
  element!: SkmElement;

  @Field(() => [CompetencyType], { description: 'The competencies it points at / Kompetensi yang terkait.' })
  competencies!: CompetencyType[];

  @Field(() => Boolean, { description: 'Also the technical competencies the rated service declares / Juga kompetensi teknis yang dinyatakan layanan yang dinilai.' })
  serviceTechnical!: boolean;
}

@ObjectType('UnitServiceScores', { description: 'One service of the unit and its citizens’ scores / Nilai warga untuk satu layanan unit.' })
export class UnitServiceScoresType {
  @Field(() => PublicServiceType, { description: 'The service / Layanan.' })
  service!: PublicServiceType;

  @Field(() => Satisfaction, { description: 'Element scores, IKM and grade over the overview’s period / Nilai unsur, IKM dan mutu dalam periode.' })
  satisfaction!: Satisfaction;
}

@ObjectType('UnitComment', { description: 'A published comment on one of the unit’s services (no personal data) / Komentar warga yang sudah terbit.' })
export class UnitCommentType {
  @Field(() => PublicServiceType, { description: 'The service it is about / Layanan yang dikomentari.' })
  service!: PublicServiceType;

  @Field(() => PublicFeedback, { description: 'The comment as published / Komentar sebagaimana diterbitkan.' })
  feedback!: PublicFeedback;
}

@ObjectType('UnitProgramImpact', {
  description:
    'A program the unit’s employees completed: how many completions and how the unit’s linked scores moved; nobody is named / ' +
    'Program yang diselesaikan pegawai unit dan dampaknya; tanpa nama.',
})
export class UnitProgramImpactType {
  @Field(() => ID, { description: 'Program id / Id program.' })
  programId!: string;

  @Field(() => String, { description: 'Program title / Judul program.' })
  title!: string;

  @Field(() => Int, { description: 'Completions by the unit’s employees / Jumlah penyelesaian oleh pegawai unit.' })
  completions!: number;

  @Field(() => [TrainingImpactType], {
    description: 'trainingImpact of the program for this unit, per competency (90-day windows) / Dampak program untuk unit ini, per kompetensi.',
  })
  impact!: TrainingImpactType[];
}

@ObjectType('UnitOverview', {
  description:
    'What a unit’s officers may read about their unit: citizens’ scores, published comments and the measured impact of programs their ' +
    'colleagues completed — no employee names, no assessments / Ringkasan unit untuk petugas unit: nilai, komentar dan dampak pelatihan.',
})
export class UnitOverviewType {
  unitId!: string;

  @Field(() => DateScalar, { description: 'First day of the 12 months shown (region time zone) / Awal periode 12 bulan.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day: today / Akhir periode: hari ini.' })
  periodEnd!: string;

  @Field(() => Satisfaction, { description: 'The unit’s own scores over the period / Nilai unit dalam periode.' })
  satisfaction!: Satisfaction;

  @Field(() => [UnitServiceScoresType], { description: 'Each service of the unit with its scores / Setiap layanan unit dengan nilainya.' })
  services!: UnitServiceScoresType[];

  @Field(() => [UnitCommentType], { description: 'Up to 10 most recent published comments on the unit’s services / Paling banyak 10 komentar terbaru.' })
  recentComments!: UnitCommentType[];

  @Field(() => [UnitProgramImpactType], {
    description: 'Programs the unit’s employees completed, most completions first / Program yang diselesaikan pegawai unit.',
  })
  completedPrograms!: UnitProgramImpactType[];
}

@ObjectType('CitizenVoiceService', { description: 'The service a citizen’s words are about / Layanan yang dibicarakan.', simpleResolvers: true })
export class CitizenVoiceServiceType {
  @Field(() => ID, { description: 'Service id / Id layanan.' })
  id!: string;

  @Field(() => String, { description: 'Service slug / Slug layanan.' })
  slug!: string;

  @Field(() => String, { description: 'Service name / Nama layanan.' })
  name!: string;
}

@ObjectType('CitizenVoiceUnit', { description: 'The unit a citizen’s words are about / Unit yang dibicarakan.', simpleResolvers: true })
export class CitizenVoiceUnitType {
  @Field(() => ID, { description: 'Unit id / Id unit.' })
  id!: string;

  @Field(() => String, { description: 'Unit name / Nama unit.' })
  name!: string;
}

@ObjectType('LowScoreReasonCount', {
  description:
    'How often citizens gave one "what went wrong?" reason for an element they scored 1 or 2 (spam left out; decision record 0038) / ' +
    'Berapa kali warga memilih satu alasan untuk unsur yang dinilai 1 atau 2.',
})
export class LowScoreReasonCountType {
  @Field(() => SkmElementEnum, { description: 'The element / Unsur.' })
  element!: SkmElement;

  @Field(() => String, { description: 'The reason’s code (@suara/skm LOW_SCORE_REASONS), e.g. ASKED_FOR_MONEY / Kode alasan.' })
  reason!: string;

  @Field(() => Int, { description: 'How many ratings gave it / Jumlah penilaian yang memilihnya.' })
  count!: number;
}

@ObjectType('LowScoreReasonPick', { description: 'A reason a citizen picked for an element they scored 1 or 2 / Alasan yang dipilih warga.' })
export class LowScoreReasonPickType {
  @Field(() => SkmElementEnum, { description: 'The element / Unsur.' })
  element!: SkmElement;

  @Field(() => String, { description: 'The reason’s code / Kode alasan.' })
  reason!: string;
}

@ObjectType('CitizenVoice', {
  description:
    'A published comment or forum post of a citizen, as the public sees it, for HR to read and tag with competencies; nothing personal / ' +
    'Komentar atau kiriman forum warga yang sudah terbit, untuk dibaca dan ditandai kompetensi oleh SDM; tanpa data pribadi.',
})
export class CitizenVoiceType {
  @Field(() => ID, { description: 'The feedback (comment) id or the forum post id, as tagCompetency takes it / Id komentar atau kiriman forum.' })
  id!: string;

  @Field(() => ModerationItemKind, { description: 'A comment or a forum post / Komentar atau kiriman forum.' })
  kind!: ModerationItemKind;

  @Field(() => String, { description: 'The public text: the redacted text when a moderator redacted it / Teks publik (yang disunting bila disunting moderator).' })
  text!: string;

  @Field(() => Date, { description: 'When it was written / Waktu ditulis.' })
  submittedAt!: Date;

  @Field(() => CitizenVoiceServiceType, { nullable: true, description: 'The service it is about; null for a forum thread about the unit as a whole / Layanan; kosong untuk utas tentang unit.' })
  service!: CitizenVoiceServiceType | null;

  @Field(() => CitizenVoiceUnitType, { description: 'The unit it is about / Unit.' })
  unit!: CitizenVoiceUnitType;

  @Field(() => [SkmElementEnum], { description: 'For a comment: the elements the citizen scored 1–2; empty for a forum post / Unsur yang dinilai 1–2.' })
  lowElements!: SkmElement[];

  @Field(() => [LowScoreReasonPickType], {
    description: 'For a comment: the "what went wrong?" reasons the citizen picked, in the order of the SKM; empty for a forum post / Alasan nilai rendah yang dipilih.',
  })
  lowScoreReasons!: LowScoreReasonPickType[];
}
