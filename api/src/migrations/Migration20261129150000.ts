import { Migration } from '@mikro-orm/migrations';

/** Counter kiosks (issue 12): pairing codes, and today's ratings per kiosk read by (kiosk, created_at). */
export class Migration20261129150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "kiosk_device" add column "pairing_code_hash" varchar(64) null, add column "pairing_expires_at" timestamptz null;`);
    this.addSql(`alter table "kiosk_device" add constraint "kiosk_device_pairing_code_hash_unique" unique ("pairing_code_hash");`);
    this.addSql(`drop index "feedback_kiosk_device_id_index";`);
    this.addSql(`create index "feedback_kiosk_device_id_created_at_index" on "feedback" ("kiosk_device_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "feedback_kiosk_device_id_created_at_index";`);
    this.addSql(`create index "feedback_kiosk_device_id_index" on "feedback" ("kiosk_device_id");`);
    this.addSql(`alter table "kiosk_device" drop constraint "kiosk_device_pairing_code_hash_unique";`);
    this.addSql(`alter table "kiosk_device" drop column "pairing_code_hash", drop column "pairing_expires_at";`);
  }

}
