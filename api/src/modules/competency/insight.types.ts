import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssessmentMethod, DevelopmentActivityKind } from '../../common/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UnitType } from '../catalog/index.js';
import { CompetencyType } from './competency.types.js';

@ObjectType('AssessmentCyclePayload', { description: 'A region’s assessment cycle after a change / Siklus penilaian kompetensi daerah.' })
export class AssessmentCyclePayloadType {
  @Field(() => String, { description: 'The region’s slug / Slug daerah.' })
  regionSlug!: string;

  @Field(() => Int, { description: 'Months between two assessments of every employee, 6–60 / Bulan antara dua penilaian, 6–60.' })
  cycleMonths!: number;
}

@ObjectType('OverdueEmployee', { description: 'An employee whose assessment is overdue / Pegawai yang penilaiannya terlambat.' })
export class OverdueEmployeeType {
  @Field(() => ID, { description: 'The employee’s id / Id pegawai.' })
  employeeId!: string;

  @Field(() => String, { description: 'Name / Nama.' })
  name!: string;

  @Field(() => String, { description: 'NIP (18 digits) / NIP (18 digit).' })
  nip!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The oldest of the latest assessments on the competencies of the position’s standard (the one that makes them overdue); ' +
      'null when one of them was never assessed / Penilaian terlama di antara kompetensi standar jabatan; kosong bila belum pernah dinilai.',
  })
  lastAssessedOn!: string | null;

  @Field(() => Float, { nullable: true, description: 'Months since lastAssessedOn; null when never assessed / Bulan sejak penilaian itu.' })
  monthsSince!: number | null;
}

@ObjectType('AssessmentCoverage', {
  description:
    'Who in a unit has been assessed within the region’s cycle: up to date when every competency of the position’s standard has an assessment ' +
    'within the cycle / Cakupan penilaian kompetensi unit dalam siklusnya.',
})
export class AssessmentCoverageType {
  @Field(() => UnitType, { description: 'The unit / Unit.' })
  unit!: UnitType;

  @Field(() => Int, { description: 'The region’s cycle in months / Siklus penilaian daerah (bulan).' })
  cycleMonths!: number;

  @Field(() => Int, { description: 'Active employees of the unit / Pegawai aktif unit.' })
  employeeCount!: number;

  @Field(() => Int, { description: 'Employees assessed within the cycle on every competency of their standard / Pegawai yang penilaiannya mutakhir.' })
  upToDate!: number;

  @Field(() => [OverdueEmployeeType], { description: 'Employees overdue, never assessed first, then the longest overdue / Pegawai yang terlambat dinilai.' })
  overdue!: OverdueEmployeeType[];

  @Field(() => Float, { nullable: true, description: 'upToDate ÷ employeeCount × 100; null for a unit without employees / Persentase cakupan.' })
  coverage!: number | null;
}

@ObjectType('ProfilePosition', { description: 'A position (jabatan) as the profile names it / Jabatan.' })
export class ProfilePositionType {
  @Field(() => ID, { description: 'The position’s id / Id jabatan.' })
  id!: string;

  @Field(() => String, { description: 'Title / Nama jabatan.' })
  title!: string;

  @Field(() => UnitType, { description: 'The unit the position belongs to / Unit jabatan.' })
  unit!: UnitType;
}

@ObjectType('ProfileCompetency', {
  description:
    'One competency of an employee’s profile: the standard of the position (and of the target position), the latest assessment, ' +
    'the gap and the surplus / Satu kompetensi dalam profil pegawai.',
})
export class ProfileCompetencyType {
  @Field(() => CompetencyType, { description: 'The competency / Kompetensi.' })
  competency!: CompetencyType;

  @Field(() => Int, { nullable: true, description: 'Level the position requires; null when not in its standard / Level yang disyaratkan jabatan.' })
  required!: number | null;

  @Field(() => Int, { nullable: true, description: 'Latest assessed level; null when never assessed / Level hasil penilaian terakhir.' })
  assessed!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the latest assessment / Tanggal penilaian terakhir.' })
  assessedOn!: string | null;

  @Field(() => AssessmentMethod, { nullable: true, description: 'Method of the latest assessment / Metode penilaian terakhir.' })
  method!: AssessmentMethod | null;

  @Field(() => Boolean, { description: 'Whether the latest assessment is older than the region’s cycle / Apakah penilaian sudah melewati siklus.' })
  stale!: boolean;

  @Field(() => Int, { nullable: true, description: 'max(0, required − assessed); null without both / Kesenjangan.' })
  gap!: number | null;

