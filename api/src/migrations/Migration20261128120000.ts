import { Migration } from '@mikro-orm/migrations';

/**
 * 1. `rate_limit` becomes our own fixed-window counters (common/abuse.ts) instead of
 *    rate-limiter-flexible's store: the window's end as a timestamptz, compared with now() in the
 *    same statement that stores a rating.
 * 2. The in-process catalogue of regions, units and services (modules/catalog) is invalidated on
 *    every API replica by a NOTIFY on `suara_catalog`, sent by the database itself after any
 *    statement that changes those tables, whoever runs it (the admin pages, a migration, psql).
 *    One notification per statement, never per row; PostgreSQL folds duplicates within a transaction.
 */
export class Migration20261128120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "rate_limit" alter column "expire" type timestamptz using coalesce(to_timestamp("expire" / 1000.0), now());`);
    this.addSql(`alter table "rate_limit" alter column "expire" set not null;`);
    this.addSql(`alter table "rate_limit" alter column "points" set default 1;`);
    this.addSql(`create index "rate_limit_expire_index" on "rate_limit" ("expire");`);

    this.addSql(`create or replace function suara_catalog_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('suara_catalog', tg_table_name);
        return null;
      end $$;`);
    for (const table of ['region', 'unit', 'public_service', 'public_service_technical_competency']) {
      this.addSql(`create trigger "${table}_catalog_changed" after insert or update or delete or truncate on "${table}"
        for each statement execute function suara_catalog_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['region', 'unit', 'public_service', 'public_service_technical_competency']) {
      this.addSql(`drop trigger if exists "${table}_catalog_changed" on "${table}";`);
    }
    this.addSql(`drop function if exists suara_catalog_changed();`);
    this.addSql(`drop index if exists "rate_limit_expire_index";`);
    this.addSql(`alter table "rate_limit" alter column "expire" drop not null;`);
    this.addSql(`alter table "rate_limit" alter column "expire" type bigint using (extract(epoch from "expire") * 1000)::bigint;`);
  }
}
