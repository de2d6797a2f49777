import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { Region } from '../geography/region.entity.js';
import { Unit } from '../geography/unit.entity.js';
import { PublicService } from './public-service.entity.js';
import { ServiceCatalog } from './service-catalog.service.js';

@ObjectType()
export class PublicServiceConnection extends Connection(PublicService, 'PublicService') {}

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

@Resolver(() => PublicService)
export class PublicServiceResolver {
  @Query(() => PublicServiceConnection, { description: 'Public services by name, optionally filtered and searched.' })
  services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() ctx: Context): Promise<PublicServiceConnection> {
    return new ServiceCatalog(ctx.em).search(args);
  }

  @Query(() => PublicService, { nullable: true, description: 'A service by its slug (unique across regions).' })
  service(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<PublicService | null> {
    return new ServiceCatalog(ctx.em).bySlug(slug);
  }

  @FieldResolver(() => Unit, { description: 'The unit responsible for the service.' })
  async unit(@Root() service: PublicService, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unitById.load(service.unit.id))!;
  }

  @FieldResolver(() => Region)
  async region(@Root() service: PublicService, @Ctx() ctx: Context): Promise<Region> {
    return (await ctx.loaders.regionById.load(service.region.id))!;
  }
}
