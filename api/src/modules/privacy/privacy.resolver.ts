import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { FeedbackReceipt } from '../feedback/index.js';
import { PublicServiceType } from '../catalog/index.js';
import { confirmDataDeletion, dataDeletionRequests, deletionStates, rejectDataDeletion, requestDataDeletion } from './deletion.service.js';
import { DataDeletionRequestConnection, DataDeletionRequestType, DataDeletionRequestsArgs, DataDeletionState, PrivacyNotice } from './privacy.types.js';

@Resolver()
export class PrivacyResolver {
  @Query(() => PrivacyNotice, {
    description:
      'What the public privacy notice states from this installation’s settings, so the page never promises a period the API does not keep; open to everyone / Isi pemberitahuan privasi dari pengaturan instalasi; terbuka untuk umum.',
  })
  privacyNotice(@Ctx() ctx: Context): PrivacyNotice {
    return { retentionMonths: ctx.app.config.SUARA_RETENTION_MONTHS };
  }

  @Mutation(() => DataDeletionState, {
    description:
      'Ask for the personal data of a rating (contact, comment, profile) to be erased, by its receipt code; the scores stay as anonymous counts. ' +
      'Anyone holding the code (limited per network), or a MODERATOR of its region / ADMIN entering a code that came by letter or e-mail. ' +
      'A moderator confirms or rejects it / Minta hapus data pribadi sebuah penilaian dengan kode tanda terimanya.',
  })
  async requestDataDeletion(
    @Arg('receiptCode', () => String) receiptCode: string,
    @Arg('reason', () => String, { nullable: true, description: 'Optional: why (at most 1000 characters).' }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<DataDeletionState> {
    return requestDataDeletion(ctx.em, ctx.viewer, await ctx.catalog(), { receiptCode, reason }, {
      ip: ctx.client.ip,
      hashSalt: ctx.app.secrets.hashSalt,
      rateLimit: ctx.app.limits.dataDeletion,
    });
  }

  @Authorized(Role.MODERATOR)
  @Query(() => DataDeletionRequestConnection, { description: 'A region’s requests to erase personal data, oldest first (MODERATOR of the region, ADMIN).' })
  async dataDeletionRequests(@Args(() => DataDeletionRequestsArgs) args: DataDeletionRequestsArgs, @Ctx() ctx: Context): Promise<DataDeletionRequestConnection> {
    return dataDeletionRequests(ctx.em, ctx.viewer, await ctx.catalog(), {
      regionSlug: args.regionSlug,
      status: args.status ?? null,
      first: args.first,
      after: args.after,
    });
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => DataDeletionRequestType, {
    description: 'Confirm a PENDING request: the rating’s personal data is erased at once; its scores stay (MODERATOR of the region, ADMIN).',
  })
  async confirmDataDeletion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DataDeletionRequestType> {
    const outcome = await confirmDataDeletion(ctx.em, ctx.viewer, await ctx.catalog(), id);
    // The comment leaves the public pages of this process at once (other replicas within the cache's life).
    ctx.app.readCache.touch(outcome.touched);
    return outcome.request;
  }

  @Authorized(Role.MODERATOR)
  @Mutation(() => DataDeletionRequestType, { description: 'Reject a PENDING request with a reason the citizen reads; nothing is erased (MODERATOR of the region, ADMIN).' })
  async rejectDataDeletion(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<DataDeletionRequestType> {
    return rejectDataDeletion(ctx.em, ctx.viewer, await ctx.catalog(), id, reason);
  }
}

@Resolver(() => FeedbackReceipt)
export class ReceiptDataDeletionResolver {
  @FieldResolver(() => DataDeletionState, {
    nullable: true,
    description: 'The latest request to erase this rating’s personal data, if any; CONFIRMED means it was erased / Permintaan hapus data terakhir.',
  })
  async dataDeletion(@Root() receipt: FeedbackReceipt, @Ctx() ctx: Context): Promise<DataDeletionState | null> {
    // One receipt per request (the tracking page): no list can ask for this, so no loader is needed.
    return (await deletionStates(ctx.em, [receipt.feedbackId])).get(receipt.feedbackId) ?? null;
  }
}

@Resolver(() => DataDeletionRequestType)
export class DataDeletionRequestResolver {
  @FieldResolver(() => PublicServiceType, { description: 'The service that was rated.' })
  async service(@Root() request: DataDeletionRequestType, @Ctx() ctx: Context): Promise<PublicServiceType> {
    return (await ctx.catalog()).service(request.serviceId)!;
  }
}
