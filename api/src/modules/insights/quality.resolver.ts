import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Granularity as GranularityName } from '@suara/skm';
import { Role } from '../../common/enums.js';
import { Granularity } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { Context } from '../../graphql/context.js';
import { declineAlerts, regionOverview, serviceQualityTrend, unitRanking } from './quality.service.js';
import { trainingImpactSummary } from './quality-training.js';
import { DeclineAlertType, ProgramImpactType, RegionOverviewType, TrendPointType, UnitScoreType } from './quality.types.js';

const REGION_ARG = 'The region’s slug, e.g. kupang / Slug daerah, mis. kupang.';
const FROM_ARG = 'First day, region time zone, inclusive / Hari pertama (zona waktu daerah), termasuk.';
const TO_ARG = 'Last day, inclusive; at most two years after from / Hari terakhir, termasuk; paling lama dua tahun setelah from.';

/** The mayor's view of service quality (issue 10; MAYOR and HR of the region, ADMIN; decision record 0024). */
@Resolver()
export class QualityResolver {
  @Authorized(Role.MAYOR, Role.HR)
  @Query(() => [TrendPointType], {
    description:
      'Citizens’ scores per week, month or quarter of a range, for the region, one unit or one service, every bucket included (empty ones with ' +
      'responseCount 0); the same numbers as the service pages for the same days (MAYOR and HR of the region, ADMIN) / ' +
      'Tren nilai warga per minggu, bulan atau triwulan untuk daerah, unit atau layanan.',
  })
  async serviceQualityTrend(
    @Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string,
    @Arg('from', () => DateScalar, { description: FROM_ARG }) from: string,
    @Arg('to', () => DateScalar, { description: TO_ARG }) to: string,
    @Arg('granularity', () => Granularity, { nullable: true, defaultValue: Granularity.MONTH, description: 'Bucket size; ISO weeks start Monday / Ukuran rentang; minggu ISO dimulai Senin.' })
    granularity: Granularity | null | undefined,
    @Arg('unitId', () => ID, { nullable: true, description: 'Only this unit of the region / Hanya unit ini.' }) unitId: string | null | undefined,
    @Arg('serviceId', () => ID, { nullable: true, description: 'Only this service of the region / Hanya layanan ini.' }) serviceId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<TrendPointType[]> {
    return serviceQualityTrend(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, from, to, granularity: (granularity ?? Granularity.MONTH) as GranularityName, unitId, serviceId });
  }

  @Authorized(Role.MAYOR, Role.HR)
  @Query(() => [UnitScoreType], {
    description:
      'Units that deliver services, best IKM first (under 5 responses last), with the change against the equal-length range just before ' +
      '(MAYOR and HR of the region, ADMIN) / Peringkat unit menurut IKM, dengan perubahan terhadap rentang sebelumnya.',
  })
  async unitRanking(
    @Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string,
    @Arg('from', () => DateScalar, { description: FROM_ARG }) from: string,
    @Arg('to', () => DateScalar, { description: TO_ARG }) to: string,
    @Ctx() ctx: Context,
  ): Promise<UnitScoreType[]> {
    return unitRanking(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, from, to });
  }

  @Authorized(Role.MAYOR, Role.HR)
  @Query(() => RegionOverviewType, {
    description:
      'The region at a glance: the running survey period so far, the last two complete ones, services by grade and answers to comments ' +
      '(MAYOR and HR of the region, ADMIN) / Ringkasan daerah: periode berjalan, dua periode lengkap terakhir, sebaran mutu dan jawaban komentar.',
  })
  async regionOverview(@Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string, @Ctx() ctx: Context): Promise<RegionOverviewType> {
    return regionOverview(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug);
  }

  @Authorized(Role.MAYOR, Role.HR)
  @Query(() => [DeclineAlertType], {
    description:
      'Units and services whose IKM fell by 5 points or more, or whose grade fell, in the last `days` days up to yesterday against the `days` ' +
      'before, with at least 30 responses on each side; worst first (MAYOR and HR of the region, ADMIN) / Peringatan penurunan mutu pelayanan.',
  })
  async declineAlerts(
    @Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string,
    @Arg('days', () => Int, { nullable: true, defaultValue: 90, description: 'Days in each range, 28–366 / Jumlah hari tiap rentang, 28–366.' }) days: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<DeclineAlertType[]> {
    return declineAlerts(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug, days);
  }

  @Authorized(Role.MAYOR, Role.HR)
  @Query(() => [ProgramImpactType], {
    description:
      'Every program the region’s employees completed (in `year`, or ever), with its measured effect on citizens’ scores; best measured change ' +
      'first, unmeasured last (MAYOR and HR of the region, ADMIN) / Ringkasan dampak pelatihan per program.',
  })
  async trainingImpactSummary(
    @Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string,
    @Arg('year', () => Int, { nullable: true, description: 'Year of completion; default all years / Tahun penyelesaian; bawaan semua tahun.' }) year: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ProgramImpactType[]> {
    return trainingImpactSummary(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug, year);
  }
}
