import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { InboxStatus, ModerationStatus, Role } from '../../common/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { PublicServiceType, UnitType } from '../catalog/index.js';
import { FeedbackReceipt, OfficialResponseType } from '../feedback/index.js';
import { respondToFeedback } from './answers.service.js';
import { InboxItem, InboxItemConnection } from './answers.types.js';
import { answerDueDay, officerInbox } from './inbox.service.js';

@Resolver()
export class AnswersResolver {
  @Authorized(Role.UNIT_OFFICER)
  @Mutation(() => OfficialResponseType, {
    description:
      'The unit’s official answer to a published comment (UNIT_OFFICER of the service’s unit or a unit above it, ADMIN). ' +
      'A second call corrects the answer: it shows as edited, and the earlier text is kept in a revision log.',
  })
  async respondToFeedback(
    @Arg('feedbackId', () => ID) feedbackId: string,
    @Arg('body', () => String) body: string,
    @Ctx() ctx: Context,
  ): Promise<OfficialResponseType> {
    const { response, touched } = await respondToFeedback(ctx.em, await ctx.catalog(), ctx.viewer, feedbackId, body);
    // The service page and the receipt show the answer at once (decision record 0008).
    ctx.app.readCache.touch(touched);
    return response;
  }

  @Authorized(Role.UNIT_OFFICER, Role.MODERATOR)
  @Query(() => InboxItemConnection, {
    description:
      'What a unit has to answer: published comments and forum threads waiting for it, oldest (soonest due) first, each with its ' +
      'due time (5 working days after publication). UNIT_OFFICER: their units and sub-units (unitId narrows); MODERATOR of the ' +
      'region and ADMIN name the unit.',
  })
  async officerInbox(
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Arg('status', () => InboxStatus, { nullable: true, defaultValue: InboxStatus.UNANSWERED }) status: InboxStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<InboxItemConnection> {
    return officerInbox(ctx.em, await ctx.catalog(), ctx.viewer, { unitId, status, first: page.first, after: page.after });
  }
}

@Resolver(() => InboxItem)
export class InboxItemResolver {
  @FieldResolver(() => PublicServiceType, { nullable: true, description: 'The service the comment rates or the thread asks about; null for a question to the unit.' })
  async service(@Root() item: InboxItem, @Ctx() ctx: Context): Promise<PublicServiceType | null> {
    return item.serviceId ? (await ctx.catalog()).service(item.serviceId) : null;
  }

  @FieldResolver(() => UnitType, { description: 'The unit that answers.' })
  async unit(@Root() item: InboxItem, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(item.unitId)!;
  }
}

@Resolver(() => FeedbackReceipt)
export class ReceiptAnswerDueResolver {
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'The last day (in the region’s time zone) on which the unit’s answer is on time: the 5th working day after the comment’s publication ' +
      '(SP4N-LAPOR!, decision record 0017); null while the comment is not published or when there is no comment / Batas hari tanggapan.',
  })
  async answerDueBy(@Root() receipt: FeedbackReceipt, @Ctx() ctx: Context): Promise<string | null> {
    if (!receipt.hasComment || !receipt.publishedAt || receipt.status !== ModerationStatus.PUBLISHED) return null;
    const catalog = await ctx.catalog();
    const region = catalog.region(catalog.service(receipt.serviceId)!.regionId)!;
    return answerDueDay(receipt.publishedAt, region.timeZone);
  }
}
