import { Migration } from '@mikro-orm/migrations';

export class Migration20261129072653 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "skm_publication" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "period_key" varchar(10) not null, "period_start" date not null, "period_end" date not null, "channel" text check ("channel" in ('PORTAL', 'WEBSITE', 'NOTICE_BOARD', 'SOCIAL_MEDIA', 'PRINT')) not null, "published_on" date not null, "link" text null, "note" text null, "recorded_by_id" uuid null, constraint "skm_publication_pkey" primary key ("id"));`);
    this.addSql(`create index "skm_publication_unit_id_period_start_index" on "skm_publication" ("unit_id", "period_start");`);

    this.addSql(`create table "follow_up_plan_head" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "period_key" varchar(10) not null, "period_start" date not null, "period_end" date not null, "drafted_by_id" uuid null, "agreed_at" timestamptz null, "agreed_by_id" uuid null, constraint "follow_up_plan_head_pkey" primary key ("id"));`);
    this.addSql(`alter table "follow_up_plan_head" add constraint "follow_up_plan_head_unit_id_period_start_unique" unique ("unit_id", "period_start");`);

    this.addSql(`alter table "skm_publication" add constraint "skm_publication_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "skm_publication" add constraint "skm_publication_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "follow_up_plan_head" add constraint "follow_up_plan_head_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_plan_head" add constraint "follow_up_plan_head_drafted_by_id_foreign" foreign key ("drafted_by_id") references "staff_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "follow_up_plan_head" add constraint "follow_up_plan_head_agreed_by_id_foreign" foreign key ("agreed_by_id") references "staff_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "follow_up_plan" drop constraint if exists "follow_up_plan_status_check";`);

    this.addSql(`alter table "follow_up_plan" add column "owner" text null, add column "evidence" text null, add column "drop_reason" text null, add column "source_average" double precision null, add column "source_low_score_count" int null, add column "source_comment_ids" jsonb null, add column "drafted" boolean not null default false;`);
    this.addSql(`alter table "follow_up_plan" add constraint "follow_up_plan_status_check" check("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'));`);

    // Actions stored before plans had a header get one per unit and period, agreed when they were
    // written (they were tracked already). The key assumes the default semester period.
    this.addSql(`insert into "follow_up_plan_head" ("id", "created_at", "unit_id", "period_key", "period_start", "period_end", "agreed_at")
      select gen_random_uuid(), min("created_at"), "unit_id",
             to_char("period_start", 'YYYY') || case when extract(month from "period_start") <= 6 then '-S1' else '-S2' end,
             "period_start", max("period_end"), min("created_at")
        from "follow_up_plan" group by "unit_id", "period_start";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "skm_publication" cascade;`);

    this.addSql(`drop table if exists "follow_up_plan_head" cascade;`);

    this.addSql(`alter table "follow_up_plan" drop constraint if exists "follow_up_plan_status_check";`);

    this.addSql(`alter table "follow_up_plan" drop column "owner", drop column "evidence", drop column "drop_reason", drop column "source_average", drop column "source_low_score_count", drop column "source_comment_ids", drop column "drafted";`);

    this.addSql(`alter table "follow_up_plan" add constraint "follow_up_plan_status_check" check("status" in ('PLANNED', 'IN_PROGRESS', 'DONE'));`);
  }

}
