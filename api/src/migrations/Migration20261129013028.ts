import { Migration } from '@mikro-orm/migrations';

/**
 * The officer's inbox (issue 8) reads a unit's published comments in order of publication, the order
 * of their 5-working-day answer target: a partial index holds only published comments, a small part
 * of all ratings.
 */
export class Migration20261129013028 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "feedback_inbox_index" on "feedback" ("service_id", "published_at") where "moderation_status" = 'PUBLISHED' and "comment" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "feedback_inbox_index";`);
  }

}
