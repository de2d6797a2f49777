import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ModerationStatus } from '../../common/enums.js';
import { Connection } from '../../graphql/connection.js';

/** A published forum post, as the public reads it: never the client hash or the staff member's name. */
@ObjectType('ForumPost', { description: 'A published post of a forum thread: a citizen’s, or the unit’s official answer.', simpleResolvers: true })
export class ForumPostView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'As published (a moderator may have hidden personal data in it).' })
  body!: string;

  @Field(() => String, { description: 'The name the citizen chose, or the answering unit’s name.' })
  authorName!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it became public.' })
  publishedAt!: Date | null;

  @Field(() => Boolean, { description: 'An official answer of the unit.' })
  official!: boolean;

  @Field(() => Boolean, { description: 'A moderator replaced part of the text (personal data, abuse).' })
  edited!: boolean;

  officialUnitId!: string | null;
  threadId!: string;
}

@ObjectType()
export class ForumPostConnection extends Connection(ForumPostView, 'ForumPost') {}

@ObjectType('ForumThread', { description: 'A public conversation between citizens and a unit, about one service or the unit as a whole.', simpleResolvers: true })
export class ForumThreadView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  authorName!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { description: 'When a post of the thread was last published.' })
  lastActivityAt!: Date;

  @Field(() => Boolean, { description: 'The unit has answered, and no citizen has written since.' })
  answered!: boolean;

  @Field(() => Int, { description: 'Published posts, the question included.' })
  postCount!: number;

  @Field(() => Boolean, { description: 'Closed to new posts from citizens (postToForum answers CONFLICT).' })
  locked!: boolean;

  serviceId!: string | null;
  unitId!: string;
  regionId!: string;
}

@ObjectType()
export class ForumThreadConnection extends Connection(ForumThreadView, 'ForumThread') {}

@ObjectType({ description: 'What a citizen learns after writing to the forum: it waits for a moderator.', simpleResolvers: true })
export class ForumSubmission {
  @Field(() => ID, { description: 'The thread started, or the post written.' })
  id!: string;

  @Field(() => ModerationStatus)
  status!: ModerationStatus;
}
