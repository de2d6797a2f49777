import { Migration } from '@mikro-orm/migrations';

export class Migration20261129040843 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "feedback" drop constraint if exists "feedback_channel_check";`);

    this.addSql(`alter table "feedback" add constraint "feedback_channel_check" check("channel" in ('WEB', 'KIOSK', 'IMPORT', 'PAPER'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "feedback" drop constraint if exists "feedback_channel_check";`);

    this.addSql(`alter table "feedback" add constraint "feedback_channel_check" check("channel" in ('WEB', 'KIOSK', 'IMPORT'));`);
  }

}
