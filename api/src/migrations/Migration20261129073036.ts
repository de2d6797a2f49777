import { Migration } from '@mikro-orm/migrations';

export class Migration20261129073036 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "skm_report" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "region_id" uuid not null, "period_key" varchar(8) not null, "period_from" date not null, "period_to" date not null, "version" int not null, "published_at" timestamptz not null, "published_by_id" uuid null, "signed_by" text not null, "revision_reason" text null, "response_count" int not null, "ikm" double precision null, "grade" varchar(1) null, "content" jsonb not null, constraint "skm_report_pkey" primary key ("id"), constraint skm_report_version_check check (version >= 1), constraint skm_report_signed_by_check check ((char_length(signed_by) >= 3) AND (char_length(signed_by) <= 200)));`);
    this.addSql(`create index "skm_report_region_id_period_key_index" on "skm_report" ("region_id", "period_key");`);
    this.addSql(`alter table "skm_report" add constraint "skm_report_unit_id_period_key_version_unique" unique ("unit_id", "period_key", "version");`);

    this.addSql(`alter table "skm_report" add constraint "skm_report_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "skm_report" add constraint "skm_report_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "skm_report" add constraint "skm_report_published_by_id_foreign" foreign key ("published_by_id") references "staff_account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "skm_report" cascade;`);
  }

}
