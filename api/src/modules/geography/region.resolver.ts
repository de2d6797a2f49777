import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RegionKind } from '../../common/enums.js';
import { RegionType, UnitType } from '../catalog/index.js';

/** Regions and their units come from the in-process catalogue (modules/catalog): no SQL per page. */
@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => [RegionType], { description: 'Every region using Suara, by name.' })
  async regions(@Ctx() ctx: Context): Promise<readonly RegionType[]> {
    return (await ctx.catalog()).regions;
  }

  @Query(() => RegionType, { nullable: true, description: 'A region by its slug, e.g. `mataram`.' })
  async region(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<RegionType | null> {
    return (await ctx.catalog()).regionBySlug(slug);
  }

  @FieldResolver(() => [UnitType], { description: 'The units of the region, by name.' })
  async units(@Root() region: RegionType, @Ctx() ctx: Context): Promise<readonly UnitType[]> {
    return (await ctx.catalog()).unitsOf(region.id);
  }

  @FieldResolver(() => String, { description: 'Title of the head of region: Wali Kota (city) or Bupati (regency).' })
  headTitle(@Root() region: RegionType): string {
    return region.kind === RegionKind.KOTA ? 'Wali Kota' : 'Bupati';
  }
}
