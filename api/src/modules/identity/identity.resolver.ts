import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RegionType, UnitType } from '../catalog/index.js';
import { AuthPayload, RoleGrantType, StaffUser } from './identity.types.js';
import { IdentityService, toStaffUser } from './identity.service.js';

@Resolver()
export class IdentityResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Sign in a staff member; wrong credentials give UNAUTHENTICATED. After many failed attempts RATE_LIMITED, with ' +
      '`extensions.proofOfWorkChallenge` when a solved challenge, sent as `proofOfWork`, lets the next attempt through.',
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('proofOfWork', () => String, {
      nullable: true,
      description: 'ALTCHA proof-of-work solution (base64) of the challenge in an earlier RATE_LIMITED answer.',
    })
    proofOfWork: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return new IdentityService(ctx.em, ctx.app.secrets.tokenKey).login(email, password, {
      address: ctx.client.ip,
      proofOfWork,
      secrets: ctx.app.secrets,
    });
  }

  @Query(() => StaffUser, { nullable: true, description: 'The signed-in staff member, or null.' })
  me(@Ctx() ctx: Context): StaffUser | null {
    return ctx.viewer ? toStaffUser(ctx.viewer) : null;
  }
}

@Resolver(() => RoleGrantType)
export class RoleGrantResolver {
  @FieldResolver(() => RegionType, { nullable: true })
  async region(@Root() grant: RoleGrantType, @Ctx() ctx: Context): Promise<RegionType | null> {
    return grant.regionId ? (await ctx.catalog()).region(grant.regionId) : null;
  }

  @FieldResolver(() => UnitType, { nullable: true })
  async unit(@Root() grant: RoleGrantType, @Ctx() ctx: Context): Promise<UnitType | null> {
    return grant.unitId ? (await ctx.catalog()).unit(grant.unitId) : null;
  }
}
