import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one statement as a named prepared statement of node-postgres, on a connection of the ORM's
 * pool taken for that statement only (decision record 0008).
 *
 * The rating's statement is long (a dozen CTEs, some 3 KB of SQL): as an ordinary query, every
 * rating sent the whole text and made PostgreSQL parse and plan it again, which cost more than
 * storing the rating. Prepared once per pooled connection, later ratings send only their values.
 *
 * It takes a connection of its own: call it only from code that holds none (the rating batcher,
 * outside any request's transaction; decision record 0007). `named: false` sends the same text as
 * an unnamed statement, for PgBouncer in transaction mode before 1.21 (DATABASE_PREPARED_STATEMENTS=0).
 */
interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

const texts = new Map<string, { name: string; text: string }>();

/** `?` placeholders (common/sql.ts) become `$1…$n`, once per distinct text. */
function prepared(text: string): { name: string; text: string } {
  let found = texts.get(text);
  if (!found) {
    let n = 0;
    const numbered = text.replace(/\?/g, () => `$${++n}`);
    found = { name: `suara_${createHash('sha256').update(numbered).digest('hex').slice(0, 16)}`, text: numbered };
    texts.set(text, found);
  }
  return found;
}

export async function executePrepared<T>(em: EntityManager, text: string, values: unknown[], named = true): Promise<T[]> {
  const statement = prepared(text);
  const client = em.getConnection().getKnex().client as unknown as KnexClient;
  let connection: PgClient;
  try {
    connection = await client.acquireConnection();
  } catch (error) {
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  }
  try {
    const result = await connection.query(named ? { name: statement.name, text: statement.text, values } : { text: statement.text, values });
    return result.rows as T[];
  } catch (error) {
    // The same exception classes as em.execute gives (UniqueConstraintViolationException, …).
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  } finally {
    await client.releaseConnection(connection);
  }
}
