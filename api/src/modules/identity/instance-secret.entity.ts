import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * Secrets generated on first start when SUARA_SECRET is not set: kept in the database (not on one
 * machine's disk) so that every API replica signs tokens and salts abuse hashes the same way.
 */
@Entity({ tableName: 'instance_secret' })
export class InstanceSecret {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'text', hidden: true })
  value!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
