import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import {
  assessmentCoverage,
  competencyHeatmap,
  employeeProfile,
  potentialEmployees,
  recordDevelopmentActivity,
  setAssessmentCycle,
  setTargetPosition,
} from './insight.service.js';
import {
  AssessmentCoverageType,
  AssessmentCyclePayloadType,
  CompetencyHeatmapType,
  DevelopmentActivityInput,
  DevelopmentActivityType,
  EmployeeProfileCardType,
  PotentialEntryType,
} from './insight.types.js';

/** Issue 9, point 12: assessment on a cycle, the employee's profile, potential, and the unit heatmap. */
@Resolver()
export class CompetencyInsightResolver {
  @Authorized(Role.HR)
  @Mutation(() => AssessmentCyclePayloadType, {
    description:
      'Sets how often every employee of the region is assessed, 6–60 months (HR of the region, ADMIN); older assessments are overdue and weigh ' +
      'less in development needs (decision record 0020) / Mengatur siklus penilaian kompetensi daerah.',
  })
  async setAssessmentCycle(
    @Arg('regionSlug', () => String, { description: 'The region / Daerah.' }) regionSlug: string,
    @Arg('months', () => Int, { description: 'Months, 6–60 / Bulan, 6–60.' }) months: number,
    @Ctx() ctx: Context,
  ): Promise<AssessmentCyclePayloadType> {
    return setAssessmentCycle(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug, months);
  }

  @Authorized(Role.HR)
  @Query(() => AssessmentCoverageType, {
    description:
      'Who in a unit is assessed within the region’s cycle and who is overdue (HR of the unit’s region, ADMIN) / Cakupan penilaian kompetensi unit.',
  })
  async assessmentCoverage(@Arg('unitId', () => ID, { description: 'The unit / Unit.' }) unitId: string, @Ctx() ctx: Context): Promise<AssessmentCoverageType> {
    return assessmentCoverage(ctx.em, await ctx.catalog(), ctx.viewer, unitId);
  }

  @Authorized(Role.HR)
  @Query(() => EmployeeProfileCardType, {
    description:
      'An employee’s competency profile to hand to them: gaps and surpluses against the position and a target position, JP this year, ' +
      'trainings and development activities (HR of the employee’s region, ADMIN) / Profil kompetensi pegawai.',
  })
  async employeeProfile(
    @Arg('employeeId', () => ID, { description: 'The employee / Pegawai.' }) employeeId: string,
    @Arg('targetPositionId', () => ID, { nullable: true, description: 'A target position instead of the one HR set / Jabatan tujuan pengganti.' })
    targetPositionId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<EmployeeProfileCardType> {
    return employeeProfile(ctx.em, await ctx.catalog(), ctx.viewer, employeeId, targetPositionId);
  }

  @Authorized(Role.HR)
  @Mutation(() => EmployeeProfileCardType, {
    description:
      'Sets (or, with null, clears) the position an employee is developed towards; a position of the same region (HR of the region, ADMIN) / ' +
      'Mengatur jabatan tujuan pegawai.',
  })
  async setTargetPosition(
    @Arg('employeeId', () => ID, { description: 'The employee / Pegawai.' }) employeeId: string,
    @Arg('positionId', () => ID, { nullable: true, description: 'The target position, null to clear / Jabatan tujuan.' }) positionId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<EmployeeProfileCardType> {
    return setTargetPosition(ctx.em, await ctx.catalog(), ctx.viewer, employeeId, positionId);
  }

  @Authorized(Role.HR)
  @Query(() => [PotentialEntryType], {
    description:
      'Employees assessed above their position’s standard, per competency, largest surplus first, with their development activities ' +
      '(HR of the region, ADMIN; first: 1–100, default 50) / Pegawai berpotensi.',
  })
  async potentialEmployees(
    @Arg('regionSlug', () => String, { description: 'The region / Daerah.' }) regionSlug: string,
    @Arg('competencyId', () => ID, { nullable: true, description: 'Only this competency / Hanya kompetensi ini.' }) competencyId: string | null | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'How many, 1–100 / Jumlah, 1–100.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<PotentialEntryType[]> {
    return potentialEmployees(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug, competencyId, first);
  }

  @Authorized(Role.HR)
  @Mutation(() => DevelopmentActivityType, {
    description:
      'Records an advanced course, stretch assignment, acting role or mentoring for an employee (HR of the employee’s region, ADMIN) / ' +
      'Mencatat kegiatan pengembangan.',
  })
  async recordDevelopmentActivity(
    @Arg('input', () => DevelopmentActivityInput, { description: 'The activity / Kegiatan.' }) input: DevelopmentActivityInput,
    @Ctx() ctx: Context,
  ): Promise<DevelopmentActivityType> {
    return recordDevelopmentActivity(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }

  @Authorized(Role.HR)
  @Query(() => CompetencyHeatmapType, {
    description: 'Average competency gap per unit and competency of a region, for a colour grid (HR of the region, ADMIN) / Peta kesenjangan kompetensi.',
  })
  async competencyHeatmap(@Arg('regionSlug', () => String, { description: 'The region / Daerah.' }) regionSlug: string, @Ctx() ctx: Context): Promise<CompetencyHeatmapType> {
    return competencyHeatmap(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug);
  }
}
