import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ModerationStatus } from '../../common/enums.js';
import { Connection } from '../../graphql/connection.js';
import { SkmElementEnum, SubmissionChannel } from '../../graphql/enums.js';
import type { SkmElement } from '../../common/enums.js';


@ObjectType({ simpleResolvers: true })
export class SubmittedFeedback {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: 'When the citizen answered: the time of the request, or the `answeredAt` a kiosk sent with a rating that waited offline.' })
  submittedAt!: Date;

  @Field(() => SubmissionChannel)
  channel!: SubmissionChannel;
}

@ObjectType({ simpleResolvers: true })
export class SubmitFeedbackPayload {
  @Field(() => String, { description: 'Keep it to follow the answer at /lacak/<code>, e.g. K7M2Q-XW9PD.' })
  receiptCode!: string;

  @Field(() => SubmittedFeedback)
  feedback!: SubmittedFeedback;
}

@ObjectType('OfficialResponse', { description: 'A unit’s official answer (tanggapan) to a citizen.', simpleResolvers: true })
export class OfficialResponseType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Date, { description: 'When the unit first answered.' })
  respondedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the answer was last corrected; null when never.' })
  editedAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether the unit corrected its answer after first giving it (the earlier text is kept in a revision log).' })
  get edited(): boolean {
    return this.editedAt instanceof Date;
  }

  unitId!: string;
}

@ObjectType({ description: 'One answer of the citizen’s own rating.', simpleResolvers: true })
export class ReceiptScore {
  @Field(() => SkmElementEnum)
  element!: SkmElement;

  @Field(() => Int, { description: '1–4; the words of each answer are the regulation’s (facts/SKM.md).' })
  score!: number;
}

@ObjectType({ description: 'What the holder of a receipt code may see about their feedback.', simpleResolvers: true })
export class FeedbackReceipt {
  @Field(() => String)
  code!: string;

  @Field(() => ModerationStatus, { description: 'Of the comment; PUBLISHED when there was no comment to hold back.' })
  status!: ModerationStatus;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => Boolean)
  hasComment!: boolean;

  @Field(() => OfficialResponseType, { nullable: true, description: 'The unit’s latest official answer, if any.' })
  response!: OfficialResponseType | null;

  @Field(() => [ReceiptScore], {
    description: 'The nine answers the citizen gave, in the regulation’s order (facts/SKM.md). Only the holder of the code asks: the code is the capability.',
  })
  scores!: ReceiptScore[];

  @Field(() => String, {
    nullable: true,
    description:
      'The comment exactly as the public reads it (a moderator’s redacted text in place of the original); null while it waits for moderation, when it is not public, when there was none, or after its personal data was erased.',
  })
  publishedComment!: string | null;

  feedbackId!: string;
  serviceId!: string;
  /** When the comment was first published (the answer target counts from here); null while never public. */
  publishedAt!: Date | null;
}

@ObjectType({ description: 'A published comment: no personal data, ever.', simpleResolvers: true })
export class PublicFeedback {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The comment as published (a moderator may have hidden personal data in it).' })
  comment!: string | null;

  /** The unit's latest answer, when the query that found this comment read it too. */
  latestResponse?: OfficialResponseType | null;
}

@ObjectType()
export class PublicFeedbackConnection extends Connection(PublicFeedback, 'PublicFeedback') {}
