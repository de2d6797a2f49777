import { Migration } from '@mikro-orm/migrations';

export class Migration20261129040344 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "enrolment" drop constraint if exists "enrolment_status_check";`);

    this.addSql(`alter table "training_program" add column "cost_per_participant" int not null default 0;`);
    this.addSql(`alter table "training_program" add constraint training_program_cost_per_participant_check check(cost_per_participant >= 0);`);

    this.addSql(`alter table "enrolment" add column "reason" varchar(500) null;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_status_check" check("status" in ('PLANNED', 'ENROLLED', 'COMPLETED', 'DECLINED', 'NO_SHOW', 'DROPPED', 'CANCELLED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enrolment" drop constraint if exists "enrolment_status_check";`);

    this.addSql(`alter table "enrolment" drop column "reason";`);

    this.addSql(`alter table "enrolment" add constraint "enrolment_status_check" check("status" in ('PLANNED', 'ENROLLED', 'COMPLETED', 'CANCELLED'));`);

    this.addSql(`alter table "training_program" drop constraint training_program_cost_per_participant_check;`);
    this.addSql(`alter table "training_program" drop column "cost_per_participant";`);
  }

}
