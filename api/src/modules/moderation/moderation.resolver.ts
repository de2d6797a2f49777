import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { PublicServiceType } from '../catalog/index.js';
import { CompetencyType } from '../competency/index.js';
import { reportContent } from './report.service.js';
import { moderate, moderationItem, moderationLog, moderationQueue } from './moderation.service.js';
import { ModerateInput, ModerateManyInput, ModerationLogArgs, ModerationQueueArgs } from './moderation.inputs.js';
import { ModerationActionConnection, ModerationActionType, ModerationItem, ModerationItemConnection } from './moderation.types.js';

@Resolver()
export class ReportResolver {
  @Mutation(() => Boolean, { description: 'Flag a published comment or forum post for the moderators, with a reason.' })
  async reportContent(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const catalog = await ctx.catalog();
    const outcome = await reportContent(ctx.em, itemId, reason, {
      ip: ctx.client.ip,
      hashSalt: ctx.app.secrets.hashSalt,
      rateLimit: ctx.app.limits.report,
      hideThreshold: ctx.app.config.SUARA_REPORT_HIDE_THRESHOLD,
      serviceOf: (id) => catalog.service(id),
    });
    // Hidden by the system: the public pages of this process stop showing it at once.
    if (outcome.hidden) ctx.app.readCache.touch(outcome.touched);
    return true;
  }
}

@Resolver()
export class ModerationResolver {
  @Authorized(Role.MODERATOR)
  @Query(() => ModerationItemConnection, { description: 'A region’s moderation queue (MODERATOR of the region, ADMIN).' })
  async moderationQueue(@Args(() => ModerationQueueArgs) args: ModerationQueueArgs, @Ctx() ctx: Context): Promise<ModerationItemConnection> {
    return moderationQueue(ctx.em, ctx.viewer, await ctx.catalog(), {
      regionSlug: args.regionSlug,
      status: args.status ?? null,
      serviceId: args.serviceId ?? null,
      reported: args.reported ?? false,
      first: args.first,
      after: args.after,
    });
  }

  @Authorized(Role.MODERATOR)
  @Query(() => ModerationItem, { nullable: true, description: 'One comment or forum post (MODERATOR of its region, ADMIN); null when none has this id.' })
  async moderationItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ModerationItem | null> {
    return moderationItem(ctx.em, ctx.viewer, await ctx.catalog(), id);
  }

  @Authorized(Role.MODERATOR)
  @Query(() => ModerationActionConnection, { description: 'The moderation log of one item or one region, newest first (MODERATOR of the region, ADMIN).' })
  async moderationLog(@Args(() => ModerationLogArgs) args: ModerationLogArgs, @Ctx() ctx: Context): Promise<ModerationActionConnection> {
    return moderationLog(ctx.em, ctx.viewer, await ctx.catalog(), { itemId: args.itemId ?? null, regionSlug: args.regionSlug ?? null, first: args.first, after: args.after });
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => ModerationItem, { description: 'One moderation action on one item (MODERATOR of its region, ADMIN; never one’s own forum post).' })
  async moderate(@Arg('input', () => ModerateInput) input: ModerateInput, @Ctx() ctx: Context): Promise<ModerationItem> {
    const outcome = await moderate(
      ctx.em,
      ctx.viewer,
      await ctx.catalog(),
      { itemIds: [input.itemId], action: input.action, reason: input.reason ?? null, redactedText: input.redactedText ?? null },
      false,
    );
    ctx.app.readCache.touch(outcome.touched);
    return outcome.items[0]!;
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => [ModerationItem], { description: 'One action on 1–50 items, all or nothing; REDACT is not allowed in bulk.' })
  async moderateMany(@Arg('input', () => ModerateManyInput) input: ModerateManyInput, @Ctx() ctx: Context): Promise<ModerationItem[]> {
    const outcome = await moderate(
      ctx.em,
      ctx.viewer,
      await ctx.catalog(),
      { itemIds: input.itemIds, action: input.action, reason: input.reason ?? null, redactedText: null },
      true,
    );
    ctx.app.readCache.touch(outcome.touched);
    return outcome.items;
  }
}

@Resolver(() => ModerationItem)
export class ModerationItemResolver {
  @FieldResolver(() => PublicServiceType, { nullable: true, description: 'The service it is about.' })
  async service(@Root() item: ModerationItem, @Ctx() ctx: Context): Promise<PublicServiceType | null> {
    return item.serviceId ? (await ctx.catalog()).service(item.serviceId) : null;
  }

  @FieldResolver(() => [CompetencyType], {
    description: 'The competencies moderators and HR tagged it with; they feed the development needs / Kompetensi yang ditandai pada kiriman ini.',
  })
  competencyTags(@Root() item: ModerationItem, @Ctx() ctx: Context): Promise<CompetencyType[]> {
    return ctx.loaders.competencyTags.load(item.id);
  }
}

@Resolver(() => ModerationActionType)
export class ModerationActionResolver {
  @FieldResolver(() => ModerationItem, { description: 'The comment or forum post acted on.' })
  item(@Root() action: ModerationActionType, @Ctx() ctx: Context): Promise<ModerationItem> {
    return ctx.loaders.moderationItems.load(action.itemId) as Promise<ModerationItem>;
  }
}
