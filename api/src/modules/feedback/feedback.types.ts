import { Field, ID, ObjectType } from 'type-graphql';
import { ModerationStatus } from '../../common/enums.js';
import { Connection } from '../../graphql/connection.js';
import { OfficialResponse } from './official-response.entity.js';

@ObjectType()
export class SubmittedFeedback {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  submittedAt!: Date;
}

@ObjectType()
export class SubmitFeedbackPayload {
  @Field(() => String, { description: 'Keep it to follow the answer at /lacak/<code>, e.g. K7M2Q-XW9PD.' })
  receiptCode!: string;

  @Field(() => SubmittedFeedback)
  feedback!: SubmittedFeedback;
}

@ObjectType({ description: 'What the holder of a receipt code may see about their feedback.' })
export class FeedbackReceipt {
  @Field(() => String)
  code!: string;

  @Field(() => ModerationStatus, { description: 'Of the comment; PUBLISHED when there was no comment to hold back.' })
  status!: ModerationStatus;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => Boolean)
  hasComment!: boolean;

  @Field(() => OfficialResponse, { nullable: true, description: 'The unit’s latest official answer, if any.' })
  response!: OfficialResponse | null;

  feedbackId!: string;
  serviceId!: string;
}

@ObjectType({ description: 'A published comment: no personal data, ever.' })
export class PublicFeedback {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The comment as published (a moderator may have hidden personal data in it).' })
  comment!: string | null;
}

@ObjectType()
export class PublicFeedbackConnection extends Connection(PublicFeedback, 'PublicFeedback') {}
