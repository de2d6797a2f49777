import { Arg, Authorized, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { UnitType } from '../catalog/index.js';
import { DevelopmentNeedType } from './insights.types.js';
import { participation } from './participation.service.js';
import { developmentPlan } from './plan.service.js';
import { DevelopmentPlanType, UnitParticipationType } from './plan.types.js';

@Resolver()
export class PlanResolver {
  @Authorized(Role.HR, Role.MAYOR)
  @Query(() => [UnitParticipationType], {
    description:
      'Participation in training per unit of a region for a year: invited vs completed, declined, no-show, dropped; low participation ' +
      'flagged (HR and MAYOR of the region, ADMIN; decision record 0021) / Tingkat partisipasi pelatihan per unit.',
  })
  async participation(
    @Arg('regionSlug', () => String, { description: 'The region / Slug daerah.' }) regionSlug: string,
    @Arg('year', () => Int, { nullable: true, description: 'Calendar year in the region’s time zone, default this year / Tahun.' }) year: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<UnitParticipationType[]> {
    return participation(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug, year);
  }

  @Authorized(Role.HR)
  @Query(() => DevelopmentPlanType, {
    description:
      'A development plan within a budget: programs and participants for the highest-priority needs, greedy by priority per rupiah, ' +
      'each item explained in one sentence; never over budget (HR of the region, ADMIN; decision record 0021) / ' +
      'Rencana pengembangan kompetensi dalam batas anggaran.',
  })
  async developmentPlan(
    @Arg('regionSlug', () => String, { description: 'The region / Slug daerah.' }) regionSlug: string,
    @Arg('year', () => Int, { description: 'The plan year, up to next year / Tahun rencana (paling lambat tahun depan).' }) year: number,
    @Arg('budget', () => Float, { description: 'Budget in whole rupiah, 0 to 1 trillion / Anggaran dalam rupiah.' }) budget: number,
    @Ctx() ctx: Context,
  ): Promise<DevelopmentPlanType> {
    return developmentPlan(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, year, budget });
  }
}

@Resolver(() => DevelopmentNeedType)
export class DevelopmentNeedParticipationResolver {
  @FieldResolver(() => UnitParticipationType, {
    description: 'The unit’s participation in training in the need’s year, low participation flagged / Partisipasi pelatihan unit.',
  })
  async participation(@Root() need: DevelopmentNeedType, @Ctx() ctx: Context): Promise<UnitParticipationType> {
    return ctx.loaders.participation.load({ unitId: need.unitId, year: need.year });
  }
}

@Resolver(() => UnitParticipationType)
export class UnitParticipationResolver {
  @FieldResolver(() => UnitType, { description: 'The unit / Unit.' })
  async unit(@Root() p: UnitParticipationType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(p.unitId)!;
  }
}
