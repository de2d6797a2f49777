import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification_outbox" ("id" uuid not null, "created_at" timestamptz not null, "region_id" uuid not null, "kind" text check ("kind" in ('COMMENT_PUBLISHED', 'ANSWER_OVERDUE', 'ANSWER_GIVEN')) not null, "recipient" varchar(254) null, "recipient_account_id" uuid null, "language" text check ("language" in ('id', 'en')) not null, "data" jsonb not null, "dedupe_key" varchar(200) not null, "status" text check ("status" in ('PENDING', 'SENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" varchar(100) null, "sent_at" timestamptz null, constraint "notification_outbox_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_outbox" add constraint "notification_outbox_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notification_outbox_due_index" on "notification_outbox" ("next_attempt_at") where "status" in ('PENDING', 'SENDING');`);
    this.addSql(`create index "notification_outbox_recipient_account_id_index" on "notification_outbox" ("recipient_account_id");`);
    this.addSql(`create index "notification_outbox_region_id_created_at_index" on "notification_outbox" ("region_id", "created_at");`);

    this.addSql(`alter table "notification_outbox" add constraint "notification_outbox_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification_outbox" add constraint "notification_outbox_recipient_account_id_foreign" foreign key ("recipient_account_id") references "staff_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback" add column "notify_language" varchar(2) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_outbox" cascade;`);

    this.addSql(`alter table "feedback" drop column "notify_language";`);
  }

}
