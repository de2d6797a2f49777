import { Migration } from '@mikro-orm/migrations';

/**
 * Staff sessions (decision record 0014): a token is accepted only while the session it names lives,
 * so logout, a password change or reset and deactivation end it at once. `must_change_password`
 * forces the owner of an admin-made (temporary) password to choose their own first.
 */
export class Migration20261129011830 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "staff_session" ("id" uuid not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" varchar(200) null, constraint "staff_session_pkey" primary key ("id"));`);
    this.addSql(`create index "staff_session_account_id_index" on "staff_session" ("account_id");`);

    this.addSql(`alter table "staff_session" add constraint "staff_session_account_id_foreign" foreign key ("account_id") references "staff_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "staff_account" add column "must_change_password" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_session" cascade;`);

    this.addSql(`alter table "staff_account" drop column "must_change_password";`);
  }

}
