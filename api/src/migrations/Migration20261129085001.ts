import { Migration } from '@mikro-orm/migrations';

export class Migration20261129085001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "skm_report_published_by_id_index" on "skm_report" ("published_by_id");`);

    this.addSql(`create index "skm_publication_recorded_by_id_index" on "skm_publication" ("recorded_by_id");`);

    this.addSql(`create index "follow_up_plan_head_drafted_by_id_index" on "follow_up_plan_head" ("drafted_by_id");`);
    this.addSql(`create index "follow_up_plan_head_agreed_by_id_index" on "follow_up_plan_head" ("agreed_by_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "follow_up_plan_head_drafted_by_id_index";`);
    this.addSql(`drop index "follow_up_plan_head_agreed_by_id_index";`);

    this.addSql(`drop index "skm_publication_recorded_by_id_index";`);

    this.addSql(`drop index "skm_report_published_by_id_index";`);
  }

}
