import { Migration } from '@mikro-orm/migrations';

/**
 * Moderation (issue 8):
 * - One report per client and item, enforced by the database: `reportContent` inserts with
 *   ON CONFLICT DO NOTHING, so simultaneous reports of one client count once. Duplicates that the
 *   old check-then-insert let through are removed first (the earliest report stays).
 * - The system acts too: an item hidden at once after enough reports is logged with no moderator
 *   ("Sistem"). The log stays append-only (its trigger is untouched).
 */
export class Migration20261129011657 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from "report" r using "report" o
      where r."client_hash" = o."client_hash"
        and ((r."feedback_id" = o."feedback_id") or (r."forum_post_id" = o."forum_post_id"))
        and (o."created_at", o."id") < (r."created_at", r."id");`);
    this.addSql(`create unique index "report_forum_post_client_unique" on "report" ("forum_post_id", "client_hash") where "forum_post_id" is not null;`);
    this.addSql(`create unique index "report_feedback_client_unique" on "report" ("feedback_id", "client_hash") where "feedback_id" is not null;`);
    this.addSql(`alter table "moderation_action" alter column "moderator_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "report_forum_post_client_unique";`);
    this.addSql(`drop index "report_feedback_client_unique";`);
    // Fails while the log holds actions of the system: the log cannot be rewritten to hide them.
    this.addSql(`alter table "moderation_action" alter column "moderator_id" set not null;`);
  }
}
