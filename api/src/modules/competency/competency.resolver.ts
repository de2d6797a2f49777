import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { CompetencyKind, Role } from '../../common/enums.js';
import { NotFoundError } from '../../common/errors.js';
import type { Context } from '../../graphql/context.js';
import { UnitType } from '../catalog/index.js';
import { competencyGaps, listCompetencies, unitCompetencyProfile } from './competency.service.js';
import { CompetencyGapType, CompetencyType, UnitCompetencyProfileType } from './competency.types.js';

@Resolver()
export class CompetencyResolver {
  @Authorized(Role.HR, Role.MODERATOR)
  @Query(() => [CompetencyType], {
    description:
      'The competency dictionary: the 8 managerial competencies, Perekat Bangsa and the technical ones, with level descriptors 1–5 ' +
      '(HR and MODERATOR, who tag comments with competencies, of any region; ADMIN: a dictionary holds nothing personal) / ' +
      'Kamus kompetensi.',
  })
  async competencies(
    @Arg('kind', () => CompetencyKind, { nullable: true }) kind: CompetencyKind | null | undefined,
    @Ctx() ctx: Context,
    @Arg('regionSlug', () => String, {
      nullable: true,
      description: 'Only the national competencies and this region’s own (its dictionary page) / Hanya kompetensi nasional dan milik daerah ini.',
    })
    regionSlug?: string | null,
  ): Promise<CompetencyType[]> {
    const region = regionSlug === null || regionSlug === undefined ? null : (await ctx.catalog()).regionBySlug(regionSlug.slice(0, 100));
    if ((regionSlug ?? null) !== null && !region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
    return listCompetencies(ctx.em, ctx.viewer, kind, region?.id ?? null);
  }

  @Authorized(Role.HR)
  @Query(() => [CompetencyGapType], {
    description:
      'Competency gaps of a unit’s employees against their positions’ standards, largest first (HR of the unit’s region, ADMIN) / ' +
      'Kesenjangan kompetensi unit.',
  })
  async competencyGaps(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<CompetencyGapType[]> {
    return competencyGaps(ctx.em, await ctx.catalog(), ctx.viewer, unitId);
  }

  @Authorized(Role.HR)
  @Query(() => UnitCompetencyProfileType, {
    description:
      'A unit’s Job-Person Match per employee and overall, and the 20 JP a year rule: who is below it and the unit’s shortfall ' +
      '(HR of the unit’s region, ADMIN; year: calendar year in the region’s time zone, default this year) / Profil kompetensi dan 20 JP unit.',
  })
  async unitCompetencyProfile(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<UnitCompetencyProfileType> {
    return unitCompetencyProfile(ctx.em, await ctx.catalog(), ctx.viewer, unitId, year);
  }
}

@Resolver(() => UnitCompetencyProfileType)
export class UnitCompetencyProfileResolver {
  @FieldResolver(() => UnitType)
  async unit(@Root() profile: UnitCompetencyProfileType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(profile.unitId)!;
  }
}
