import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A citizen’s question to a unit: about one service (serviceId) or the unit as a whole (unitId), exactly one.' })
export class StartForumThreadInput {
  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { description: '3–200 characters.' })
  title!: string;

  @Field(() => String, { description: 'The question, 1–4000 characters.' })
  body!: string;

  @Field(() => String, { description: 'The name to show, 1–80 characters (no account behind it).' })
  authorName!: string;

  @Field(() => String, { nullable: true, description: 'Leave empty: a field people never see, for telling robots apart.' })
  website?: string | null;
}

@InputType()
export class PostToForumInput {
  @Field(() => ID)
  threadId!: string;

  @Field(() => String, { description: '1–4000 characters.' })
  body!: string;

  @Field(() => String, { description: 'The name to show, 1–80 characters.' })
  authorName!: string;

  @Field(() => String, { nullable: true, description: 'Leave empty (see StartForumThreadInput.website).' })
  website?: string | null;
}
