import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ModerationActionKind, ModerationItemKind, ModerationStatus } from '../../common/enums.js';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'A citizen’s report of an item, as the moderators see it (never who sent it).', simpleResolvers: true })
export class ItemReport {
  @Field(() => String)
  reason!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => Boolean, { description: 'Not yet decided by a moderator.' })
  open!: boolean;
}

@ObjectType({ description: 'A comment on a rating or a forum post, as a moderator of its region sees it.' })
export class ModerationItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ModerationItemKind)
  kind!: ModerationItemKind;

  @Field(() => String, { description: 'The text the public sees (or would see once published): the redacted text when redacted.' })
  text!: string;

  @Field(() => ModerationStatus)
  status!: ModerationStatus;

  @Field(() => Int, { description: 'Reports received in all (open or decided).' })
  reportCount!: number;

  @Field(() => Int, { description: 'Reports not yet decided by a moderator.' })
  openReportCount!: number;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was first published; null while it never was.' })
  publishedAt!: Date | null;

  @Field(() => Boolean, { description: 'A moderator replaced the public text (REDACT).' })
  redacted!: boolean;

  @Field(() => String, { nullable: true, description: 'As written, for the moderators of its region only.' })
  originalText!: string | null;

  @Field(() => Boolean, { description: 'Hidden by the system after enough reports, waiting for a moderator’s decision.' })
  hiddenBySystem!: boolean;

  @Field(() => [ItemReport], { description: 'Its latest reports (at most 20), newest first.' })
  reports!: ItemReport[];

  @Field(() => String, { nullable: true, description: 'FORUM_POST: the thread’s title.' })
  threadTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'FORUM_POST: the name the author shows.' })
  authorName!: string | null;

  regionId!: string;
  serviceId!: string | null;
  threadId!: string | null;
}

@ObjectType()
export class ModerationItemConnection extends Connection(ModerationItem, 'ModerationItem') {}

@ObjectType({ description: 'Who took a moderation action: a moderator, or the system itself ("Sistem").', simpleResolvers: true })
export class ModerationActor {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  system!: boolean;
}

@ObjectType('ModerationAction', { description: 'One entry of the append-only moderation log.' })
export class ModerationActionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ModerationActionKind)
  action!: ModerationActionKind;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ModerationActor)
  moderator!: ModerationActor;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true, description: 'REDACT: the text the public sees from then on.' })
  redactedText!: string | null;

  @Field(() => String, { nullable: true, description: 'REDACT: the public text before the action, for the moderators of its region only.' })
  previousText!: string | null;

  itemId!: string;
  /** `at` with the database's full precision, for the log's cursors. */
  cursorAt!: string;
}

@ObjectType()
export class ModerationActionConnection extends Connection(ModerationActionType, 'ModerationAction') {}
