import { Migration } from '@mikro-orm/migrations';

export class Migration20261129040733 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "development_activity" ("id" uuid not null, "created_at" timestamptz not null, "employee_id" uuid not null, "kind" text check ("kind" in ('ADVANCED_COURSE', 'STRETCH_ASSIGNMENT', 'ACTING_ROLE', 'MENTORING_OTHERS')) not null, "title" varchar(200) not null, "competency_id" uuid null, "started_on" date not null, "ended_on" date null, "note" varchar(1000) not null default '', constraint "development_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "development_activity_competency_id_index" on "development_activity" ("competency_id");`);
    this.addSql(`create index "development_activity_employee_id_started_on_index" on "development_activity" ("employee_id", "started_on");`);

    this.addSql(`alter table "development_activity" add constraint "development_activity_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_activity" add constraint "development_activity_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "region" add column "assessment_cycle_months" smallint not null default 24;`);
    this.addSql(`alter table "region" add constraint region_assessment_cycle_months_check check((assessment_cycle_months >= 6) AND (assessment_cycle_months <= 60));`);

    this.addSql(`alter table "employee" add column "target_position_id" uuid null;`);
    this.addSql(`alter table "employee" add constraint "employee_target_position_id_foreign" foreign key ("target_position_id") references "position" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "employee_target_position_id_index" on "employee" ("target_position_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "development_activity" cascade;`);

    this.addSql(`alter table "employee" drop constraint "employee_target_position_id_foreign";`);

    this.addSql(`drop index "employee_target_position_id_index";`);
    this.addSql(`alter table "employee" drop column "target_position_id";`);

    this.addSql(`alter table "region" drop constraint region_assessment_cycle_months_check;`);
    this.addSql(`alter table "region" drop column "assessment_cycle_months";`);
  }

}
