import { Migration } from '@mikro-orm/migrations';

/** Demo accounts are marked: the start log and every staff page warn while any still has the public password (0031). */
export class Migration20261129120200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "staff_account" add column "demo_password" boolean not null default false;`);
    // Demo worlds loaded before this column existed: their accounts all share one hash of the public
    // password (the loader hashes it once), and no real account is in a demo world's `.demo` domain.
    this.addSql(`update "staff_account" set "demo_password" = true where "email" like '%.demo' and "password_hash" = (select "password_hash" from "staff_account" where "email" = 'admin@suara.demo');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "staff_account" drop column "demo_password";`);
  }

}
