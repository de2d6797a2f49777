import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RegionKind } from '../../common/enums.js';
import { GeographyService } from './geography.service.js';
import { Region } from './region.entity.js';
import { Unit } from './unit.entity.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'Every region using Suara, by name.' })
  regions(@Ctx() ctx: Context): Promise<Region[]> {
    return new GeographyService(ctx.em).listRegions();
  }

  @Query(() => Region, { nullable: true, description: 'A region by its slug, e.g. `mataram`.' })
  region(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Region | null> {
    return new GeographyService(ctx.em).regionBySlug(slug);
  }

  @FieldResolver(() => [Unit], { description: 'The units of the region, by name.' })
  units(@Root() region: Region, @Ctx() ctx: Context): Promise<Unit[]> {
    return ctx.loaders.unitsByRegion.load(region.id);
  }

  @FieldResolver(() => String, { description: 'Title of the head of region: Wali Kota (city) or Bupati (regency).' })
  headTitle(@Root() region: Region): string {
    return region.kind === RegionKind.KOTA ? 'Wali Kota' : 'Bupati';
  }
}
