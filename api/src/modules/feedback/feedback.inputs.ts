import { Field, ID, InputType, Int } from 'type-graphql';
import type { SkmElement } from '@suara/skm';
import { SkmElementEnum } from '../../graphql/enums.js';

@InputType({ description: 'The score given to one SKM element.' })
export class ElementScoreInput {
  @Field(() => SkmElementEnum)
  element!: SkmElement;

  @Field(() => Int, { description: '1 (worst) to 4 (best); the answer labels are those of facts/SKM.md.' })
  score!: number;
}

@InputType({ description: 'A reason the citizen picked for an element they scored 1 or 2 ("what went wrong?").' })
export class LowScoreReasonInput {
  @Field(() => SkmElementEnum, { description: 'The element; it must be scored 1 or 2 in the same input.' })
  element!: SkmElement;

  @Field(() => String, { description: 'One of the element’s reason codes (@suara/skm LOW_SCORE_REASONS), e.g. ASKED_FOR_MONEY for PERILAKU_PELAKSANA.' })
  reason!: string;
}

@InputType({ description: 'The optional SKM respondent profile. Codes: see the SKM questionnaire.' })
export class RespondentInput {
  @Field(() => String, { nullable: true, description: 'One of <20, 20-29, 30-39, 40-49, 50-59, 60+.' })
  ageGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'L (laki-laki) or P (perempuan).' })
  gender?: string | null;

  @Field(() => String, { nullable: true, description: 'One of SD, SMP, SMA, D1-D3, D4-S1, S2, S3.' })
  education?: string | null;

  @Field(() => String, { nullable: true, description: 'One of PNS, TNI, POLRI, SWASTA, WIRAUSAHA, PELAJAR_MAHASISWA, LAINNYA.' })
  occupation?: string | null;
}

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => String, { description: '8–64 visible characters chosen by the client; the same key twice returns the first receipt and stores once.' })
  idempotencyKey!: string;

  @Field(() => [ElementScoreInput], { description: 'Exactly one score for each of the nine elements.' })
  scores!: ElementScoreInput[];

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters; published only after a moderator approves it.' })
  comment?: string | null;

  @Field(() => [LowScoreReasonInput], {
    nullable: true,
    description:
      'Optional: what went wrong on elements scored 1 or 2, several per element allowed; each reason must belong to its element and that element must be scored 1 or 2. Not personal data: kept with the scores.',
  })
  lowScoreReasons?: LowScoreReasonInput[] | null;

  @Field(() => RespondentInput, { nullable: true })
  respondent?: RespondentInput | null;

  @Field(() => String, { nullable: true, description: 'Private (up to 200 characters): only the unit answering sees it; never returned by a public field.' })
  contact?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'The citizen agrees to be told by e-mail when the unit answers the comment; needs a comment and an e-mail address in `contact`. The mail is written in the request’s Accept-Language (Indonesian or English).',
  })
  notifyOnAnswer?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'The hidden form field people never fill in. When it has a value the response is kept as spam and never counts.',
  })
  honeypot?: string | null;

  @Field(() => String, { nullable: true, description: 'ALTCHA proof-of-work solution (base64), required where the region switches it on.' })
  proofOfWork?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only with a valid X-Kiosk-Token: when the citizen answered a rating that waited in the kiosk’s offline queue. It becomes `submittedAt` and the rating’s day in the rollups. Not in the future (2 minutes of clock difference allowed), not older than 7 days.',
  })
  answeredAt?: Date | null;
}
