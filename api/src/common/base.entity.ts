import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Every table has a UUID key (ids are public in the API and must not be guessable or reveal volumes)
 * and a creation time. Types are spelled out on every decorator: tsx drops decorator metadata
 * (../shared/STACK-NOTES.md), and explicit types keep tsx, tsc and vitest in agreement.
 * Entities that are also GraphQL types inherit the `id` field from here.
 */
@ObjectType({ description: "Not exposed by itself: its fields are inherited by entity types." })
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
