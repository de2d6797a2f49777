import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SkmElementEnum } from '../../graphql/enums.js';
import type { SkmElement } from '../../common/enums.js';
import { CompetencyType } from '../competency/index.js';
import { elementCompetencyMap, setElementCompetencies, tagCompetency, untagCompetency } from './tagging.service.js';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { UnitType } from '../catalog/index.js';
import { TrainingProgramType } from '../development/index.js';
import { developmentNeeds, facilitiesIssues, trainingImpact } from './needs.service.js';
import { unitOverview } from './unit-overview.service.js';
import { DevelopmentNeedType, ElementLinkType, FacilitiesIssueType, TrainingImpactType, UnitOverviewType } from './insights.types.js';

@Resolver()
export class InsightsResolver {
  @Authorized(Role.HR)
  @Query(() => [DevelopmentNeedType], {
    description:
      'Development needs per unit and competency of a region, highest priority first, with evidence and suggested programs ' +
      '(HR of the region, ADMIN; year: calendar year in the region’s time zone, default this year; first: 1–200, default 50) / ' +
      'Kebutuhan pengembangan kompetensi, prioritas tertinggi dulu.',
  })
  async developmentNeeds(
    @Arg('regionSlug', () => String) regionSlug: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null | undefined,
    @Arg('competencyId', () => ID, { nullable: true, description: 'Only needs for this competency.' }) competencyId: string | null | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<DevelopmentNeedType[]> {
    return developmentNeeds(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, year, competencyId, first });
  }

  @Authorized(Role.HR, Role.MAYOR)
  @Query(() => [FacilitiesIssueType], {
    description:
      'Citizens’ facilities scores (SARANA_PRASARANA) per unit over the same 12 months as the needs, most low scores first: a facilities matter, ' +
      'not a people need (HR and MAYOR of the region, ADMIN) / Masalah sarana prasarana per unit.',
  })
  async facilitiesIssues(
    @Arg('regionSlug', () => String) regionSlug: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<FacilitiesIssueType[]> {
    return facilitiesIssues(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug, year);
  }

  @Authorized(Role.HR)
  @Query(() => [TrainingImpactType], {
    description:
      'For each unit whose employees completed the program: the average of the elements linked to its competencies in a window before ' +
      'and after completion (windowDays, default 90), with response counts; null when a side has fewer than 5 responses. HR of the ' +
      'program’s region and ADMIN; a shared program: HR of every region / Dampak pelatihan.',
  })
  async trainingImpact(
    @Arg('programId', () => ID) programId: string,
    @Arg('windowDays', () => Int, { nullable: true, defaultValue: 90 }) windowDays: number,
    @Ctx() ctx: Context,
  ): Promise<TrainingImpactType[]> {
    return trainingImpact(ctx.em, await ctx.catalog(), ctx.viewer, programId, windowDays);
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR, Role.MAYOR)
  @Query(() => UnitOverviewType, {
    description:
      'A unit’s read-only overview for its officers: citizens’ scores per service over the last 12 months, recent published comments and ' +
      'the measured impact of programs its employees completed, with no employee named (UNIT_OFFICER of the unit or a unit above it, ' +
      'HR and MAYOR of the region, ADMIN) / Ringkasan unit untuk petugas unit.',
  })
  async unitOverview(@Arg('unitId', () => ID, { description: 'The unit / Id unit.' }) unitId: string, @Ctx() ctx: Context): Promise<UnitOverviewType> {
    return unitOverview(ctx.em, await ctx.catalog(), ctx.loaders, ctx.viewer, unitId);
  }

  @Authorized(Role.HR, Role.MODERATOR)
  @Query(() => [ElementLinkType], {
    description:
      'The region’s SKM element → competency map, all nine elements (HR and MODERATOR of the region, ADMIN); the default of ' +
      'facts/KOMPETENSI.md until HR changes it / Peta unsur SKM ke kompetensi.',
  })
  async elementCompetencyMap(@Arg('regionSlug', () => String) regionSlug: string, @Ctx() ctx: Context): Promise<ElementLinkType[]> {
    return elementCompetencyMap(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug);
  }

  @Authorized(Role.HR)
  @Mutation(() => [ElementLinkType], {
    description:
      'Sets what one SKM element points at in the region (HR of the region, ADMIN); SARANA_PRASARANA points at nothing. Returns the whole map / ' +
      'Mengubah peta unsur SKM ke kompetensi.',
  })
  async setElementCompetencies(
    @Arg('regionSlug', () => String) regionSlug: string,
    @Arg('element', () => SkmElementEnum) element: SkmElement,
    @Arg('competencyIds', () => [ID]) competencyIds: string[],
    @Arg('serviceTechnical', () => Boolean, { defaultValue: false }) serviceTechnical: boolean,
    @Ctx() ctx: Context,
  ): Promise<ElementLinkType[]> {
    return setElementCompetencies(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, element, competencyIds, serviceTechnical });
  }

