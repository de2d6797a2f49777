import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { ormConfig, poolOptions } from './mikro-orm.config.js';

/** The repository root: relative SUARA_DATA_DIR values are taken from here, whatever the cwd. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Database {
  url: string;
  /** Set when we run the embedded server ourselves (no DATABASE_URL). */
  embedded: EmbeddedDatabase | null;
}

/** Where the embedded PostgreSQL keeps its data (SUARA_DATA_DIR, relative to the repository). */
export function embeddedDataDir(config: Pick<Config, 'SUARA_DATA_DIR'>): string {
  return path.resolve(repositoryRoot, config.SUARA_DATA_DIR);
}

/** DATABASE_URL when given, otherwise the embedded PostgreSQL in SUARA_DATA_DIR. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: null };
  const dataDir = embeddedDataDir(config);
  const embedded = await startEmbeddedDatabase(dataDir, log);
  log(`Embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${dataDir}`);
  return { url: embedded.url, embedded };
}

export async function createOrm(url: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, overrides));
}

/** The pool the configuration asks for (DATABASE_POOL_SIZE, DATABASE_ACQUIRE_TIMEOUT_MS). */
export function configuredPool(config: Pick<Config, 'DATABASE_POOL_SIZE' | 'DATABASE_ACQUIRE_TIMEOUT_MS'>): Partial<Options> {
  return poolOptions({ size: config.DATABASE_POOL_SIZE, acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS });
}

/** Applies every committed migration not yet applied. Returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
