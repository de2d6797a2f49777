import { Migration } from '@mikro-orm/migrations';

/**
 * Counters of rate-limiter-flexible's PostgreSQL store (feedback/abuse.ts). Not an entity: the
 * library owns the rows; the ORM's schema diff skips this table (mikro-orm.config.ts).
 */
export class Migration20261123110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
  }
}
