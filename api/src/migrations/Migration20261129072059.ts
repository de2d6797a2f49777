import { Migration } from '@mikro-orm/migrations';

export class Migration20261129072059 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "region" add column "survey_period" text check ("survey_period" in ('QUARTER', 'SEMESTER', 'YEAR')) not null default 'SEMESTER';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "region" drop column "survey_period";`);
  }

}
