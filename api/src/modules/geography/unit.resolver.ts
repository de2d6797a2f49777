import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../common/ids.js';
import { PublicServiceType, RegionType, UnitType } from '../catalog/index.js';

@Resolver(() => UnitType)
export class UnitResolver {
  @Query(() => UnitType, { nullable: true, description: 'A unit by id.' })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UnitType | null> {
    return isUuid(id) ? (await ctx.catalog()).unit(id.toLowerCase()) : null;
  }

  @FieldResolver(() => RegionType)
  async region(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<RegionType> {
    return (await ctx.catalog()).region(unit.regionId)!;
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit above this one, if any.' })
  async parent(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<UnitType | null> {
    return unit.parentId ? (await ctx.catalog()).unit(unit.parentId) : null;
  }

  @FieldResolver(() => [PublicServiceType], { description: 'The services this unit delivers, by name.' })
  async services(@Root() unit: UnitType, @Ctx() ctx: Context): Promise<readonly PublicServiceType[]> {
    return (await ctx.catalog()).servicesOfUnit(unit.id);
  }
}
