import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadInputError } from '../../common/errors.js';
import { lastMonths, todayIn } from '../../common/calendar.js';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { DateScalar } from '../../graphql/scalars.js';
import { isUuid } from '../../common/ids.js';
import { PublicServiceType, RegionType, UnitType } from '../catalog/index.js';
import { SubmitFeedbackInput } from './feedback.inputs.js';
import { FeedbackReceipt, OfficialResponseType, PublicFeedback, PublicFeedbackConnection, SubmitFeedbackPayload } from './feedback.types.js';
import { Satisfaction } from './satisfaction.types.js';
import { checkRange, type SatisfactionScope } from './satisfaction.service.js';
import { submitFeedback } from './submission.service.js';
import { receiptByCode } from './public-feedback.service.js';
import { createProofOfWorkChallenge } from '../../common/proof-of-work.js';
import { authenticateKiosk, kioskServices } from '../kiosks/index.js';

const MAX_MONTHS = 120;

@ArgsType()
class RangeArgs {
  @Field(() => DateScalar, { nullable: true, description: 'First day, inclusive (region time zone); open when omitted.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, inclusive (region time zone); open when omitted.' })
  to?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Instead of from/to: the last N months (1–${MAX_MONTHS}) ending today in the region’s time zone, from the day after the same date N months ago. The days used come back as periodFrom/periodTo.`,
  })
  lastMonths?: number | null;
}


async function satisfactionOf(ctx: Context, scope: SatisfactionScope, id: string, regionId: string, range: RangeArgs): Promise<Satisfaction> {
  let { from = null, to = null } = range;
  if (range.lastMonths != null) {
    if (from || to || !Number.isInteger(range.lastMonths) || range.lastMonths < 1 || range.lastMonths > MAX_MONTHS) {
      const message = {
        id: `lastMonths adalah 1–${MAX_MONTHS} bulan dan tidak bisa digabung dengan from/to.`,
        en: `lastMonths is 1–${MAX_MONTHS} months and cannot be combined with from/to.`,
      };
      throw new BadInputError(message, [{ field: 'lastMonths', message }]);
    }
    const region = (await ctx.catalog()).region(regionId);
    ({ from, to } = lastMonths(todayIn(region!.timeZone), range.lastMonths));
  }
  checkRange({ from, to });
  return ctx.loaders.satisfaction.load({ scope, id, from, to });
}

@Resolver()
export class FeedbackResolver {
  @Mutation(() => SubmitFeedbackPayload, { description: 'A citizen rates a service on the nine SKM elements (CONTRACT.md).' })
  async submitFeedback(@Arg('input', () => SubmitFeedbackInput) input: SubmitFeedbackInput, @Ctx() ctx: Context): Promise<SubmitFeedbackPayload> {
    // A kiosk's token is checked first: unknown or revoked is UNAUTHENTICATED and nothing is stored.
    const kiosk = ctx.client.kioskToken === null ? null : await authenticateKiosk(ctx.em, ctx.client.kioskToken);
    const { payload, touched } = await submitFeedback(() => ctx.em, input, {
      kiosk: kiosk && {
        id: kiosk.id,
        serviceIds: new Set(kioskServices(await ctx.catalog(), kiosk.unitId).map((s) => s.id)),
        limit: ctx.app.limits.kiosk,
      },
      clientIp: ctx.client.ip,
      userAgent: ctx.client.userAgent,
      hashSalt: ctx.app.secrets.hashSalt,
      proofOfWorkKey: ctx.app.secrets.proofOfWorkKey,
      lang: ctx.lang,
      limits: ctx.app.limits.submit,
      batcher: ctx.app.ratings,
    });
    // This process's own pages show the new rating at once (other replicas within the cache's lifetime).
    ctx.app.readCache.touch(touched);
    return payload;
  }

  @Query(() => FeedbackReceipt, { nullable: true, description: 'Follow a submitted feedback by its receipt code; null when no feedback has it.' })
  async feedbackReceipt(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<FeedbackReceipt | null> {
    return receiptByCode(ctx.em, code);
  }

  @Query(() => String, {
    nullable: true,
    description: 'An ALTCHA proof-of-work challenge (JSON) for rating this service, or null when its region does not ask for one.',
  })
  async proofOfWorkChallenge(@Arg('serviceId', () => ID) serviceId: string, @Ctx() ctx: Context): Promise<string | null> {
    if (!isUuid(serviceId)) return null;
    const catalog = await ctx.catalog();
    const service = catalog.service(serviceId.toLowerCase());
    const region = service ? catalog.region(service.regionId) : null;
    if (!region?.proofOfWorkRequired) return null;
    return JSON.stringify(await createProofOfWorkChallenge(ctx.app.secrets.proofOfWorkKey));
  }
}

@Resolver(() => PublicServiceType)
export class ServiceFeedbackResolver {
  @FieldResolver(() => Satisfaction, { description: 'SKM result of the service over the days asked (all responses when open).' })
  satisfaction(@Root() service: PublicServiceType, @Args(() => RangeArgs) range: RangeArgs, @Ctx() ctx: Context): Promise<Satisfaction> {
    return satisfactionOf(ctx, 'service', service.id, service.regionId, range);
  }

  @FieldResolver(() => PublicFeedbackConnection, { description: 'Published comments, newest first, with the unit’s answers.' })
  feedback(@Root() service: PublicServiceType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<PublicFeedbackConnection> {
    return ctx.loaders.publishedComments.load({ serviceId: service.id, first: page.first, after: page.after });
  }

  @FieldResolver(() => Boolean, { description: 'Whether rating this service needs a proof of work (see proofOfWorkChallenge).' })
  async proofOfWorkRequired(@Root() service: PublicServiceType, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.catalog()).region(service.regionId)?.proofOfWorkRequired ?? false;
  }
}

@Resolver(() => UnitType)
export class UnitSatisfactionResolver {
  @FieldResolver(() => Satisfaction, { description: 'SKM result over all services this unit delivers itself.' })
  satisfaction(@Root() unit: UnitType, @Args(() => RangeArgs) range: RangeArgs, @Ctx() ctx: Context): Promise<Satisfaction> {
    return satisfactionOf(ctx, 'unit', unit.id, unit.regionId, range);
  }
}

@Resolver(() => RegionType)
export class RegionSatisfactionResolver {
  @FieldResolver(() => Satisfaction, { description: 'SKM result over every service of the region.' })
  satisfaction(@Root() region: RegionType, @Args(() => RangeArgs) range: RangeArgs, @Ctx() ctx: Context): Promise<Satisfaction> {
    return satisfactionOf(ctx, 'region', region.id, region.id, range);
  }
}

@Resolver(() => PublicFeedback)
export class PublicFeedbackResolver {
  @FieldResolver(() => OfficialResponseType, { nullable: true, description: 'The unit’s latest official answer, if any.' })
  response(@Root() feedback: PublicFeedback, @Ctx() ctx: Context): Promise<OfficialResponseType | null> | OfficialResponseType | null {
    return feedback.latestResponse !== undefined ? feedback.latestResponse : ctx.loaders.latestResponse.load(feedback.id);
  }
}

@Resolver(() => FeedbackReceipt)
export class FeedbackReceiptResolver {
  @FieldResolver(() => PublicServiceType, { description: 'The service that was rated.' })
  async service(@Root() receipt: FeedbackReceipt, @Ctx() ctx: Context): Promise<PublicServiceType> {
    return (await ctx.catalog()).service(receipt.serviceId)!;
  }
}

@Resolver(() => OfficialResponseType)
export class OfficialResponseResolver {
  @FieldResolver(() => UnitType, { description: 'The unit that answered.' })
  async unit(@Root() response: OfficialResponseType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(response.unitId)!;
  }
}
