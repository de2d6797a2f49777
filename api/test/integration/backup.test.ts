import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backupToFile, knownMigrations, restoreFromFile, type BackupHeader } from '../../src/db/backup.js';
import { SUBMIT, freshClientIp, scoresOf } from '../support/feedback.js';
import { querySql, startApiOn, type OwnApi } from '../support/own-database.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Backups that restore (decision record 0033): the run's demo world is backed up, restored into
 * fresh databases on the same server, and compared table by table — row counts and content — and
 * service by service through the API (IKM, grade, responses).
 */

const sourceUrl = inject('databaseUrl');
const dir = mkdtempSync(path.join(tmpdir(), 'suara-backup-test-'));
const databases: TestDatabase[] = [];
let demoBackup: string;

async function freshDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase('suara_restore');
  databases.push(db);
  return db;
}

/** Every public table's row count and a digest of its rows, by name. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await querySql<{ name: string }>(url, `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`);
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await querySql<{ rows: number; digest: string }>(
      url,
      `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest from "${name}" t`,
    );
    out[name] = `${row!.rows} rows ${row!.digest}`;
  }
  return out;
}

/** Rows in any table but the migrations table (a database a refused restore must leave empty). */
async function rowsOutsideMigrations(url: string): Promise<number> {
  const fp = await fingerprint(url);
  return Object.entries(fp)
    .filter(([name]) => name !== 'mikro_orm_migrations')
    .reduce((sum, [, value]) => sum + Number(value.split(' ')[0]), 0);
}

/** Per service: rollup counts and sums against the raw ratings they summarise (spam never counts). */
async function rollupMismatches(url: string): Promise<number> {
  const elements = ['persyaratan', 'sistem_mekanisme_prosedur', 'waktu_penyelesaian', 'biaya_tarif', 'produk_spesifikasi', 'kompetensi_pelaksana', 'perilaku_pelaksana', 'penanganan_pengaduan', 'sarana_prasarana'];
  const [row] = await querySql<{ services: number; mismatches: number }>(
    url,
    `with r as (select service_id, sum(response_count)::int as n, ${elements.map((e) => `sum(sum_${e})::int as ${e}`).join(', ')} from satisfaction_daily group by 1),
          f as (select service_id, count(*)::int as n, ${elements.map((e) => `sum(score_${e})::int as ${e}`).join(', ')} from feedback where not spam group by 1)
     select count(*)::int as services,
            count(*) filter (where r.n is distinct from f.n ${elements.map((e) => `or r.${e} is distinct from f.${e}`).join(' ')})::int as mismatches
       from r full join f using (service_id)`,
  );
  expect(row!.services).toBeGreaterThan(0);
  return row!.mismatches;
}

const SATISFACTION = `query ($s: String!) { service(slug: $s) { satisfaction { ikm grade responseCount elements { element average } } } }`;

/** Every service's SKM result as the API computes it. */
async function satisfactionByService(api: OwnApi, slugs: string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const slug of slugs) {
    const res = await api.gql<{ service: { satisfaction: unknown } }>(SATISFACTION, { s: slug });
    expect(res.errors).toBeUndefined();
    out[slug] = res.data!.service.satisfaction;
  }
  return out;
}

function readHeader(file: string): BackupHeader {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(text.slice(0, text.indexOf('\n'))) as BackupHeader;
}

/** The backup with its uncompressed text changed by `edit`, compressed again (a well-formed gzip). */
function rewritten(file: string, edit: (text: string) => string): string {
  const out = path.join(dir, `edited-${randomUUID()}.gz`);
  writeFileSync(out, gzipSync(Buffer.from(edit(gunzipSync(readFileSync(file)).toString('utf8')))));
  return out;
}

let sourceFingerprint: Record<string, string>;

beforeAll(async () => {
  sourceFingerprint = await fingerprint(sourceUrl);
  demoBackup = path.join(dir, 'demo.gz');
  await backupToFile(sourceUrl, demoBackup);
}, 300_000);

