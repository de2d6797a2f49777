import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { RegionKind } from '../../common/enums.js';

/** A kota or kabupaten: the tenant of Suara. Every role except ADMIN is scoped to one. */
@Entity({ tableName: 'region' })
@ObjectType({ description: 'A city (kota) or regency (kabupaten) government.' })
export class Region extends BaseEntity {
  @Field(() => String, { description: 'Stable short name used in addresses, e.g. `mataram`.' })
  @Property({ type: 'string', length: 64 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: 'Official name, e.g. Kota Mataram.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  province!: string;

  @Field(() => RegionKind)
  @Enum({ items: () => RegionKind, type: 'string' })
  kind!: RegionKind;

  /** IANA zone; a `Date` in the API is a calendar day in this zone (CONTRACT.md, Conventions). */
  @Field(() => String, { description: 'IANA time zone; every `Date` of this region is a day in it.' })
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  /** Whether the public rating form asks for a self-hosted proof of work (ALTCHA) in this region. */
  @Property({ type: 'boolean', default: false })
  @Index()
  proofOfWorkRequired: Opt<boolean> = false;
}