  @Field(() => Int, { nullable: true, description: 'max(0, assessed − required): strength beyond the standard / Kelebihan di atas standar.' })
  surplus!: number | null;

  @Field(() => Int, { nullable: true, description: 'Level the target position requires / Level yang disyaratkan jabatan tujuan.' })
  targetRequired!: number | null;

  @Field(() => Int, { nullable: true, description: 'max(0, targetRequired − assessed) / Kesenjangan terhadap jabatan tujuan.' })
  targetGap!: number | null;
}

@ObjectType('ProfileTraining', { description: 'An enrolment of the employee in a training program / Keikutsertaan pelatihan.' })
export class ProfileTrainingType {
  @Field(() => ID, { description: 'The program’s id / Id program.' })
  programId!: string;

  @Field(() => String, { description: 'The program’s title / Judul program.' })
  title!: string;

  @Field(() => String, { description: 'PLANNED, ENROLLED, COMPLETED, DECLINED, NO_SHOW or DROPPED / Status keikutsertaan.' })
  status!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day completed / Tanggal selesai.' })
  completedOn!: string | null;

  @Field(() => Int, { description: 'JP earned / JP yang diperoleh.' })
  jpEarned!: number;

  @Field(() => String, { nullable: true, description: 'Why it ended declined, no-show or dropped / Alasan.' })
  reason!: string | null;
}

@ObjectType('EmployeeSummary', { description: 'An employee as lists name them: HR of the region and ADMIN only / Ringkasan pegawai.' })
export class EmployeeSummaryType {
  @Field(() => ID, { description: 'The employee’s id / Id pegawai.' })
  id!: string;

  @Field(() => String, { description: 'NIP (18 digits) / NIP.' })
  nip!: string;

  @Field(() => String, { description: 'Name / Nama.' })
  name!: string;

  @Field(() => UnitType, { description: 'The unit / Unit.' })
  unit!: UnitType;

  @Field(() => String, { nullable: true, description: 'Position title / Nama jabatan.' })
  position!: string | null;
}

@ObjectType('DevelopmentActivity', {
  description: 'An advanced course, stretch assignment, acting role or mentoring of others, recorded by HR / Kegiatan pengembangan pegawai berpotensi.',
})
export class DevelopmentActivityType {
  @Field(() => ID, { description: 'Id / Id.' })
  id!: string;

  @Field(() => EmployeeSummaryType, { description: 'Who / Pegawai.' })
  employee!: EmployeeSummaryType;

  @Field(() => DevelopmentActivityKind, { description: 'Kind / Jenis kegiatan.' })
  kind!: DevelopmentActivityKind;

  @Field(() => String, { description: 'Title / Judul.' })
  title!: string;

  @Field(() => CompetencyType, { nullable: true, description: 'The competency it develops / Kompetensi yang dikembangkan.' })
  competency!: CompetencyType | null;

  @Field(() => DateScalar, { description: 'First day / Tanggal mulai.' })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null while it runs / Tanggal selesai.' })
  endedOn!: string | null;

  @Field(() => String, { description: 'HR’s note / Catatan BKPSDM.' })
  note!: string;
}

@ObjectType('EmployeeProfile', {
  description:
    'An employee’s competency profile HR can hand to the person assessed: gaps and surpluses against the position (and a target position), ' +
    'JP this year, trainings and development activities. HR of the region and ADMIN only / Profil kompetensi pegawai.',
})
export class EmployeeProfileCardType {
  @Field(() => ID, { description: 'The employee’s id / Id pegawai.' })
  id!: string;

  @Field(() => String, { description: 'NIP (18 digits) / NIP.' })
  nip!: string;

  @Field(() => String, { description: 'Name / Nama.' })
  name!: string;

  @Field(() => UnitType, { description: 'The unit / Unit.' })
  unit!: UnitType;

  @Field(() => ProfilePositionType, { nullable: true, description: 'Current position / Jabatan saat ini.' })
  position!: ProfilePositionType | null;

