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
 * Not for use inside a transaction (it would take a second connection while the transaction holds
 * one, decision record 0007): it refuses.
 */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
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

export async function executePrepared<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) throw new Error('executePrepared must not run inside a transaction: it takes a pooled connection of its own');
  const statement = prepared(text);
  const client = em.getConnection().getKnex().client as unknown as KnexClient;
  let connection: PgClient;
  try {
    connection = await client.acquireConnection();
  } catch (error) {
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  }
  try {
    const result = await connection.query({ name: statement.name, text: statement.text, values });
    return result.rows as T[];
  } catch (error) {
    // The same exception classes as em.execute gives (UniqueConstraintViolationException, …).
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  } finally {
    await client.releaseConnection(connection);
  }
}
