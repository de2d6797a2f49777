import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageArgs, type ConnectionShape } from '../../graphql/connection.js';
import { boundedText } from '../../common/bounded-text.js';
import { NotificationStatus } from './notification-outbox.entity.js';
import { NotificationConnection, type NotificationType } from './notifications.types.js';
import { notificationOutbox } from './outbox.read.js';

@Resolver()
export class NotificationsResolver {
  @Authorized()
  @Query(() => NotificationConnection, {
    description:
      'The notification outbox, newest first (decision record 0035): ADMIN every row, a MODERATOR the rows of their regions, ' +
      'every staff member the rows addressed to them. Without SMTP_URL nothing is sent and the rows stay PENDING here.',
  })
  async notificationOutbox(
    @Arg('regionSlug', () => String, { nullable: true }) regionSlug: string | null | undefined,
    @Arg('status', () => NotificationStatus, { nullable: true }) status: NotificationStatus | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<NotificationType>> {
    const slug = regionSlug == null ? null : boundedText(regionSlug, 'regionSlug', 1, 80, { id: 'Kode daerah', en: 'The region slug' });
    return notificationOutbox(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug: slug, status, first: page.first, after: page.after }, ctx.app.config.PUBLIC_URL);
  }
}
