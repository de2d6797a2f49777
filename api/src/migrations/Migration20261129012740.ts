import { Migration } from '@mikro-orm/migrations';

/**
 * The admin audit log (decision record 0014): who changed which account, role, region, unit or
 * service, with the fields before and after. Like the moderation log it is append-only at the
 * database: UPDATE, DELETE and TRUNCATE are refused by triggers, whoever connects.
 */
export class Migration20261129012740 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "admin_audit_entry" ("id" uuid not null, "created_at" timestamptz not null, "actor_id" uuid null, "action" varchar(40) not null, "entity_type" text check ("entity_type" in ('STAFF_ACCOUNT', 'ROLE_GRANT', 'REGION', 'UNIT', 'SERVICE')) not null, "entity_id" uuid not null, "before" jsonb null, "after" jsonb null, constraint "admin_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "admin_audit_entry_actor_id_index" on "admin_audit_entry" ("actor_id");`);
    this.addSql(`create index "admin_audit_entry_entity_type_entity_id_created_at_index" on "admin_audit_entry" ("entity_type", "entity_id", "created_at");`);
    this.addSql(`create index "admin_audit_entry_created_at_id_index" on "admin_audit_entry" ("created_at", "id");`);

    this.addSql(`alter table "admin_audit_entry" add constraint "admin_audit_entry_actor_id_foreign" foreign key ("actor_id") references "staff_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`create function admin_audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'admin_audit_entry is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger admin_audit_entry_no_update_or_delete before update or delete on "admin_audit_entry" for each row execute function admin_audit_entry_append_only();`);
    this.addSql(`create trigger admin_audit_entry_no_truncate before truncate on "admin_audit_entry" for each statement execute function admin_audit_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists admin_audit_entry_no_truncate on "admin_audit_entry";`);
    this.addSql(`drop trigger if exists admin_audit_entry_no_update_or_delete on "admin_audit_entry";`);
    this.addSql(`drop table if exists "admin_audit_entry" cascade;`);
    this.addSql(`drop function if exists admin_audit_entry_append_only();`);
  }

}
