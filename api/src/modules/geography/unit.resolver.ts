import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicService } from '../services/public-service.entity.js';
import { GeographyService } from './geography.service.js';
import { Region } from './region.entity.js';
import { Unit } from './unit.entity.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'A unit by id.' })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit | null> {
    return new GeographyService(ctx.em).unitById(id);
  }

  @FieldResolver(() => Region)
  async region(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Region> {
    return (await ctx.loaders.regionById.load(unit.region.id))!;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit above this one, if any.' })
  parent(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> {
    return unit.parent ? ctx.loaders.unitById.load(unit.parent.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [PublicService], { description: 'The services this unit delivers, by name.' })
  services(@Root() unit: Unit, @Ctx() ctx: Context): Promise<PublicService[]> {
    return ctx.loaders.servicesByUnit.load(unit.id);
  }
}
