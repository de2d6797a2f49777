import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { PublicServiceType, UnitType } from '../catalog/index.js';
import { currentKiosk, kioskServices, kiosksOf, pairKiosk, registerKiosk, renewKioskPairing, revokeKiosk } from './kiosk.service.js';
import { KioskRegistrationType, KioskType } from './kiosk.types.js';

@Resolver()
export class KiosksResolver {
  @Authorized(Role.MODERATOR)
  @Query(() => [KioskType], { description: 'A region’s counter kiosks, active ones first, newest first (MODERATOR of the region, ADMIN).' })
  async kiosks(@Arg('regionSlug', () => String) regionSlug: string, @Ctx() ctx: Context): Promise<KioskType[]> {
    return kiosksOf(ctx.em, ctx.viewer, await ctx.catalog(), regionSlug);
  }

  @Query(() => KioskType, {
    nullable: true,
    description: 'The kiosk whose token the request carries in X-Kiosk-Token (null without the header; UNAUTHENTICATED when unknown or revoked). Records its last contact.',
  })
  async currentKiosk(@Ctx() ctx: Context): Promise<KioskType | null> {
    return ctx.client.kioskToken === null ? null : currentKiosk(ctx.em, ctx.client.kioskToken);
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => KioskRegistrationType, {
    description: 'Register a counter kiosk for a unit: its token (shown once) and a 10-minute pairing code for the tablet (MODERATOR of the unit’s region, ADMIN).',
  })
  async registerKiosk(@Arg('unitId', () => ID) unitId: string, @Arg('label', () => String) label: string, @Ctx() ctx: Context): Promise<KioskRegistrationType> {
    return registerKiosk(ctx.em, ctx.viewer, await ctx.catalog(), { unitId, label });
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => KioskRegistrationType, {
    description: 'A new pairing code and token for a kiosk (a lost code, a replaced tablet): the tablet paired before stops working at once (MODERATOR of the region, ADMIN).',
  })
  async renewKioskPairing(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<KioskRegistrationType> {
    return renewKioskPairing(ctx.em, ctx.viewer, await ctx.catalog(), id);
  }

  @Mutation(() => KioskRegistrationType, {
    description: 'A tablet exchanges a waiting pairing code for its device token, once. Wrong or expired: BAD_USER_INPUT; 5 wrong codes per network in 10 minutes: RATE_LIMITED.',
  })
  async pairKiosk(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<KioskRegistrationType> {
    return pairKiosk(ctx.em, code, { ip: ctx.client.ip, hashSalt: ctx.app.secrets.hashSalt, limit: ctx.app.limits.kioskPairing });
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => KioskType, { description: 'Revoke a kiosk: its token is refused from now on; its ratings stay (MODERATOR of the region, ADMIN).' })
  async revokeKiosk(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<KioskType> {
    return revokeKiosk(ctx.em, ctx.viewer, await ctx.catalog(), id);
  }
}

@Resolver(() => KioskType)
export class KioskFieldsResolver {
  @FieldResolver(() => UnitType)
  async unit(@Root() kiosk: KioskType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(kiosk.unitId)!;
  }

  @FieldResolver(() => [PublicServiceType], { description: 'What it rates: the services of its unit and of the units below it, by name.' })
  async services(@Root() kiosk: KioskType, @Ctx() ctx: Context): Promise<PublicServiceType[]> {
    return kioskServices(await ctx.catalog(), kiosk.unitId);
  }

  @FieldResolver(() => Int, { description: 'Ratings it delivered today (the region’s day), whenever they were answered.' })
  ratingsToday(@Root() kiosk: KioskType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.kioskRatingsToday.load(kiosk.id);
  }
}
