import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Grade, SkmElement } from '@suara/skm';
import { GradeEnum, SkmElementEnum } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import { SurveyPeriodKind } from '../../common/enums.js';
import { PublicServiceType, UnitType } from '../catalog/index.js';
import { ElementScore } from '../feedback/index.js';
import { TrainingProgramType } from '../development/index.js';
import { TrainingImpactType } from './insights.types.js';

/**
 * The mayor's view of service quality (issue 10, decision record 0024): trend, ranking, region
 * overview, decline alerts and training impact, all read from the `satisfaction_daily` rollup.
 */

export enum PeriodStateEnum {
  COMPLETE = 'COMPLETE',
  RUNNING = 'RUNNING',
  FUTURE = 'FUTURE',
}
registerEnumType(PeriodStateEnum, {
  name: 'PeriodState',
  description: 'Whether a survey period has ended (facts/LAPORAN.md, Periods) / Status periode survei.',
  valuesConfig: {
    COMPLETE: { description: 'Ended: its numbers are final and comparable / Sudah berakhir: angkanya final dan dapat dibandingkan.' },
    RUNNING: { description: 'Contains today: numbers so far, never compared as complete / Sedang berjalan: angka sementara, tidak dibandingkan sebagai periode lengkap.' },
    FUTURE: { description: 'Not begun yet / Belum dimulai.' },
  },
});

export enum AlertScope {
  UNIT = 'UNIT',
  SERVICE = 'SERVICE',
}
registerEnumType(AlertScope, {
  name: 'AlertScope',
  description: 'What a decline alert is about / Cakupan peringatan penurunan.',
  valuesConfig: {
    UNIT: { description: 'All services of a unit together / Seluruh layanan satu unit.' },
    SERVICE: { description: 'One public service / Satu layanan publik.' },
  },
});

@ObjectType('TrendPoint', {
  simpleResolvers: true,
  description: 'Citizens’ scores in one bucket (week, month or quarter) of a trend / Nilai warga dalam satu rentang (minggu, bulan, triwulan) tren.',
})
export class TrendPointType {
  @Field(() => DateScalar, { description: 'First day of the bucket (ISO weeks start on Monday) / Hari pertama rentang (minggu ISO dimulai Senin).' })
  periodStart!: string;

  @Field(() => DateScalar, {
    description: 'Last day of the bucket counted, clipped to `to` / Hari terakhir rentang yang dihitung, dipotong pada `to`.',
  })
  periodEnd!: string;

  @Field(() => Boolean, {
    description:
      'False when the bucket is cut by from/to or runs past today (partial) / Salah bila rentang terpotong from/to atau melewati hari ini (sebagian).',
  })
  complete!: boolean;

