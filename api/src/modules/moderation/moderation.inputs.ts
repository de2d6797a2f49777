import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ModerationActionKind, ModerationStatus } from '../../common/enums.js';
import { PageArgs } from '../../graphql/connection.js';

@InputType({ description: 'One moderation action on one item. HIDE, REDACT and MARK_SPAM need a reason; REDACT needs redactedText.' })
export class ModerateInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ModerationActionKind)
  action!: ModerationActionKind;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'REDACT only: the text the public sees instead of the original.' })
  redactedText?: string | null;
}

@InputType({ description: 'One action on 1–50 items of regions the caller moderates, all or nothing. REDACT is not allowed in bulk.' })
export class ModerateManyInput {
  @Field(() => [ID])
  itemIds!: string[];

  @Field(() => ModerationActionKind)
  action!: ModerationActionKind;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => String)
  regionSlug!: string;

  @Field(() => ModerationStatus, { nullable: true, defaultValue: ModerationStatus.PENDING, description: 'null = any status.' })
  status?: ModerationStatus | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'true = only items with open reports (combine with status: null to see published ones): items the system hid first, then most open reports. Otherwise oldest first.',
  })
  reported?: boolean | null;
}

@ArgsType()
export class ModerationLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  itemId?: string | null;

  @Field(() => String, { nullable: true })
  regionSlug?: string | null;
}
