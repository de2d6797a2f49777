import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { reportContent } from './report.service.js';

@Resolver()
export class ReportResolver {
  @Mutation(() => Boolean, { description: 'Flag a published comment or forum post for the moderators, with a reason.' })
  reportContent(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return reportContent(ctx.em, itemId, reason, { ip: ctx.client.ip, hashSalt: ctx.app.secrets.hashSalt, rateLimit: ctx.app.limits.report });
  }
}
