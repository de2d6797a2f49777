import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * Looking into the embedded PostgreSQL that `pnpm start` runs in SUARA_DATA_DIR, from the outside,
 * as an operator would: its postmaster from `<data>/pg/postmaster.pid` (or where `<data>/pg-location` says), its processes, and its data
 * (with the generated credentials in `<data>/credentials.json`).
 */

export interface Postmaster {
  pid: number;
  port: number;
}

/**
 * The PostgreSQL cluster of a data folder: `<data>/pg`, or the folder `<data>/pg-location` names
 * (as root, when the user postgres cannot reach `<data>`: decision record 0030).
 */
export function clusterDirOf(dataDir: string): string {
  const location = path.join(dataDir, 'pg-location');
  return existsSync(location) ? readFileSync(location, 'utf8').trim() : path.join(dataDir, 'pg');
}

/** The running postmaster of the data folder, from its lock file; null when there is none. */
export function postmasterOf(dataDir: string): Postmaster | null {
  const file = path.join(clusterDirOf(dataDir), 'postmaster.pid');
  if (!existsSync(file)) return null;
  // Line 1 is the pid, line 4 the port (PostgreSQL's documented layout of postmaster.pid).
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid > 0 && port > 0 ? { pid, port } : null;
}

/** Command lines of the PostgreSQL processes started on this data folder (the postmaster names it). */
export function postgresOf(dataDir: string): string[] {
  try {
    return execFileSync('ps', ['-eo', 'args', '-ww'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('postgres') && line.includes(dataDir));
  } catch {
    return [];
  }
}

/** One query on the application database of the embedded server. */
export async function embeddedSql<Row extends Record<string, unknown>>(dataDir: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const server = postmasterOf(dataDir);
  if (!server) throw new Error(`No embedded PostgreSQL is running on ${dataDir}.`);
  const { user, password } = JSON.parse(readFileSync(path.join(dataDir, 'credentials.json'), 'utf8')) as { user: string; password: string };
  const client = new pg.Client({ host: '127.0.0.1', port: server.port, user, password, database: 'suara', connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}
