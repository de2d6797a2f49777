import { Migration } from '@mikro-orm/migrations';

/**
 * Personal data kept no longer than needed (issue 11, point 7; decision record 0034):
 * - `data_deletion_request`: a citizen's request to erase a rating's personal data, at most one
 *   PENDING per rating; `privacy_audit_entry`: who asked, confirmed or rejected, and what each
 *   retention sweep erased — field names and counts, never the data. Append-only, like the other logs.
 * - Partial indexes holding only the rows that still carry personal data, so the retention sweep
 *   reads what it erases and nothing else.
 * - The moderation log stays append-only with one exception: its copies of a comment's text
 *   (`previous_text`, `redacted_text`) may be set to null — and nothing else in the row changed —
 *   which is how a confirmed deletion erases them.
 */
export class Migration20261129120400 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "data_deletion_request" ("id" uuid not null, "created_at" timestamptz not null, "feedback_id" uuid not null, "region_id" uuid not null, "status" text check ("status" in ('PENDING', 'CONFIRMED', 'REJECTED')) not null default 'PENDING', "channel" text check ("channel" in ('TRACKING_PAGE', 'STAFF')) not null, "reason" text null, "requested_by_id" uuid null, "decided_at" timestamptz null, "decided_by_id" uuid null, "reject_reason" text null, "erased_fields" jsonb null, constraint "data_deletion_request_pkey" primary key ("id"), constraint data_deletion_request_reason_check check (char_length(reason) <= 1000), constraint data_deletion_request_reject_reason_check check (char_length(reject_reason) <= 1000));`);
    this.addSql(`create index "data_deletion_request_feedback_id_index" on "data_deletion_request" ("feedback_id");`);
    this.addSql(`create index "data_deletion_request_requested_by_id_index" on "data_deletion_request" ("requested_by_id");`);
    this.addSql(`create index "data_deletion_request_decided_by_id_index" on "data_deletion_request" ("decided_by_id");`);
    this.addSql(`create unique index "data_deletion_request_pending_unique" on "data_deletion_request" ("feedback_id") where "status" = 'PENDING';`);
    this.addSql(`create index "data_deletion_request_region_id_status_created_at_index" on "data_deletion_request" ("region_id", "status", "created_at");`);

    this.addSql(`create table "privacy_audit_entry" ("id" uuid not null, "created_at" timestamptz not null, "action" text check ("action" in ('DELETION_REQUESTED', 'DELETION_CONFIRMED', 'DELETION_REJECTED', 'RETENTION_SWEEP')) not null, "actor_id" uuid null, "request_id" uuid null, "feedback_id" uuid null, "region_id" uuid null, "details" jsonb null, constraint "privacy_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "privacy_audit_entry_actor_id_index" on "privacy_audit_entry" ("actor_id");`);
    this.addSql(`create index "privacy_audit_entry_request_id_index" on "privacy_audit_entry" ("request_id");`);
    this.addSql(`create index "privacy_audit_entry_feedback_id_index" on "privacy_audit_entry" ("feedback_id");`);
    this.addSql(`create index "privacy_audit_entry_region_id_created_at_index" on "privacy_audit_entry" ("region_id", "created_at");`);

    this.addSql(`alter table "data_deletion_request" add constraint "data_deletion_request_feedback_id_foreign" foreign key ("feedback_id") references "feedback" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "data_deletion_request" add constraint "data_deletion_request_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "data_deletion_request" add constraint "data_deletion_request_requested_by_id_foreign" foreign key ("requested_by_id") references "staff_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "data_deletion_request" add constraint "data_deletion_request_decided_by_id_foreign" foreign key ("decided_by_id") references "staff_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "privacy_audit_entry" add constraint "privacy_audit_entry_actor_id_foreign" foreign key ("actor_id") references "staff_account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "privacy_audit_entry" add constraint "privacy_audit_entry_request_id_foreign" foreign key ("request_id") references "data_deletion_request" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "privacy_audit_entry" add constraint "privacy_audit_entry_feedback_id_foreign" foreign key ("feedback_id") references "feedback" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "privacy_audit_entry" add constraint "privacy_audit_entry_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`create index "feedback_retention_index" on "feedback" ("submitted_at") where "contact" is not null or "client_hash" is not null or "device_hash" is not null;`);

    this.addSql(`create index "forum_post_retention_index" on "forum_post" ("created_at") where "client_hash" is not null;`);

    this.addSql(`create index "report_retention_index" on "report" ("created_at") where "client_hash" is not null;`);

    this.addSql(`create function privacy_audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'privacy_audit_entry is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger privacy_audit_entry_no_update_or_delete before update or delete on "privacy_audit_entry" for each row execute function privacy_audit_entry_append_only();`);
    this.addSql(`create trigger privacy_audit_entry_no_truncate before truncate on "privacy_audit_entry" for each statement execute function privacy_audit_entry_append_only();`);

    // The same function keeps guarding the log; only an erasure of its text copies passes.
    this.addSql(`create or replace function moderation_action_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.previous_text is null and new.redacted_text is null
     and (to_jsonb(new) - 'previous_text' - 'redacted_text') = (to_jsonb(old) - 'previous_text' - 'redacted_text') then
    return new;
  end if;
  raise exception 'moderation_action is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function moderation_action_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'moderation_action is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`drop trigger if exists privacy_audit_entry_no_truncate on "privacy_audit_entry";`);
    this.addSql(`drop trigger if exists privacy_audit_entry_no_update_or_delete on "privacy_audit_entry";`);
    this.addSql(`alter table "privacy_audit_entry" drop constraint "privacy_audit_entry_request_id_foreign";`);

    this.addSql(`drop table if exists "data_deletion_request" cascade;`);

    this.addSql(`drop table if exists "privacy_audit_entry" cascade;`);
    this.addSql(`drop function if exists privacy_audit_entry_append_only();`);

    this.addSql(`drop index "feedback_retention_index";`);

    this.addSql(`drop index "forum_post_retention_index";`);

    this.addSql(`drop index "report_retention_index";`);
  }

}
