import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Grade, SkmElement } from '@suara/skm';
import { GradeEnum, SkmElementEnum } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType({ description: 'The average score (NRR) of one SKM element, at full precision.', simpleResolvers: true })
export class ElementScore {
  @Field(() => SkmElementEnum)
  element!: SkmElement;

  @Field(() => Float)
  average!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'SKM result of a set of responses (PermenPANRB 14/2017). Scores are withheld below 5 responses: they could identify a respondent.',
})
export class Satisfaction {
  @Field(() => Int, { description: 'Responses counted (spam never counts).' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'Converted IKM 25–100, rounded to two decimals; null below 5 responses.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Mutu pelayanan read from the rounded IKM; null below 5 responses.' })
  grade!: Grade | null;

  @Field(() => [ElementScore], { description: 'The nine element averages in the regulation’s order; empty below 5 responses.' })
  elements!: ElementScore[];

  @Field(() => Boolean, {
    description: 'True while responseCount is below the Krejcie–Morgan sample size for the users the service expects in the period.',
  })
  provisional!: boolean;

  @Field(() => Int, { description: 'The sample size the period needs to be final (facts/SKM.md).' })
  requiredSampleSize!: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the period asked for (from, or computed from lastMonths); null when open.' })
  periodFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period asked for (to, or today for lastMonths); null when open.' })
  periodTo!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day with responses in the period (region time zone).' })
  firstDay!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day with responses in the period (region time zone).' })
  lastDay!: string | null;
}
