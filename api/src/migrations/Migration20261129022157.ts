import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 9: moderators and HR tag forum posts with competencies as well as comments (the articles'
 * forums between civil servants and citizens feed the development signal), so a tag names exactly one
 * of a feedback row and a forum post.
 */
export class Migration20261129022157 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "competency_tag" add column "forum_post_id" uuid null;`);
    this.addSql(`alter table "competency_tag" alter column "feedback_id" drop default;`);
    this.addSql(`alter table "competency_tag" alter column "feedback_id" type uuid using ("feedback_id"::text::uuid);`);
    this.addSql(`alter table "competency_tag" alter column "feedback_id" drop not null;`);
    this.addSql(`alter table "competency_tag" add constraint "competency_tag_forum_post_id_foreign" foreign key ("forum_post_id") references "forum_post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency_tag" add constraint "competency_tag_forum_post_id_competency_id_unique" unique ("forum_post_id", "competency_id");`);
    this.addSql(`alter table "competency_tag" add constraint competency_tag_one_item check((feedback_id is null) <> (forum_post_id is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "competency_tag" drop constraint "competency_tag_forum_post_id_foreign";`);

    this.addSql(`alter table "competency_tag" drop constraint "competency_tag_forum_post_id_competency_id_unique";`);
    this.addSql(`alter table "competency_tag" drop constraint competency_tag_one_item;`);
    this.addSql(`alter table "competency_tag" drop column "forum_post_id";`);

    this.addSql(`alter table "competency_tag" alter column "feedback_id" drop default;`);
    this.addSql(`alter table "competency_tag" alter column "feedback_id" type uuid using ("feedback_id"::text::uuid);`);
    this.addSql(`alter table "competency_tag" alter column "feedback_id" set not null;`);
  }

}