  @Authorized(Role.MODERATOR, Role.HR)
  @Mutation(() => [CompetencyType], {
    description:
      'Tags a comment or forum post with a competency; it feeds the feedback signal (MODERATOR and HR of its region, ADMIN). ' +
      'Returns the item’s tags / Menandai komentar atau kiriman forum dengan kompetensi.',
  })
  async tagCompetency(
    @Arg('itemId', () => ID, { description: 'A feedback (comment) id or a forum post id.' }) itemId: string,
    @Arg('competencyId', () => ID) competencyId: string,
    @Ctx() ctx: Context,
  ): Promise<CompetencyType[]> {
    return tagCompetency(ctx.em, await ctx.catalog(), ctx.viewer, itemId, competencyId);
  }

  @Authorized(Role.MODERATOR, Role.HR)
  @Mutation(() => [CompetencyType], { description: 'Removes a competency tag (MODERATOR and HR of the item’s region, ADMIN). Returns the item’s tags.' })
  async untagCompetency(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('competencyId', () => ID) competencyId: string,
    @Ctx() ctx: Context,
  ): Promise<CompetencyType[]> {
    return untagCompetency(ctx.em, await ctx.catalog(), ctx.viewer, itemId, competencyId);
  }
}

@Resolver(() => DevelopmentNeedType)
export class DevelopmentNeedResolver {
  @FieldResolver(() => UnitType)
  async unit(@Root() need: DevelopmentNeedType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(need.unitId)!;
  }
}

@Resolver(() => TrainingImpactType)
export class TrainingImpactResolver {
  @FieldResolver(() => UnitType)
  async unit(@Root() impact: TrainingImpactType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(impact.unitId)!;
  }
}

@Resolver(() => FacilitiesIssueType)
export class FacilitiesIssueResolver {
  @FieldResolver(() => UnitType)
  async unit(@Root() issue: FacilitiesIssueType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(issue.unitId)!;
  }
}

@Resolver(() => UnitOverviewType)
export class UnitOverviewResolver {
  @FieldResolver(() => UnitType, { description: 'The unit / Unit.' })
  async unit(@Root() overview: UnitOverviewType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(overview.unitId)!;
  }
}

/** TrainingProgram.measuredImpact, batched for every program of a request (one impact statement). */
@Resolver(() => TrainingProgramType)
export class TrainingProgramImpactResolver {
  @FieldResolver(() => Number, {
    nullable: true,
    description:
      'The largest measured change (after − before, on the 1–4 scale) of linked element scores in any unit that completed it, ' +
      'counting only windows with at least 5 responses on each side (see trainingImpact); null when not measured / Dampak terukur terbesar.',
  })
  async measuredImpact(@Root() program: TrainingProgramType, @Ctx() ctx: Context): Promise<number | null> {
    if (program.measuredImpact !== undefined) return program.measuredImpact;
    return ctx.loaders.measuredImpact.load(program.id);
  }
}
