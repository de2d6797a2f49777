import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { PublicServiceType, RegionType, UnitType } from '../catalog/index.js';
import { searchServices, type ServiceSearchPage } from './service-search.js';

@ObjectType()
export class PublicServiceConnection extends Connection(PublicServiceType, 'PublicService') {
  @Field(() => Boolean, { description: 'Whether there is a page before this one.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The `after` that gives the previous page; null when the previous page is the first one (ask without `after`) or there is none.',
  })
  previousCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The search with each word that occurs in no service replaced by the closest word that does ("did you mean"); null when every word was known. / "Maksud Anda".',
  })
  didYouMean!: string | null;

  @Field(() => RegionType, {
    nullable: true,
    description: 'The region named in the search words ("ktp mataram"), used as the region filter when `regionSlug` was not given.',
  })
  regionFromQuery!: RegionType | null;
}

@ArgsType()
class ServicesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only services of this region.' })
  regionSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words as citizens write them: ranked full-text search of the name, unit, category and description (Indonesian stemming; case and accents ignored), with abbreviations and everyday spellings from `searchSynonyms` (KK, ijin, IMB…), a region name as the region filter ("ktp mataram") and corrections of misspelt words. Without words, services come by name.',
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
  @Query(() => PublicServiceConnection, { description: 'Public services, best match first when searched, by name otherwise; optionally filtered.' })
  async services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() ctx: Context): Promise<ServiceSearchPage> {
    return searchServices(await ctx.catalog(), args, () => ctx.em);
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
