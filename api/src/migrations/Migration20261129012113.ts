import { Migration } from '@mikro-orm/migrations';

/**
 * Forum threads per unit as well as per service (issue 8; DESIGN.md's forums between civil servants
 * and citizens): every thread names the unit that answers it, taken from its service for the
 * threads that exist, and a thread may ask the unit without naming a service.
 *
 * A thread's `last_activity_at` is moved forward by the database whenever one of its posts is
 * published (inserted published, as an official answer is, or approved later by a moderator), so the
 * public list's order never depends on every writer remembering it, and a post waiting for
 * moderation does not move the thread up.
 */
export class Migration20261129012113 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "forum_thread_region_id_index";`);

    this.addSql(`alter table "forum_thread" add column "unit_id" uuid null;`);
    this.addSql(`update "forum_thread" t set "unit_id" = s."unit_id" from "public_service" s where s."id" = t."service_id";`);
    this.addSql(`alter table "forum_thread" alter column "unit_id" set not null;`);
    this.addSql(`alter table "forum_thread" alter column "service_id" drop not null;`);
    this.addSql(`alter table "forum_thread" add constraint "forum_thread_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "forum_thread_region_id_last_activity_at_index" on "forum_thread" ("region_id", "last_activity_at");`);
    this.addSql(`create index "forum_thread_unit_id_last_activity_at_index" on "forum_thread" ("unit_id", "last_activity_at");`);

    this.addSql(`create index "forum_post_thread_id_published_at_index" on "forum_post" ("thread_id", "published_at");`);

    this.addSql(`create function forum_post_published_moves_thread() returns trigger language plpgsql as $$
begin
  update forum_thread set last_activity_at = greatest(last_activity_at, new.published_at) where id = new.thread_id;
  return null;
end;
$$;`);
    this.addSql(`create trigger forum_post_published_moves_thread after insert or update of published_at on "forum_post"
      for each row when (new.published_at is not null) execute function forum_post_published_moves_thread();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists forum_post_published_moves_thread on "forum_post";`);
    this.addSql(`drop function if exists forum_post_published_moves_thread();`);
    this.addSql(`alter table "forum_thread" drop constraint "forum_thread_unit_id_foreign";`);
    this.addSql(`drop index "forum_post_thread_id_published_at_index";`);
    this.addSql(`drop index "forum_thread_region_id_last_activity_at_index";`);
    this.addSql(`drop index "forum_thread_unit_id_last_activity_at_index";`);
    this.addSql(`delete from "forum_thread" where "service_id" is null;`);
    this.addSql(`alter table "forum_thread" drop column "unit_id";`);
    this.addSql(`alter table "forum_thread" alter column "service_id" set not null;`);
    this.addSql(`create index "forum_thread_region_id_index" on "forum_thread" ("region_id");`);
  }
}
