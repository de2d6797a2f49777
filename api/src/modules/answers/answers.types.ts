import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InboxItemKind } from '../../common/enums.js';
import { Connection } from '../../graphql/connection.js';
import { OfficialResponseType } from '../feedback/index.js';

/** Something a unit should answer (or has answered): a published comment, or a forum thread waiting for it. */
@ObjectType('InboxItem', { simpleResolvers: true })
export class InboxItem {
  @Field(() => ID, { description: 'The feedback’s id (answer it with respondToFeedback) or the thread’s (answerForumThread).' })
  id!: string;

  @Field(() => InboxItemKind)
  kind!: InboxItemKind;

  @Field(() => String, { description: 'The comment as published, or the thread’s oldest post the unit has not answered (its question when unanswered).' })
  text!: string;

  @Field(() => String, { nullable: true })
  threadTitle!: string | null;

  @Field(() => Date, { description: 'When the citizen wrote it.' })
  submittedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it became public: the answer target counts from here. Null while held for moderation.' })
  publishedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The end of the 5th working day after publication, in the region’s time zone (SP4N-LAPOR!); null while held for moderation.',
  })
  dueAt!: Date | null;

  @Field(() => Int, {
    description: 'Working days since publication (while held: since submission); for an answered item, the working days it took to answer.',
  })
  workingDaysOpen!: number;

  @Field(() => Boolean, { description: 'Unanswered past its due time, or answered after it.' })
  overdue!: boolean;

  @Field(() => OfficialResponseType, { nullable: true, description: 'The unit’s answer (for a thread: its latest official post).' })
  response!: OfficialResponseType | null;

  serviceId!: string | null;
  unitId!: string;
}

@ObjectType()
export class InboxItemConnection extends Connection(InboxItem, 'InboxItem') {}
