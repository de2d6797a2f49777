import { Migration } from '@mikro-orm/migrations';

/**
 * When a comment or forum post was first published. The unit's answer target (5 working days,
 * SP4N-LAPOR!) counts from publication, not from submission: a comment a moderator approves late
 * must not arrive in the officer's inbox already overdue. Rows published before this column existed
 * take their submission time.
 */
export class Migration20261129011049 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "feedback" add column "published_at" timestamptz null;`);
    this.addSql(`update "feedback" set "published_at" = "submitted_at" where "moderation_status" = 'PUBLISHED' and "comment" is not null;`);
    this.addSql(`alter table "forum_post" add column "published_at" timestamptz null;`);
    this.addSql(`update "forum_post" set "published_at" = "created_at" where "moderation_status" = 'PUBLISHED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "feedback" drop column "published_at";`);
    this.addSql(`alter table "forum_post" drop column "published_at";`);
  }
}
