import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UnauthenticatedError } from '../../common/errors.js';
import type { Context } from '../../graphql/context.js';
import { RegionType, UnitType } from '../catalog/index.js';
import { AuthPayload, RoleGrantType, StaffUser } from './identity.types.js';
import { IdentityService, countPublicPasswordAccounts, toStaffUser, type SignInAttempt } from './identity.service.js';
import type { Viewer } from './viewer.js';

const proofOfWorkArg = {
  nullable: true,
  description: 'ALTCHA proof-of-work solution (base64) of the challenge in an earlier RATE_LIMITED answer.',
} as const;

function attemptOf(ctx: Context, proofOfWork: string | null | undefined): SignInAttempt {
  return { address: ctx.client.ip, userAgent: ctx.client.userAgent, proofOfWork, secrets: ctx.app.secrets };
}

function signedIn(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

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
    @Arg('proofOfWork', () => String, proofOfWorkArg) proofOfWork: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return new IdentityService(ctx.em, ctx.app.secrets.tokenKey).login(email, password, attemptOf(ctx, proofOfWork));
  }

  @Query(() => StaffUser, { nullable: true, description: 'The signed-in staff member, or null.' })
  me(@Ctx() ctx: Context): StaffUser | null {
    return ctx.viewer ? toStaffUser(ctx.viewer) : null;
  }

  @Authorized()
  @Query(() => Int, {
    description:
      "Active staff accounts that still sign in with the demo world's public password (`suara-demo`): every staff page " +
      'warns while this is above 0. Any signed-in staff member may ask; 0 on an install meant for real use.',
  })
  async publicPasswordAccounts(@Ctx() ctx: Context): Promise<number> {
    return countPublicPasswordAccounts(ctx.em);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends this token's session: the token is refused from now on." })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    return new IdentityService(ctx.em, ctx.app.secrets.tokenKey).logout(signedIn(ctx));
  }

  @Authorized()
  @Mutation(() => AuthPayload, {
    description:
      'Choose a new password (at least 12 characters, not the email, not a common password). A wrong current password ' +
      'is BAD_USER_INPUT on `currentPassword` and counts as a failed sign-in. Ends every session of the account and ' +
      'returns a new token.',
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Arg('proofOfWork', () => String, proofOfWorkArg) proofOfWork: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return new IdentityService(ctx.em, ctx.app.secrets.tokenKey).changePassword(signedIn(ctx), currentPassword, newPassword, attemptOf(ctx, proofOfWork));
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
