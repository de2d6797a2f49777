import { Migration } from '@mikro-orm/migrations';

export class Migration20261129040749 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assessment" add column "assessor" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assessment" drop column "assessor";`);
  }

}