  @Field(() => Int, { description: 'The region’s assessment cycle in months / Siklus penilaian daerah (bulan).' })
  cycleMonths!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Job-Person Match in percent against the position: Σ assessed ÷ Σ required × 100 over assessed standard competencies / Job-Person Match.',
  })
  jobPersonMatch!: number | null;

  @Field(() => ProfilePositionType, { nullable: true, description: 'The target (next) position: the argument, else the one HR set / Jabatan tujuan.' })
  targetPosition!: ProfilePositionType | null;

  @Field(() => Float, { nullable: true, description: 'Job-Person Match against the target position / Job-Person Match terhadap jabatan tujuan.' })
  targetJobPersonMatch!: number | null;

  @Field(() => [ProfileCompetencyType], { description: 'Competencies of both standards and every assessed one, largest gap first / Kompetensi.' })
  competencies!: ProfileCompetencyType[];

  @Field(() => Float, { description: 'JP earned this calendar year (region time zone) / JP tahun ini.' })
  jpThisYear!: number;

  @Field(() => Float, { description: 'max(0, 20 − jpThisYear) / Kekurangan dari 20 JP.' })
  jpShortfall!: number;

  @Field(() => [ProfileTrainingType], { description: 'Enrolments, newest first / Riwayat pelatihan.' })
  trainings!: ProfileTrainingType[];

  @Field(() => [DevelopmentActivityType], { description: 'Development activities, newest first / Kegiatan pengembangan.' })
  developmentActivities!: DevelopmentActivityType[];

  @Field(() => [ProfilePositionType], { description: 'Positions of the region a target may be chosen from / Pilihan jabatan tujuan.' })
  targetPositionOptions!: ProfilePositionType[];
}

@ObjectType('PotentialEntry', {
  description: 'An employee assessed above their position’s standard on one competency / Pegawai dengan kompetensi di atas standar jabatan.',
})
export class PotentialEntryType {
  @Field(() => EmployeeSummaryType, { description: 'The employee / Pegawai.' })
  employee!: EmployeeSummaryType;

  @Field(() => CompetencyType, { description: 'The competency / Kompetensi.' })
  competency!: CompetencyType;

  @Field(() => Int, { description: 'Level the position requires / Level yang disyaratkan.' })
  required!: number;

  @Field(() => Int, { description: 'Latest assessed level / Level hasil penilaian.' })
  assessed!: number;

  @Field(() => Int, { description: 'assessed − required / Kelebihan.' })
  surplus!: number;

  @Field(() => [DevelopmentActivityType], { description: 'The employee’s development activities on this competency or none in particular / Kegiatan pengembangan.' })
  activities!: DevelopmentActivityType[];
}

@ObjectType('HeatmapCell', { description: 'One unit × competency of the heatmap / Satu sel peta kompetensi.' })
export class HeatmapCellType {
  @Field(() => CompetencyType, { description: 'The competency / Kompetensi.' })
  competency!: CompetencyType;

  @Field(() => Float, { nullable: true, description: 'Average of max(0, required − assessed); null when nobody is assessed / Rata-rata kesenjangan.' })
  averageGap!: number | null;

  @Field(() => Int, { description: 'Employees assessed below the standard / Pegawai di bawah standar.' })
  employeesBelowStandard!: number;

  @Field(() => Int, { description: 'Employees whose position requires it and who were assessed / Pegawai yang dinilai.' })
  employeesAssessed!: number;
}

@ObjectType('HeatmapRow', { description: 'A unit’s row of the heatmap, one cell per column / Baris unit pada peta kompetensi.' })
export class HeatmapRowType {
  @Field(() => UnitType, { description: 'The unit / Unit.' })
  unit!: UnitType;

  @Field(() => [HeatmapCellType], { description: 'Cells in the order of the columns / Sel sesuai urutan kolom.' })
  cells!: HeatmapCellType[];
}

@ObjectType('CompetencyHeatmap', { description: 'Average competency gaps per unit and competency of a region / Peta kesenjangan kompetensi daerah.' })
export class CompetencyHeatmapType {
  @Field(() => [CompetencyType], { description: 'The columns: competencies any unit’s standard requires / Kolom: kompetensi.' })
  competencies!: CompetencyType[];

  @Field(() => [HeatmapRowType], { description: 'One row per unit with assessed employees / Baris per unit.' })
  units!: HeatmapRowType[];
}

@InputType('DevelopmentActivityInput', { description: 'A development activity to record / Kegiatan pengembangan yang dicatat.' })
export class DevelopmentActivityInput {
  @Field(() => ID, { description: 'The employee / Pegawai.' })
  employeeId!: string;

  @Field(() => DevelopmentActivityKind, { description: 'Kind / Jenis.' })
  kind!: DevelopmentActivityKind;

  @Field(() => String, { description: 'Title, 3–200 characters / Judul, 3–200 karakter.' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The competency it develops / Kompetensi yang dikembangkan.' })
  competencyId?: string | null;

  @Field(() => DateScalar, { description: 'First day / Tanggal mulai.' })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, not before the first / Tanggal selesai.' })
  endedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A note, at most 1000 characters / Catatan, paling banyak 1000 karakter.' })
  note?: string | null;
}