afterAll(async () => {
  for (const db of databases) await db.drop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes a file only its owner can read, naming the schema it belongs to', () => {
    expect(statSync(demoBackup).mode & 0o777).toBe(0o600);
    const header = readHeader(demoBackup);
    expect(header.format).toBe('suara-backup');
    expect(header.migrations).toEqual(knownMigrations());
    expect(header.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['feedback', 'satisfaction_daily', 'instance_secret', 'mikro_orm_migrations']));
  });

  it('puts every table after the tables it references, so a restore checks every foreign key as it loads', async () => {
    const order = readHeader(demoBackup).tables.map((t) => t.name);
    const references = await querySql<{ child: string; parent: string }>(
      sourceUrl,
      `select conrelid::regclass::text as child, confrelid::regclass::text as parent from pg_constraint
        where contype = 'f' and connamespace = 'public'::regnamespace and conrelid <> confrelid`,
    );
    expect(references.length).toBeGreaterThan(10);
    const unquote = (name: string) => name.replace(/^"|"$/g, '');
    for (const ref of references) expect(order.indexOf(unquote(ref.parent)), `${ref.child} → ${ref.parent}`).toBeLessThan(order.indexOf(unquote(ref.child)));
  });

  it('restores the demo world into an empty database with every row, and every service keeps its IKM', async () => {
    const target = await freshDatabase();
    const summary = await restoreFromFile(target.url, demoBackup);
    expect(summary.tables.find((t) => t.name === 'feedback')!.rows).toBeGreaterThan(1000);
    expect(await fingerprint(target.url)).toEqual(sourceFingerprint);
    expect(await rollupMismatches(target.url)).toBe(0);

    const slugs = (await querySql<{ slug: string }>(sourceUrl, 'select slug from public_service order by slug')).map((r) => r.slug);
    expect(slugs.length).toBeGreaterThan(10);
    const before = await startApiOn(sourceUrl, { SUARA_REPORT_REVISION_MINUTES: '0' });
    const after = await startApiOn(target.url, { SUARA_REPORT_REVISION_MINUTES: '0' });
    try {
      const original = await satisfactionByService(before, slugs);
      expect(Object.values(original).filter((s) => (s as { ikm: number | null }).ikm !== null).length).toBeGreaterThan(10);
      expect(await satisfactionByService(after, slugs)).toEqual(original);
      // Staff sign in on the restored copy with the passwords they had (hashes came along).
      const login = await after.gql<{ login: { token: string } }>('mutation { login(email: "admin@suara.demo", password: "suara-demo") { token } }');
      expect(login.data?.login.token).toBeTruthy();
    } finally {
      await before.close();
      await after.close();
    }
  }, 300_000);

  it('restores again into the same database after it was wiped', async () => {
    const target = await freshDatabase();
    await restoreFromFile(target.url, demoBackup);
    await querySql(target.url, 'drop schema public cascade');
    await querySql(target.url, 'create schema public');
    expect(await fingerprint(target.url)).toEqual({});
    await restoreFromFile(target.url, demoBackup);
    expect(await fingerprint(target.url)).toEqual(sourceFingerprint);
  }, 300_000);

  it('refuses a database that holds data, and changes nothing in it', async () => {
    const target = await freshDatabase();
    await restoreFromFile(target.url, demoBackup);
    await querySql(target.url, `delete from staff_session`);
    const before = await fingerprint(target.url);
    await expect(restoreFromFile(target.url, demoBackup)).rejects.toThrow(/already holds data .*Nothing was changed/);
    expect(await fingerprint(target.url)).toEqual(before);
  }, 300_000);

  it('restores into a fresh install whose API has started once, taking the backup\'s secrets so staff stay signed in', async () => {
    const target = await freshDatabase();
    const started = await startApiOn(target.url, { SUARA_REPORT_REVISION_MINUTES: '0' });
    await started.close();
    expect(await rowsOutsideMigrations(target.url)).toBeGreaterThan(0); // its generated secrets
    // A backup from before the last migration cannot go into a database already past it.
    const older = rewritten(demoBackup, (text) => text.replace(/,"Migration\d+"\]/, ']'));
    await expect(restoreFromFile(target.url, older)).rejects.toThrow(/schema is newer than the backup's .*Nothing was changed/);
    await restoreFromFile(target.url, demoBackup);
    expect(await fingerprint(target.url)).toEqual(sourceFingerprint);
  }, 300_000);

  it('refuses a cut-short file and leaves the target empty', async () => {
    const target = await freshDatabase();
    const bytes = readFileSync(demoBackup);
    const cut = path.join(dir, 'cut.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreFromFile(target.url, cut)).rejects.toThrow(/incomplete or damaged .*cut short.*unchanged/);
    expect(await rowsOutsideMigrations(target.url)).toBe(0);
    // …and the same database then takes the whole file.
    await restoreFromFile(target.url, demoBackup);
    expect(await fingerprint(target.url)).toEqual(sourceFingerprint);
  }, 300_000);

  it('refuses a file with a changed byte, or with a row taken out, and leaves the target empty', async () => {
    const target = await freshDatabase();
    const bytes = Buffer.from(readFileSync(demoBackup));
    const middle = Math.floor(bytes.length / 2);
    for (let i = middle; i < middle + 16; i++) bytes[i] = bytes[i]! ^ 0xff;
    const flipped = path.join(dir, 'flipped.gz');
    writeFileSync(flipped, bytes);
    await expect(restoreFromFile(target.url, flipped)).rejects.toThrow(/incomplete or damaged|Restore cancelled/);
    expect(await rowsOutsideMigrations(target.url)).toBe(0);

    const lessOne = rewritten(demoBackup, (text) => {
      const start = text.indexOf('\n', text.indexOf('TABLE {"name":"feedback"')) + 1;
      return text.slice(0, start) + text.slice(text.indexOf('\n', start) + 1);
    });
    await expect(restoreFromFile(target.url, lessOne)).rejects.toThrow(/row counts differ/);
    expect(await rowsOutsideMigrations(target.url)).toBe(0);

    const notOurs = path.join(dir, 'not-ours.gz');
    writeFileSync(notOurs, gzipSync(Buffer.from('{"hello":"world"}\n')));
    await expect(restoreFromFile(target.url, notOurs)).rejects.toThrow(/not a Suara backup/);
    writeFileSync(notOurs, 'id,name\n1,x\n');
    await expect(restoreFromFile(target.url, notOurs)).rejects.toThrow(/not a gzip file|incomplete or damaged/);
    expect(await rowsOutsideMigrations(target.url)).toBe(0);
  }, 300_000);

  it('refuses a backup from a newer Suara, naming what to do', async () => {
    const target = await freshDatabase();
    const newer = rewritten(demoBackup, (text) => text.replace(/("migrations":\[[^\]]*)\]/, '$1,"Migration20991231000000"]'));
    await expect(restoreFromFile(target.url, newer)).rejects.toThrow(/newer Suara .*update Suara first/);
    expect(await fingerprint(target.url)).toEqual({});
  }, 300_000);

  it('takes a consistent snapshot while ratings are being written: rollups match the raw ratings in the restored copy', async () => {
    // A live copy of the demo world of its own, served by the real API at production defaults.
    const live = await freshDatabase();
    await restoreFromFile(live.url, demoBackup);
    const api = await startApiOn(live.url, { SUARA_REPORT_REVISION_MINUTES: '0' });
    try {
      const services = (
        await querySql<{ id: string }>(
          live.url,
          'select s.id from public_service s join region r on r.id = s.region_id where not r.proof_of_work_required order by s.slug limit 12',
        )
      ).map((r) => r.id);
      expect(services.length).toBeGreaterThan(4);
      let accepted = 0;
      const rate = async (i: number) => {
        const res = await api.gql(SUBMIT, { input: { idempotencyKey: randomUUID(), serviceId: services[i % services.length], scores: scoresOf((_, e) => 1 + ((i + e) % 4)) } }, { clientIp: freshClientIp() });
        if (!res.errors) accepted++;
        return res;
      };
      // Ratings keep arriving from many clients for the whole backup…
      let writing = true;
      const writers = Array.from({ length: 6 }, async (_, w) => {
        for (let i = w; writing; i += 6) await rate(i);
      });
      // …and 30 land, all at once, between the copy of `feedback` and the copy of `satisfaction_daily`:
      // a backup without one snapshot would hold their rollup but not their rows.
      let during: Array<{ errors?: unknown }> = [];
      const file = path.join(dir, 'live.gz');
      await backupToFile(live.url, file, {
        progress: async (p) => {
          if (p.table === 'feedback') during = await Promise.all(Array.from({ length: 30 }, (_, i) => rate(1000 + i)));
        },
      });
      writing = false;
      await Promise.all(writers);
      expect(during.filter((r) => !r.errors)).toHaveLength(30);
      expect(accepted).toBeGreaterThan(30);
      expect(await rollupMismatches(live.url)).toBe(0);

      const copy = await freshDatabase();
      await restoreFromFile(copy.url, file);
      expect(await rollupMismatches(copy.url)).toBe(0);
      const [liveCount] = await querySql<{ n: number }>(live.url, 'select count(*)::int as n from feedback');
      const [copyCount] = await querySql<{ n: number }>(copy.url, 'select count(*)::int as n from feedback');
      expect(copyCount!.n).toBeLessThanOrEqual(liveCount!.n - 30);
    } finally {
      await api.close();
    }
  }, 600_000);
});
