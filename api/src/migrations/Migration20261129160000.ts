import { Migration } from '@mikro-orm/migrations';

/** "What went wrong?" reasons of low scores (issue 13, decision record 0038), written with their rating. */
export class Migration20261129160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "feedback_reason" ("feedback_id" uuid not null, "element" varchar(40) not null, "reason" varchar(40) not null, "region_id" uuid not null, "service_id" uuid not null, "submitted_at" timestamptz not null, constraint "feedback_reason_pkey" primary key ("feedback_id", "element", "reason"));`);
    this.addSql(`create index "feedback_reason_service_id_submitted_at_index" on "feedback_reason" ("service_id", "submitted_at");`);
    this.addSql(`create index "feedback_reason_region_id_submitted_at_index" on "feedback_reason" ("region_id", "submitted_at");`);

    this.addSql(`alter table "feedback_reason" add constraint "feedback_reason_feedback_id_foreign" foreign key ("feedback_id") references "feedback" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback_reason" add constraint "feedback_reason_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback_reason" add constraint "feedback_reason_service_id_foreign" foreign key ("service_id") references "public_service" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "feedback_reason" cascade;`);
  }

}
