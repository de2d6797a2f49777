import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * The SQL that would bring the database (built by the committed migrations) to the entities, or ''
 * when they agree. Used by `db:migration:check` and a test, so a model change without its
 * migration fails CI.
 */
export async function schemaDrift(orm: MikroORM): Promise<string> {
  const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
  return sql.trim();
}
