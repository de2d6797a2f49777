import { Migration } from '@mikro-orm/migrations';

/**
 * Official answers become one per feedback, corrected in place (issue 8): a second answer to the same
 * comment replaces the text the public sees, and the replaced text is kept in the append-only
 * `official_response_revision` (a trigger refuses UPDATE, DELETE and TRUNCATE, as for the moderation
 * log). The unique index also makes two officers answering at the same moment end with one answer.
 * Feedback that already had several answers keeps its newest; the older ones become its revisions.
 */
export class Migration20261129011708 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "official_response_revision" ("id" uuid not null, "created_at" timestamptz not null, "response_id" uuid not null, "previous_body" text not null, "edited_by_id" uuid null, "edited_at" timestamptz not null, constraint "official_response_revision_pkey" primary key ("id"));`);
    this.addSql(`create index "official_response_revision_edited_by_id_index" on "official_response_revision" ("edited_by_id");`);
    this.addSql(`create index "official_response_revision_response_id_edited_at_index" on "official_response_revision" ("response_id", "edited_at");`);

    this.addSql(`alter table "official_response_revision" add constraint "official_response_revision_response_id_foreign" foreign key ("response_id") references "official_response" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "official_response_revision" add constraint "official_response_revision_edited_by_id_foreign" foreign key ("edited_by_id") references "staff_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`drop index "official_response_feedback_id_index";`);

    this.addSql(`alter table "official_response" add column "edited_at" timestamptz null;`);
    this.addSql(`insert into "official_response_revision" ("id", "created_at", "response_id", "previous_body", "edited_by_id", "edited_at")
      select gen_random_uuid(), now(), newest.id, older.body, newest.author_id, newest.responded_at
      from "official_response" older
      join lateral (select n.id, n.author_id, n.responded_at from "official_response" n where n.feedback_id = older.feedback_id
                    order by n.responded_at desc, n.id desc limit 1) newest on newest.id <> older.id;`);
    this.addSql(`update "official_response" o set "edited_at" = o."responded_at"
      where exists (select 1 from "official_response_revision" r where r.response_id = o.id);`);
    this.addSql(`delete from "official_response" o where exists (select 1 from "official_response" n where n.feedback_id = o.feedback_id
      and (n.responded_at, n.id) > (o.responded_at, o.id));`);
    this.addSql(`alter table "official_response" add constraint "official_response_feedback_id_unique" unique ("feedback_id");`);

    this.addSql(`create function official_response_revision_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'official_response_revision is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger official_response_revision_no_update_or_delete before update or delete on "official_response_revision" for each row execute function official_response_revision_append_only();`);
    this.addSql(`create trigger official_response_revision_no_truncate before truncate on "official_response_revision" for each statement execute function official_response_revision_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "official_response_revision" cascade;`);
    this.addSql(`drop function if exists official_response_revision_append_only();`);

    this.addSql(`alter table "official_response" drop constraint "official_response_feedback_id_unique";`);
    this.addSql(`alter table "official_response" drop column "edited_at";`);

    this.addSql(`create index "official_response_feedback_id_index" on "official_response" ("feedback_id");`);
  }

}