  @Field(() => Int, { description: 'Responses counted in the bucket / Jumlah responden dalam rentang.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'IKM 25–100, two decimals; null below 5 responses / IKM 25–100, dua desimal; kosong bila kurang dari 5 responden.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Service quality grade; null below 5 responses / Mutu pelayanan; kosong bila kurang dari 5 responden.' })
  grade!: Grade | null;

  @Field(() => [ElementScore], {
    description: 'The nine element averages; empty below 5 responses / Rata-rata sembilan unsur; kosong bila kurang dari 5 responden.',
  })
  elements!: ElementScore[];
}

@ObjectType('UnitScore', {
  simpleResolvers: true,
  description: 'A unit’s scores over a range, with its change against the previous equal range / Nilai unit dalam rentang, dengan perubahan terhadap rentang sebelumnya.',
})
export class UnitScoreType {
  @Field(() => UnitType, { description: 'The unit / Unit kerja.' })
  unit!: UnitType;

  @Field(() => Int, { description: 'Responses to the unit’s services in the range / Jumlah responden layanan unit dalam rentang.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'IKM; null below 5 responses / IKM; kosong bila kurang dari 5 responden.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Grade; null below 5 responses / Mutu pelayanan; kosong bila kurang dari 5 responden.' })
  grade!: Grade | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'ikm − the IKM of the equal-length range just before `from`; null when either side has fewer than 5 responses / ' +
      'Selisih IKM terhadap rentang sama panjang tepat sebelum `from`; kosong bila salah satu sisi kurang dari 5 responden.',
  })
  change!: number | null;

  @Field(() => Float, { nullable: true, description: 'IKM of the previous equal range / IKM rentang sebelumnya.' })
  previousIkm!: number | null;

  @Field(() => Int, { description: 'Responses in the previous equal range / Jumlah responden rentang sebelumnya.' })
  previousResponseCount!: number;
}

@ObjectType('PeriodScore', { simpleResolvers: true, description: 'A region’s scores in one survey period / Nilai daerah dalam satu periode survei.' })
export class PeriodScoreType {
  @Field(() => String, { description: 'Period key: 2026-S1, 2026-Q3 or 2026 / Kunci periode: 2026-S1, 2026-Q3 atau 2026.' })
  key!: string;

  @Field(() => DateScalar, { description: 'First day / Hari pertama.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period / Hari terakhir periode.' })
  to!: string;

  @Field(() => PeriodStateEnum, { description: 'Complete, running or future / Lengkap, berjalan atau akan datang.' })
  state!: PeriodStateEnum;

  @Field(() => Int, { description: 'Responses so far / Jumlah responden sejauh ini.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'IKM; null below 5 responses / IKM; kosong bila kurang dari 5 responden.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Grade; null below 5 responses / Mutu pelayanan; kosong bila kurang dari 5 responden.' })
  grade!: Grade | null;
}

@ObjectType('GradeCount', { simpleResolvers: true, description: 'How many services have a grade / Jumlah layanan per mutu pelayanan.' })
export class GradeCountType {
  @Field(() => GradeEnum, { nullable: true, description: 'The grade; null = fewer than 5 responses / Mutu; kosong = kurang dari 5 responden.' })
  grade!: Grade | null;

  @Field(() => Int, { description: 'Services with this grade / Jumlah layanan dengan mutu ini.' })
  services!: number;
}

@ObjectType('FeedbackFollowUp', {
  simpleResolvers: true,
  description:
    'Published comments of the last 90 days by answer state, with the officers’ inbox due dates / Komentar terbit 90 hari terakhir menurut status jawaban, dengan tenggat kotak masuk petugas.',
})
export class FeedbackFollowUpType {
  @Field(() => Int, { description: 'Not answered yet and not yet due / Belum dijawab dan belum lewat tenggat.' })
  awaitingAnswer!: number;

  @Field(() => Int, { description: 'Answered by the due date / Dijawab sebelum tenggat.' })
  answeredOnTime!: number;

  @Field(() => Int, { description: 'Answered after the due date / Dijawab setelah tenggat.' })
  answeredLate!: number;

  @Field(() => Int, { description: 'Not answered and past the due date / Belum dijawab dan lewat tenggat.' })
  overdue!: number;
}

@ObjectType('RegionOverview', { simpleResolvers: true, description: 'A region’s service quality at a glance / Ringkasan mutu pelayanan daerah.' })
export class RegionOverviewType {
  @Field(() => SurveyPeriodKind, { description: 'The region’s survey period / Periode survei daerah.' })
  surveyPeriod!: SurveyPeriodKind;

  @Field(() => PeriodScoreType, {
    description: 'The running survey period containing today (so far) / Periode survei berjalan yang memuat hari ini (sejauh ini).',
  })
  current!: PeriodScoreType;

  @Field(() => PeriodScoreType, { description: 'The last complete period / Periode lengkap terakhir.' })
  previous!: PeriodScoreType;

  @Field(() => PeriodScoreType, { description: 'The complete period before `previous` / Periode lengkap sebelum `previous`.' })
  beforePrevious!: PeriodScoreType;

  @Field(() => [GradeCountType], {
    description:
      'Services of the region by grade in `previous`, always five rows in the order A, B, C, D, none (null grade = under 5 responses) / ' +
      'Jumlah layanan daerah per mutu pada `previous`, selalu lima baris: A, B, C, D, tanpa mutu.',
  })
  gradeDistribution!: GradeCountType[];

  @Field(() => FeedbackFollowUpType, { description: 'Answers to citizens’ comments / Tindak lanjut komentar warga.' })
  feedback!: FeedbackFollowUpType;
}

@ObjectType('ElementChange', { simpleResolvers: true, description: 'How one SKM element moved / Perubahan satu unsur SKM.' })
export class ElementChangeType {
  @Field(() => SkmElementEnum, { description: 'The element / Unsur SKM.' })
  element!: SkmElement;

  @Field(() => Float, { description: 'Average 1–4 in the recent range / Rata-rata 1–4 pada rentang terakhir.' })
  average!: number;

  @Field(() => Float, { description: 'Average 1–4 in the range before / Rata-rata 1–4 pada rentang sebelumnya.' })
  previousAverage!: number;

  @Field(() => Float, { description: 'average − previousAverage / Selisih rata-rata.' })
  change!: number;
}

@ObjectType('DeclineAlert', {
  simpleResolvers: true,
  description:
    'A unit or service whose IKM fell by 5 points or more, or whose grade fell, on enough responses (decision record 0024) / ' +
    'Unit atau layanan yang IKM-nya turun 5 poin atau lebih, atau mutunya turun.',
})
export class DeclineAlertType {
  @Field(() => AlertScope, { description: 'Unit or service / Unit atau layanan.' })
  scope!: AlertScope;

  @Field(() => UnitType, { description: 'The unit (of the service) / Unit (pemilik layanan).' })
  unit!: UnitType;

  @Field(() => PublicServiceType, { nullable: true, description: 'The service, for a SERVICE alert / Layanan, untuk peringatan layanan.' })
  service!: PublicServiceType | null;

  @Field(() => DateScalar, { description: 'First day of the recent range / Hari pertama rentang terakhir.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the recent range (yesterday) / Hari terakhir rentang terakhir (kemarin).' })
  to!: string;

  @Field(() => DateScalar, { description: 'First day of the range before / Hari pertama rentang sebelumnya.' })
  previousFrom!: string;

  @Field(() => DateScalar, { description: 'Last day of the range before / Hari terakhir rentang sebelumnya.' })
  previousTo!: string;

  @Field(() => Int, { description: 'Responses in the recent range / Jumlah responden rentang terakhir.' })
  responseCount!: number;

  @Field(() => Int, { description: 'Responses in the range before / Jumlah responden rentang sebelumnya.' })
  previousResponseCount!: number;

  @Field(() => Float, { description: 'IKM in the recent range / IKM rentang terakhir.' })
  ikm!: number;

  @Field(() => Float, { description: 'IKM in the range before / IKM rentang sebelumnya.' })
  previousIkm!: number;

  @Field(() => Float, { description: 'ikm − previousIkm (negative) / Selisih IKM (negatif).' })
  change!: number;

  @Field(() => GradeEnum, { description: 'Grade in the recent range / Mutu rentang terakhir.' })
  grade!: Grade;

  @Field(() => GradeEnum, { description: 'Grade in the range before / Mutu rentang sebelumnya.' })
  previousGrade!: Grade;

  @Field(() => [ElementChangeType], { description: 'The three elements that fell most / Tiga unsur yang paling turun.' })
  elements!: ElementChangeType[];
}

@ObjectType('ProgramImpact', {
  simpleResolvers: true,
  description: 'A training program and its measured effect on citizens’ scores in a region / Program pelatihan dan dampak terukurnya pada nilai warga.',
})
export class ProgramImpactType {
  @Field(() => TrainingProgramType, { description: 'The program / Program pengembangan.' })
  program!: TrainingProgramType;

  @Field(() => Int, { description: 'Completions by the region’s employees / Jumlah penyelesaian oleh pegawai daerah.' })
  completions!: number;

  @Field(() => Int, { description: 'Units whose employees completed it / Jumlah unit yang pegawainya menyelesaikan.' })
  units!: number;

  @Field(() => Float, { nullable: true, description: 'Cost per participant × completions, rupiah; null when unknown / Biaya (rupiah); kosong bila tidak diketahui.' })
  cost!: number | null;

  @Field(() => Int, { description: 'Units with a measured change (5+ responses each side) / Jumlah unit dengan perubahan terukur.' })
  measuredUnits!: number;

  @Field(() => Float, { nullable: true, description: 'Average measured change (score points 1–4 scale) / Rata-rata perubahan terukur.' })
  averageChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Best measured change / Perubahan terukur terbaik.' })
  bestChange!: number | null;

  @Field(() => [TrainingImpactType], { description: 'Per unit and competency, as trainingImpact / Per unit dan kompetensi, seperti trainingImpact.' })
  impacts!: TrainingImpactType[];
}
