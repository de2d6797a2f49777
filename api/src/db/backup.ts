/**
 * Backups that restore (decision record 0033): every table of the public schema copied out inside one
 * read-only REPEATABLE READ transaction, one snapshot, into one gzip file; restored into an empty
 * database by running the migrations the backup names and copying every table back in, all in one
 * transaction. No client binary (pg_dump, psql) is involved: the embedded package ships none, and
 * the distribution's pg_dump refuses a newer server.
 *
 * The file, uncompressed, is text:
 *
 *   {"format":"suara-backup","version":1,"created":…,"migrations":[…],"tables":[{name,columns}…],"sequences":[…]}
 *   TABLE {"name":"region","columns":[…]}
 *   <COPY text rows>
 *   \.
 *   TABLE …
 *   END {"tables":[{"name":"region","rows":4}…]}
 *
 * Tables come in dependency order (a table after every table it references), so a restore loads them
 * in file order with every foreign key checked as it goes, by any role that owns the tables — no
 * superuser setting such as session_replication_role. The END line's counts prove the file whole;
 * gzip's checksum proves it unchanged.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { Knex } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, type LocalizedText } from '../common/errors.js';
import { redactMessage } from '../common/log-safe.js';
import { migrationsList } from '../migrations/index.js';
import { createOrm } from './database.js';

export const BACKUP_FORMAT = 'suara-backup';
export const BACKUP_VERSION = 1;
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
/**
 * Rows an API writes on its own at its first start, before anyone uses it: the generated instance
 * secrets and rate-limit counters. A target holding only these is a fresh install (started once with
 * SUARA_DEMO=0, say); the backup's rows replace them.
 */
const MACHINERY_TABLES = ['instance_secret', 'rate_limit'];
/**
 * Rows the migrations themselves write (decision record 0037: the built-in search synonyms and the
 * word list derived from services and synonyms by a trigger). A fresh install holds them and is still
 * empty; a restore replaces them with the backup's. The condition finds rows a person added.
 */
const SEEDED_BY_MIGRATIONS: Record<string, string | null> = { search_synonym: 'not built_in', search_word: null };
/** A header or section line longer than this is not ours: refused before it fills the memory. */
const MAX_LINE = 16 * 1024 * 1024;
const TERMINATOR = Buffer.from('\\.\n');

/** What a backup or restore reports as it goes: counts and table names only, never a row. */
export interface BackupProgress {
  table: string;
  /** 1-based position of the table in the file. */
  index: number;
  tables: number;
  rows: number;
}

/** Called after each table; the copy waits for a returned promise (a test writes ratings there). */
export type ProgressListener = (p: BackupProgress) => void | Promise<void>;

export interface TableEntry {
  name: string;
  columns: string[];
}

interface SequenceEntry {
  name: string;
  table: string;
  column: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  created: string;
  /** PostgreSQL version of the source, for the operator's information. */
  server: string;
  /** The migrations applied to the source, in order: the schema the rows belong to. */
  migrations: string[];
  /** In the order of the file. */
  tables: TableEntry[];
  sequences: SequenceEntry[];
}

export interface BackupSummary {
  migrations: string[];
  tables: Array<{ name: string; rows: number }>;
}

