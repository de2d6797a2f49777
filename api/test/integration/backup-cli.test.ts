import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { backupToFile, restoreFromFile } from '../../src/db/backup.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { querySql } from '../support/own-database.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * `pnpm suara backup` and `pnpm suara restore` as an operator types them (child processes, the real
 * CLI), against an external database (DATABASE_URL) and the embedded one (SUARA_DATA_DIR).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const sourceUrl = inject('databaseUrl');
const dir = mkdtempSync(path.join(tmpdir(), 'suara-backup-cli-'));
// As root the embedded server runs as `postgres`, which must reach its data folder.
if (process.getuid?.() === 0) chmodSync(dir, 0o755);
const cleanup: Array<() => Promise<unknown>> = [];

afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function suara(args: string[], env: Record<string, string>): Promise<Run> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.SUARA_DATA_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['suara', ...args], { cwd: root, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const count = async (url: string, table: string) => (await querySql<{ n: number }>(url, `select count(*)::int as n from "${table}"`))[0]!.n;

describe('the operator command line', () => {
  it('backs up an external database and restores it into an empty one, with counts on stderr and one line of result', async () => {
    const file = path.join(dir, 'external.gz');
    const backup = await suara(['backup', file], { DATABASE_URL: sourceUrl });
    expect(backup.stderr.trim().split('\n').every((line) => /^backup: \d+\/\d+ tables, \w+ \d+ rows( \(done, \d+ rows\))?$/.test(line)), backup.stderr).toBe(true);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/backup written: .*external\.gz \(\d+ tables, \d+ rows, schema Migration\d+\)/);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const target: TestDatabase = await createTestDatabase('suara_cli_restore');
    cleanup.push(() => target.drop());
    const restore = await suara(['restore', file], { DATABASE_URL: target.url });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/restored: .*tables, \d+ rows/);
    expect(await count(target.url, 'feedback')).toBe(await count(sourceUrl, 'feedback'));
    expect(await count(target.url, 'satisfaction_daily')).toBe(await count(sourceUrl, 'satisfaction_daily'));

    // Again into the same database: refused in one plain line, nothing changed.
    const again = await suara(['restore', file], { DATABASE_URL: target.url });
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/^suara: .*already holds data.*Nothing was changed\.\n$/);
    expect(await count(target.url, 'feedback')).toBe(await count(sourceUrl, 'feedback'));

    // A backup never overwrites a file.
    const twice = await suara(['backup', file], { DATABASE_URL: sourceUrl });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already exists and is not overwritten/);
  }, 900_000);

  it('restores into the embedded database, backs up while `pnpm start` holds it, and refuses to restore under it', async () => {
    // (The command line's backup of an external database is the test above.)
    const file = path.join(dir, 'external-for-embedded.gz');
    await backupToFile(sourceUrl, file);
    const dataDir = path.join(dir, 'data');
    const restore = await suara(['restore', file], { SUARA_DATA_DIR: dataDir });
    expect(restore.code, restore.stderr).toBe(0);

    // This test process now holds the folder, as `pnpm start` would.
    const held: EmbeddedDatabase = await startEmbeddedDatabase(dataDir);
    cleanup.push(() => held.stop());
    expect(await count(held.url, 'feedback')).toBe(await count(sourceUrl, 'feedback'));

    const hot = path.join(dir, 'while-running.gz');
    const backup = await suara(['backup', hot], { SUARA_DATA_DIR: dataDir });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/backup written/);

    const refused = await suara(['restore', hot], { SUARA_DATA_DIR: dataDir });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/^suara: .*Suara is running on this data folder \(pid \d+\); stop it \(Ctrl-C\) before restoring\.\n$/);

    // The backup taken from the running server restores to the same rows.
    const target: TestDatabase = await createTestDatabase('suara_cli_restore');
    cleanup.push(() => target.drop());
    await restoreFromFile(target.url, hot);
    expect(await count(target.url, 'feedback')).toBe(await count(held.url, 'feedback'));
  }, 900_000);
});
