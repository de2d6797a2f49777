import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadInputError } from '../../common/errors.js';
import { Role } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { PublicServiceType, UnitType } from '../catalog/index.js';
import { PostToForumInput, StartForumThreadInput } from './forum.inputs.js';
import { ForumPostConnection, ForumPostView, ForumSubmission, ForumThreadConnection, ForumThreadView } from './forum.types.js';
import { answerForumThread, postToForum, startForumThread, type ForumClient } from './forum.service.js';
import { forumThread, forumThreads } from './forum-read.service.js';

const client = (ctx: Context): ForumClient => ({ ip: ctx.client.ip, hashSalt: ctx.app.secrets.hashSalt, rateLimit: ctx.app.limits.forum });

const unknown = (field: string) => {
  const message = { id: 'Tidak ditemukan.', en: 'Not found.' };
  return new BadInputError(message, [{ field, message }]);
};

@Resolver()
export class ForumResolver {
  @Query(() => ForumThreadConnection, { description: 'Public forum threads, latest activity first; narrowed by region, service and unit (all optional).' })
  async forumThreads(
    @Arg('regionSlug', () => String, { nullable: true }) regionSlug: string | null | undefined,
    @Arg('serviceSlug', () => String, { nullable: true }) serviceSlug: string | null | undefined,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ForumThreadConnection> {
    const catalog = await ctx.catalog();
    const region = regionSlug ? catalog.regionBySlug(regionSlug) : null;
    const service = serviceSlug ? catalog.serviceBySlug(serviceSlug) : null;
    const unit = unitId && isUuid(unitId) ? catalog.unit(unitId.toLowerCase()) : null;
    if (regionSlug && !region) throw unknown('regionSlug');
    if (serviceSlug && !service) throw unknown('serviceSlug');
    if (unitId && !unit) throw unknown('unitId');
    return forumThreads(ctx.em, { regionId: region?.id, serviceId: service?.id, unitId: unit?.id }, page.first, page.after);
  }

  @Query(() => ForumThreadView, { nullable: true, description: 'A public forum thread; null when unknown or its question is not published yet.' })
  forumThread(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ForumThreadView | null> {
    return forumThread(ctx.em, id);
  }

  @Mutation(() => ForumSubmission, { description: 'A citizen asks a unit (about a service, or the unit as a whole); held for moderation; limited per client network.' })
  async startForumThread(@Arg('input', () => StartForumThreadInput) input: StartForumThreadInput, @Ctx() ctx: Context): Promise<ForumSubmission> {
    return startForumThread(ctx.em, await ctx.catalog(), input, client(ctx));
  }

  @Mutation(() => ForumSubmission, { description: 'A citizen writes in a published, open thread; held for moderation; limited per client network.' })
  postToForum(@Arg('input', () => PostToForumInput) input: PostToForumInput, @Ctx() ctx: Context): Promise<ForumSubmission> {
    return postToForum(ctx.em, input, client(ctx));
  }

  @Authorized(Role.UNIT_OFFICER)
  @Mutation(() => ForumPostView, { description: 'The unit’s official answer in a thread (UNIT_OFFICER of the thread’s unit or a unit above it, ADMIN); published at once.' })
  async answerForumThread(@Arg('threadId', () => ID) threadId: string, @Arg('body', () => String) body: string, @Ctx() ctx: Context): Promise<ForumPostView> {
    return answerForumThread(ctx.em, await ctx.catalog(), ctx.viewer, threadId, body);
  }
}

@Resolver(() => ForumThreadView)
export class ForumThreadResolver {
  @FieldResolver(() => PublicServiceType, { nullable: true, description: 'The service asked about; null for a question to the unit as a whole.' })
  async service(@Root() thread: ForumThreadView, @Ctx() ctx: Context): Promise<PublicServiceType | null> {
    return thread.serviceId ? (await ctx.catalog()).service(thread.serviceId) : null;
  }

  @FieldResolver(() => UnitType, { description: 'The unit that answers.' })
  async unit(@Root() thread: ForumThreadView, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(thread.unitId)!;
  }

  @FieldResolver(() => ForumPostConnection, { description: 'Published posts, in the order they were published (the question first).' })
  posts(@Root() thread: ForumThreadView, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ForumPostConnection> {
    return ctx.loaders.forumPosts.load({ id: thread.id, first: page.first, after: page.after });
  }
}

@Resolver(() => ForumPostView)
export class ForumPostResolver {
  @FieldResolver(() => UnitType, { nullable: true, description: 'For an official answer: the unit that gave it.' })
  async officialUnit(@Root() post: ForumPostView, @Ctx() ctx: Context): Promise<UnitType | null> {
    return post.officialUnitId ? (await ctx.catalog()).unit(post.officialUnitId) : null;
  }
}

@Resolver(() => PublicServiceType)
export class ServiceForumResolver {
  @FieldResolver(() => ForumThreadConnection, { description: 'Public forum threads about this service, latest activity first.' })
  forumThreads(@Root() service: PublicServiceType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ForumThreadConnection> {
    return ctx.loaders.serviceThreads.load({ id: service.id, first: page.first, after: page.after });
  }
}

@Resolver(() => UnitType)
export class UnitForumResolver {
  @FieldResolver(() => ForumThreadConnection, { description: 'Public forum threads this unit answers (about it or one of its services), latest activity first.' })
  forumThreads(@Root() unit: UnitType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ForumThreadConnection> {
    return ctx.loaders.unitThreads.load({ id: unit.id, first: page.first, after: page.after });
  }
}
