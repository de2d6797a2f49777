import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RegionType, UnitType } from '../catalog/index.js';
import { AuthPayload, RoleGrantType, StaffUser } from './identity.types.js';
import { IdentityService, toStaffUser } from './identity.service.js';
import { addressBucket, hashSignal } from '../../common/abuse.js';

@Resolver()
export class IdentityResolver {
  @Mutation(() => AuthPayload, { description: 'Sign in a staff member; wrong credentials give UNAUTHENTICATED.' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    // Password guessing is slowed per client network address.
    await ctx.app.limits.login.consume(ctx.em, hashSignal(ctx.app.secrets.hashSalt, `net:${addressBucket(ctx.client.ip)}`));
    return new IdentityService(ctx.em, ctx.app.secrets.tokenKey).login(email, password);
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
