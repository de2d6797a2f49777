import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { OfficialResponseType } from '../feedback/index.js';
import { respondToFeedback } from './answers.service.js';

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
}