/** The names of our migrations, in order. */
export function knownMigrations(): string[] {
  return migrationsList.map((m) => m.name);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Same output whatever the server's or role's settings: timestamps in ISO form (with their offset),
 * floats exact, bytea in hex. COPY text reads back what it wrote under these settings.
 */
const SESSION_SETTINGS = [
  "set client_encoding = 'UTF8'",
  "set datestyle = 'ISO, YMD'",
  "set intervalstyle = 'postgres'",
  "set timezone = 'UTC'",
  'set extra_float_digits = 3',
  "set bytea_output = 'hex'",
  // A large table takes as long as it takes; the API's 60 s limits are for requests, not for this.
  'set statement_timeout = 0',
  'set idle_in_transaction_session_timeout = 0',
];

interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

interface CatalogTable extends TableEntry {
  partitioned: boolean;
}

/**
 * The tables of the public schema (a partitioned table once, its partitions not), with the columns
 * COPY can write (generated ones are computed again), in dependency order.
 */
async function listTables(db: Queryable): Promise<CatalogTable[]> {
  const { rows } = await db.query<{ oid: number; name: string; kind: string; columns: string[] }>(
    `select c.oid::int as oid, c.relname as name, c.relkind as kind,
            array(select a.attname::text from pg_attribute a
                   where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                   order by a.attnum) as columns
       from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
      order by c.relname`,
  );
  const { rows: references } = await db.query<{ child: number; parent: number }>(
    `select conrelid::int as child, confrelid::int as parent from pg_constraint
      where contype = 'f' and conparentid = 0 and connamespace = 'public'::regnamespace and conrelid <> confrelid`,
  );
  const byOid = new Map(rows.map((r) => [r.oid, r]));
  const parents = new Map<number, Set<number>>(rows.map((r) => [r.oid, new Set()]));
  for (const ref of references) if (byOid.has(ref.parent)) parents.get(ref.child)?.add(ref.parent);
  // Depth-first: each table after the tables it references; name order among equals, so the file is
  // the same for the same schema. A self-reference (a unit's parent unit) is checked at the end of
  // its own COPY statement, so rows of one table may come in any order.
  const ordered: CatalogTable[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (oid: number) => {
    if (state.get(oid)) return; // 'visiting' = a cycle between tables: none today (backup.test.ts watches)
    state.set(oid, 'visiting');
    for (const parent of [...(parents.get(oid) ?? [])].sort((a, b) => byOid.get(a)!.name.localeCompare(byOid.get(b)!.name))) visit(parent);
    state.set(oid, 'done');
    const r = byOid.get(oid)!;
    ordered.push({ name: r.name, columns: r.columns, partitioned: r.kind === 'p' });
  };
  for (const r of rows) visit(r.oid);
  return ordered;
}

/** Sequences owned by a column of a public table (serial, identity), with the owning column. */
async function listSequences(db: Queryable): Promise<Array<{ name: string; table: string; column: string }>> {
  const { rows } = await db.query<{ name: string; table: string; column: string }>(
    `select s.relname as name, t.relname as table, a.attname as column
       from pg_class s
       join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
       join pg_class t on t.oid = d.refobjid
       join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
      where s.relkind = 'S' and s.relnamespace = 'public'::regnamespace
      order by s.relname`,
  );
  return rows;
}

function headerLine(header: BackupHeader): string {
  return `${JSON.stringify(header)}\n`;
}

/**
 * Writes a backup of the database at `url` to `out` (gzip-compressed). Reads only, inside one
 * REPEATABLE READ snapshot: ratings arriving meanwhile are either wholly in it (feedback row and
 * rollup) or wholly not.
 */
export async function backupDatabase(
  url: string,
  out: Writable,
  options: { progress?: ProgressListener; now?: Date } = {},
): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // a server going away fails the statement under way; that error is reported
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, out);
  // If writing fails (a full disk), the copy loop must stop too: its next write rejects.
  written.catch(() => undefined);
  const write = async (chunk: Buffer | string) => {
    if (!gzip.write(chunk)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    await client.query('begin isolation level repeatable read read only');
    const tables = await listTables(client);
    if (!tables.some((t) => t.name === MIGRATIONS_TABLE)) {
      throw new BadInputError({
        id: 'Basis data ini belum berisi Suara (tidak ada tabel migrasi): tidak ada yang dicadangkan.',
        en: 'This database holds no Suara schema (no migrations table): nothing to back up.',
      });
    }
    // pg_dump does the same: no table may change shape or vanish between listing and copying it.
    // (A migration waits for the backup; a backup waits for a migration under way.)
    await client.query(`lock table ${tables.map((t) => quoteIdent(t.name)).join(', ')} in access share mode`);
    const migrations = (await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`)).rows.map((r) => r.name);
    const sequences: SequenceEntry[] = [];
    for (const s of await listSequences(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`select last_value::text, is_called from ${quoteIdent(s.name)}`);
      sequences.push({ ...s, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    const server = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      created: (options.now ?? new Date()).toISOString(),
      server,
      migrations,
      tables: tables.map(({ name, columns }) => ({ name, columns })),
      sequences,
    };
    await write(headerLine(header));
    const counts: Array<{ name: string; rows: number }> = [];
    for (const [i, table] of tables.entries()) {
      await write(`TABLE ${JSON.stringify({ name: table.name, columns: table.columns })}\n`);
      const columns = table.columns.map(quoteIdent).join(', ');
      // A partitioned table cannot be the source of COPY TO; a query over it can.
      const source = table.partitioned ? `(select ${columns} from ${quoteIdent(table.name)})` : `${quoteIdent(table.name)} (${columns})`;
      const stream = client.query(copyStreams.to(`copy ${source} to stdout`));
      for await (const chunk of stream) await write(chunk as Buffer);
      await write(TERMINATOR);
      counts.push({ name: table.name, rows: stream.rowCount });
      await options.progress?.({ table: table.name, index: i + 1, tables: tables.length, rows: stream.rowCount });
    }
    await write(`END ${JSON.stringify({ tables: counts })}\n`);
    await client.query('commit');
    gzip.end();
    await written;
    return { migrations, tables: counts };
  } catch (error) {
    gzip.destroy();
    throw asPlainError(error, { id: 'Pencadangan gagal', en: 'Backup failed' });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A backup into `file`: written as `file.partial` (mode 0600: it holds contacts, password hashes and
 * the instance's secrets) and renamed when complete, so a file by that name is always whole. An
 * existing file is never overwritten.
 */
export async function backupToFile(url: string, file: string, options: { progress?: ProgressListener } = {}): Promise<BackupSummary> {
  if (await stat(file).then(() => true, () => false)) {
    throw new ConflictError({ id: `Berkas sudah ada, tidak ditimpa: ${file}`, en: `The file already exists and is not overwritten: ${file}` });
  }
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { mode: 0o600, flags: 'w' });
  try {
    await once(out, 'open');
    await chmod(partial, 0o600); // whatever the umask
    const summary = await backupDatabase(url, out, options);
    await rename(partial, file);
    return summary;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** `suara-backup-20261129-110500.gz` (UTC): sorts by time in a folder listing. */
export function defaultBackupName(now = new Date()): string {
  const t = now.toISOString();
  return `suara-backup-${t.slice(0, 10).replace(/-/g, '')}-${t.slice(11, 19).replace(/:/g, '')}.gz`;
}

/** The file's problem, in both languages; the restore is refused and nothing is written. */
function damaged(detail: LocalizedText): BadInputError {
  return new BadInputError({
    id: `Berkas cadangan tidak utuh atau rusak (${detail.id}); pemulihan dibatalkan, basis data tidak diubah.`,
    en: `The backup file is incomplete or damaged (${detail.en}); restore cancelled, the database is unchanged.`,
  });
}

const TRUNCATED = { id: 'berkas terpotong', en: 'the file is cut short' };

/**
 * Reads the uncompressed backup: lines for the header and section marks, raw COPY rows in between.
 * zlib's errors (a cut file, a changed byte) surface from the reads as `damaged`.
 */
class BackupReader {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer>;
  private ended = false;

  constructor(stream: Readable) {
    this.chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    let next: IteratorResult<Buffer>;
    try {
      next = await this.chunks.next();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw damaged(
        code === 'Z_BUF_ERROR'
          ? TRUNCATED
          : code === 'Z_DATA_ERROR'
            ? { id: 'isi tidak cocok dengan checksum-nya, atau bukan berkas gzip', en: 'the content fails its checksum, or it is not a gzip file' }
            : { id: 'tidak dapat dibaca', en: 'it cannot be read' },
      );
    }
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    return true;
  }

  /** The next line without its newline; null at the end of the file. */
  async line(): Promise<string | null> {
    for (;;) {
      const nl = this.buffer.indexOf(10);
      if (nl >= 0) {
        const text = this.buffer.subarray(0, nl).toString('utf8');
        this.buffer = this.buffer.subarray(nl + 1);
        return text;
      }
      if (this.buffer.length > MAX_LINE) throw damaged({ id: 'baris terlalu panjang', en: 'a line is too long' });
      if (!(await this.fill())) {
        if (this.buffer.length) throw damaged(TRUNCATED);
        return null;
      }
    }
  }

  /** One table's COPY rows, in whole lines, up to (not including) its `\.` line. */
  async *rows(): AsyncGenerator<Buffer> {
    for (;;) {
      const buffer = this.buffer;
      let start = 0;
      for (let nl = buffer.indexOf(10); nl >= 0; nl = buffer.indexOf(10, start)) {
        if (nl - start === 2 && buffer[start] === 0x5c && buffer[start + 1] === 0x2e) {
          this.buffer = buffer.subarray(nl + 1);
          if (start > 0) yield buffer.subarray(0, start);
          return;
        }
        start = nl + 1;
      }
      if (start > 0) {
        this.buffer = buffer.subarray(start);
        yield buffer.subarray(0, start);
      }
      if (!(await this.fill())) throw damaged(TRUNCATED);
    }
  }
}

function parseJson<T>(text: string, what: LocalizedText): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw damaged(what);
  }
}

/** Checks the header: our format, and a schema this version of Suara knows. */
export function checkHeader(header: BackupHeader, ours: string[] = knownMigrations()): void {
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.migrations) || !Array.isArray(header.tables)) {
    throw new BadInputError({ id: 'Ini bukan berkas cadangan Suara.', en: 'This is not a Suara backup file.' });
  }
  if (header.version !== BACKUP_VERSION) {
    throw new BadInputError({
      id: `Format cadangan versi ${header.version} tidak dikenal versi Suara ini (mengenal versi ${BACKUP_VERSION}); perbarui Suara dulu.`,
      en: `Backup format version ${header.version} is unknown to this Suara (it reads version ${BACKUP_VERSION}); update Suara first.`,
    });
  }
  const unknown = header.migrations.filter((name, i) => ours[i] !== name);
  if (unknown.length) {
    throw new BadInputError({
      id: `Cadangan ini dibuat oleh Suara yang lebih baru (skema ${header.migrations.at(-1)}, tidak dikenal: ${unknown.length} migrasi); perbarui Suara dulu, lalu pulihkan.`,
      en: `This backup comes from a newer Suara (schema ${header.migrations.at(-1)}, ${unknown.length} migration(s) unknown here); update Suara first, then restore.`,
    });
  }
}

export interface RestoreSummary extends BackupSummary {
  /** When the backup was taken. */
  created: string;
}

/** A pg connection in the middle of a Knex transaction: the one the migrator uses. */
async function connectionOf(trx: Knex.Transaction): Promise<pg.Client> {
  // Knex's transaction client hands out its own connection (knex/lib/execution/transaction.js).
  return (await (trx as unknown as { client: { acquireConnection(): Promise<pg.Client> } }).client.acquireConnection()) as pg.Client;
}

/**
 * Restores a backup (gzip stream) into the EMPTY database at `url`: the migrations the backup names,
 * then every table in file order, then sequences — one transaction, so a refused or damaged file
 * leaves the database as it was. Migrations newer than the backup are left to the API's start.
 */
export async function restoreDatabase(url: string, input: Readable, options: { progress?: ProgressListener } = {}): Promise<RestoreSummary> {
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  const reader = new BackupReader(input.pipe(gunzip));
  const first = await reader.line();
  if (first === null) throw damaged({ id: 'berkas kosong', en: 'the file is empty' });
  const header = parseJson<BackupHeader>(first, { id: 'kepala berkas tidak terbaca', en: 'its header cannot be read' });
  checkHeader(header);

  // Two connections: the migrator checks its table on a second one before it joins our transaction.
  const orm = await createOrm(url, { pool: { min: 0, max: 2 } });
  try {
    const summary = await orm.em.getConnection().transactional(async (trx) => {
      const client = await connectionOf(trx);
      for (const setting of SESSION_SETTINGS) await client.query(setting.replace(/^set /, 'set local '));
      const applied = await refuseUnlessEmpty(client, header.migrations);
      const last = header.migrations.at(-1);
      // (The migrator refuses a `to` that is already applied: a target started once by this version.)
      if (last && applied.length < header.migrations.length) await orm.getMigrator().up({ to: last, transaction: trx });
      const target = new Map((await listTables(client)).map((t) => [t.name, t]));
      // The backup's own history of migrations (when each ran) replaces the one just written, and its
      // secrets those a first start generated here.
      for (const table of [MIGRATIONS_TABLE, ...MACHINERY_TABLES, ...Object.keys(SEEDED_BY_MIGRATIONS)]) {
        if (target.has(table)) await client.query(`delete from ${quoteIdent(table)}`);
      }
      // The backup holds every row as it was, derived ones included (the search word list): the
      // tables' own triggers must not add theirs while it is copied in. Constraint triggers (foreign
      // keys) stay on; the DDL is part of this transaction, so a failed restore leaves them as they were.
      const triggered = [...target.keys()].filter((name) => name !== MIGRATIONS_TABLE);
      for (const name of triggered) await client.query(`alter table ${quoteIdent(name)} disable trigger user`);
      const expected = new Map(header.tables.map((t) => [t.name, t]));
      const missing = header.tables.filter((t) => !target.has(t.name));
      if (missing.length) {
        throw new BadInputError({
          id: `Tabel dalam cadangan tidak dibuat oleh migrasinya: ${missing.map((t) => t.name).join(', ')}.`,
          en: `Tables in the backup are not created by its migrations: ${missing.map((t) => t.name).join(', ')}.`,
        });
      }
      const loaded: Array<{ name: string; rows: number }> = [];
      for (;;) {
        const line = await reader.line();
        if (line === null) throw damaged(TRUNCATED);
        if (line.startsWith('END ')) {
          const end = parseJson<{ tables: Array<{ name: string; rows: number }> }>(line.slice(4), { id: 'baris penutup tidak terbaca', en: 'its last line cannot be read' });
          const same =
            end.tables?.length === header.tables.length &&
            loaded.length === header.tables.length &&
            end.tables.every((t, i) => loaded[i]?.name === t.name && loaded[i]?.rows === t.rows);
          if (!same) throw damaged({ id: 'jumlah baris tidak cocok dengan catatannya', en: 'row counts differ from its record' });
          break;
        }
        if (!line.startsWith('TABLE ')) throw damaged({ id: 'bagian tak dikenal', en: 'an unknown section' });
        const section = parseJson<TableEntry>(line.slice(6), { id: 'bagian tabel tidak terbaca', en: 'a table section cannot be read' });
        const entry = expected.get(section.name);
        const table = target.get(section.name);
        if (!entry || !table || loaded.some((t) => t.name === section.name) || JSON.stringify(entry.columns) !== JSON.stringify(section.columns)) {
          throw damaged({ id: `bagian tabel ${section.name} tidak sesuai kepala berkas`, en: `table section ${section.name} does not match the header` });
        }
        const unknownColumns = section.columns.filter((c) => !table.columns.includes(c));
        if (unknownColumns.length) {
          throw new BadInputError({
            id: `Kolom ${section.name}.${unknownColumns.join(', ')} dalam cadangan tidak dibuat oleh migrasinya.`,
            en: `Columns ${section.name}.${unknownColumns.join(', ')} in the backup are not created by its migrations.`,
          });
        }
        const copy = client.query(copyStreams.from(`copy ${quoteIdent(section.name)} (${section.columns.map(quoteIdent).join(', ')}) from stdin`));
        await pipeline(reader.rows(), copy);
        loaded.push({ name: section.name, rows: copy.rowCount });
        await options.progress?.({ table: section.name, index: loaded.length, tables: header.tables.length, rows: copy.rowCount });
      }
      // Nothing may follow the END line (and gzip's checksum is read at the very end).
      if ((await reader.line()) !== null) throw damaged({ id: 'ada data setelah baris penutup', en: 'data follows its last line' });
      await resetSequences(client, header.sequences ?? []);
      for (const name of triggered) await client.query(`alter table ${quoteIdent(name)} enable trigger user`);
      // Fresh statistics, so the first queries after a restore are planned on the real row counts.
      // Our tables only (a bare ANALYZE also takes the system catalogs, which autovacuum is often
      // busy with after the migrations' DDL), and inside the transaction: no other session can hold
      // tables it has not seen committed, and the statistics commit with the rows.
      await client.query(`analyze ${[...target.keys()].map(quoteIdent).join(', ')}`);
      return { created: header.created, migrations: header.migrations, tables: loaded };
    });
    return summary;
  } catch (error) {
    throw asPlainError(error, { id: 'Pemulihan dibatalkan, basis data tidak diubah', en: 'Restore cancelled, the database is unchanged' });
  } finally {
    gunzip.destroy();
    await orm.close(true);
  }
}

/** A restore from a file (`-` for standard input). */
export async function restoreFromFile(url: string, file: string, options: { progress?: ProgressListener } = {}): Promise<RestoreSummary> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  if (file !== '-') {
    try {
      await once(input, 'open');
    } catch {
      throw new BadInputError({ id: `Berkas tidak dapat dibaca: ${file}`, en: `Cannot read the file: ${file}` });
    }
  }
  try {
    return await restoreDatabase(url, input, options);
  } finally {
    if (file !== '-') input.destroy();
  }
}

/**
 * Restore goes into an empty database only: no row in any table but the migrations table and the
 * machinery of a first start (MACHINERY_TABLES), and any migrations already applied a beginning of the
 * backup's. Merging a backup into live data would mix two histories.
 */
async function refuseUnlessEmpty(client: pg.Client, backupMigrations: string[]): Promise<string[]> {
  const tables = await listTables(client);
  const filled: string[] = [];
  for (const t of tables) {
    if (t.name === MIGRATIONS_TABLE || MACHINERY_TABLES.includes(t.name)) continue;
    const seeded = SEEDED_BY_MIGRATIONS[t.name];
    if (seeded === null) continue;
    const { rows } = await client.query<{ any: boolean }>(`select exists (select 1 from ${quoteIdent(t.name)}${seeded ? ` where ${seeded}` : ''}) as any`);
    if (rows[0]!.any) filled.push(t.name);
  }
  if (filled.length) {
    throw new ConflictError({
      id: `Basis data tujuan sudah berisi data (${filled.length} tabel, mis. ${filled.slice(0, 3).join(', ')}); pemulihan hanya ke basis data kosong. Tidak ada yang diubah.`,
      en: `The target database already holds data (${filled.length} tables, e.g. ${filled.slice(0, 3).join(', ')}); restore goes into an empty database only. Nothing was changed.`,
    });
  }
  if (!tables.some((t) => t.name === MIGRATIONS_TABLE)) return [];
  const applied = (await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`)).rows.map((r) => r.name);
  if (applied.some((name, i) => backupMigrations[i] !== name)) {
    throw new ConflictError({
      id: `Skema basis data tujuan lebih baru dari cadangan (${applied.at(-1)}); pulihkan ke basis data yang benar-benar kosong. Tidak ada yang diubah.`,
      en: `The target database's schema is newer than the backup's (${applied.at(-1)}); restore into a truly empty database. Nothing was changed.`,
    });
  }
  return applied;
}

/**
 * Every sequence continues after the highest value in its table and after where the source's
 * sequence stood (an id of a deleted row is never given out again).
 */
async function resetSequences(client: pg.Client, recorded: SequenceEntry[]): Promise<void> {
  for (const s of await listSequences(client)) {
    const { rows } = await client.query<{ max: string | null }>(`select max(${quoteIdent(s.column)})::text as max from ${quoteIdent(s.table)}`);
    const source = recorded.find((r) => r.name === s.name);
    const values = [rows[0]!.max, source?.isCalled ? source.lastValue : null].filter((v): v is string => v !== null).map(BigInt);
    const next = values.length ? values.reduce((a, b) => (a > b ? a : b)) : null;
    if (next !== null && next > 0n) await client.query('select setval($1::regclass, $2::bigint, true)', [quoteIdent(s.name), next.toString()]);
    else await client.query('select setval($1::regclass, (select seqstart from pg_sequence where seqrelid = $1::regclass), false)', [quoteIdent(s.name)]);
  }
}

/**
 * Our own errors pass unchanged. A database error becomes one line without any quoted value
 * (PostgreSQL quotes the offending input, which may be a citizen's comment).
 */
function asPlainError(error: unknown, prefix: LocalizedText): Error {
  if (error instanceof BadInputError || error instanceof ConflictError) return error;
  const raw = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const reason = redactMessage(raw).trim().split('\n')[0] ?? '';
  const detail = code ? `${reason} [${code}]` : reason;
  return new BadInputError({ id: `${prefix.id}: ${detail}`, en: `${prefix.en}: ${detail}` });
}
