import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Connection, PageArgs, type ConnectionShape } from '../../graphql/connection.js';
import { PublicServiceType, RegionType, UnitType } from '../catalog/index.js';
import { searchServices } from './service-search.js';

@ObjectType()
export class PublicServiceConnection extends Connection(PublicServiceType, 'PublicService') {}

@ArgsType()
class ServicesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only services of this region.' })
  regionSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in the service name or its unit; case and accents are ignored and parts of words match ("izin" finds "Perizinan").',
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only services of this category code (see `PublicService.category`).' })
  category?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only services of this unit.' })
  unitId?: string | null;
}

/** Services come from the in-process catalogue (modules/catalog): a service page costs no SQL for them. */
@Resolver(() => PublicServiceType)
export class PublicServiceResolver {
  @Query(() => PublicServiceConnection, { description: 'Public services by name, optionally filtered and searched.' })
  async services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() ctx: Context): Promise<ConnectionShape<PublicServiceType>> {
    return searchServices(await ctx.catalog(), args);
  }

  @Query(() => PublicServiceType, { nullable: true, description: 'A service by its slug (unique across regions).' })
  async service(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<PublicServiceType | null> {
    return (await ctx.catalog()).serviceBySlug(slug);
  }

  @FieldResolver(() => UnitType, { description: 'The unit responsible for the service.' })
  async unit(@Root() service: PublicServiceType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(service.unitId)!;
  }

  @FieldResolver(() => RegionType)
  async region(@Root() service: PublicServiceType, @Ctx() ctx: Context): Promise<RegionType> {
    return (await ctx.catalog()).region(service.regionId)!;
  }
}
