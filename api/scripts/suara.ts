/**
 * Suara's command line for operators of an install:
 *
 *   pnpm suara user:create --email admin@pemda.go.id --name "Nama Lengkap" [--role ADMIN] [--region <slug>]
 *   pnpm suara import employees|assessments|skm FILE.csv --region <slug> [--dry-run]
 *   pnpm suara demo:deactivate-accounts
 *   pnpm suara privacy:sweep
 *   pnpm suara backup [FILE]      (default suara-backup-YYYYMMDD-HHMMSS.gz, UTC; `-` for stdout)
 *   pnpm suara restore FILE       (into an empty database only; `-` for stdin)
 *
 * Creates a staff account on DATABASE_URL (or the embedded PostgreSQL, like `pnpm start`); this is how
 * the first admin of a production install comes to be — no account or default password exists
 * otherwise (decision record 0014). The password is asked with no echo on a terminal, twice, or read
 * from the first line of stdin when piped (`printf '%s\n' "$PASSWORD" | pnpm suara user:create …`).
 * Errors are one line on stderr and a non-zero exit, never a stack trace.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { deactivatePublicPasswordAccounts } from '../src/modules/identity/index.js';
import { createOrm, directUrl, embeddedDataDir, migrate, openDatabase } from '../src/db/database.js';
import { backupDatabase, backupToFile, defaultBackupName, restoreFromFile, type BackupProgress } from '../src/db/backup.js';
import { runningEmbeddedDatabase } from '../src/db/embedded.js';
import { DomainError } from '../src/common/errors.js';
import { redactMessage } from '../src/common/log-safe.js';
import { DriverException } from '@mikro-orm/core';
import { Role } from '../src/common/enums.js';
import { createAccountFromCommandLine } from '../src/modules/admin/index.js';
import { importAssessments, importEmployees, importSkm, rejectedRows, type ImportResult } from '../src/modules/competency/index.js';
import { reviseStaleReports } from '../src/modules/reports/index.js';
import { Catalog } from '../src/modules/catalog/index.js';
import { retentionSummary, sweepRetention } from '../src/modules/privacy/index.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const USAGE =
  'usage: pnpm suara user:create --email <email> --name "<full name>" [--role ADMIN|MODERATOR|HR|MAYOR] [--region <slug>]\n' +
  '       pnpm suara import employees|assessments|skm FILE.csv --region <slug> [--dry-run]\n' +
  '       pnpm suara demo:deactivate-accounts\n' +
  '       pnpm suara privacy:sweep\n' +
  '       pnpm suara backup [FILE]\n' +
  '       pnpm suara restore FILE';

class UsageError extends Error {}

/** Reads a line from the terminal without showing what is typed. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    // Echo goes off before the prompt shows, so that nothing typed after it is ever displayed.
    stdin.setRawMode(true);
    process.stderr.write(prompt);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003' || ch === '\u0004') return done(new UsageError('Dibatalkan. / Cancelled.'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of piped stdin. */
async function readPiped(): Promise<string> {
  let all = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    all += chunk as string;
    if (all.includes('\n')) break;
  }
  return all.split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await askHidden('Kata sandi / Password: ');
  const again = await askHidden('Ulangi / Repeat: ');
  if (first !== again) throw new UsageError('Kedua kata sandi tidak sama. / The two passwords differ.');
  return first;
}

async function userCreate(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, region: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !values.name) throw new UsageError(USAGE);
  const role = values.role ? (values.role.toUpperCase() as Role) : null;
  if (role && !Object.values(Role).includes(role)) throw new UsageError(`Peran tidak dikenal / unknown role: ${values.role}. ${USAGE}`);
  const password = await readPassword();

  const config = loadConfig();
  const db = await openDatabase(config, () => {});
  // Migrations (and so this command) need a session of their own: the direct address (0031).
  const orm = await createOrm(directUrl(config, db), { pool: { min: 0, max: 1 } });
  try {
    await migrate(orm);
    const account = await createAccountFromCommandLine(orm.em.fork(), { email: values.email, name: values.name, password, role, regionSlug: values.region });
    console.log(`Akun dibuat / account created: ${account.email}${role ? ` (${role}${values.region ? ` ${values.region}` : ''})` : ''}`);
  } finally {
    await orm.close(true);
    await db.embedded?.stop();
  }
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal; otherwise (a log, a CI job) a plain line
 * per batch and one at the end. Counts only — never a row's contents.
 */
function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let last = -1;
  return (done: number, total: number) => {
    if (done === last) return;
    last = done;
    if (stream.isTTY) {
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
    } else {
      stream.write(`${label}: ${done}/${total} rows${done === total ? ' (done)' : ''}\n`);
    }
  };
}

/**
 * `import employees|assessments|skm FILE.csv --region <slug> [--dry-run]`: every bad row is printed as
 * `line N, column C: message`; good rows are imported (not with --dry-run); exit 1 when a row was bad.
 */
async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { region: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [kind, file] = positionals;
  if ((kind !== 'employees' && kind !== 'assessments' && kind !== 'skm') || !file || !values.region) throw new UsageError(USAGE);
  let text: string;
  try {
    // `pnpm suara` runs in api/: a relative path means where the operator typed the command (pnpm's INIT_CWD).
    text = readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  } catch {
    throw new UsageError(`Berkas tidak dapat dibaca / cannot read file: ${file}`);
  }
  const dryRun = values['dry-run'] ?? false;
  const config = loadConfig();
  const db = await openDatabase(config, () => {});
  // Migrations (and so this command) need a session of their own: the direct address (0031).
  const orm = await createOrm(directUrl(config, db), { pool: { min: 0, max: 1 } });
  try {
    await migrate(orm);
    const progress = progressReporter(dryRun ? `${kind} (dry run)` : kind);
    const today = new Date().toISOString().slice(0, 10);
    const result: ImportResult =
      kind === 'employees'
        ? await importEmployees(orm.em.fork(), values.region, text, { dryRun, progress })
        : kind === 'assessments'
          ? await importAssessments(orm.em.fork(), values.region, text, { dryRun, today, progress })
          : await importSkm(orm.em.fork(), values.region, text, { dryRun, progress });
    for (const p of result.problems) console.log(`line ${p.line}, column ${p.column}: ${p.message.id} / ${p.message.en}`);
    if (kind === 'skm' && !dryRun && result.inserted > 0) {
      // Late paper ratings for a published period: revised report versions (decision record 0026).
      const em = orm.em.fork();
      const revised = await reviseStaleReports(em, await new Catalog(0).get(() => em), { unitIds: result.touched ?? [] });
      for (const r of revised) console.log(`Laporan SKM ${r.periodKey} direvisi / revised: versi ${r.version} (${r.revisionReason ?? ''})`);
    }
    console.log(
      `${dryRun ? 'dry run (nothing written): ' : ''}${result.rows} rows: ${result.inserted} inserted, ${result.updated} updated, ` +
        `${result.unchanged} unchanged, ${rejectedRows(result)} rejected, ${result.problems.length} problems`,
    );
    return result.problems.length ? 1 : 0;
  } finally {
    await orm.close(true);
    await db.embedded?.stop();
  }
}

/**
 * `demo:deactivate-accounts`: the demo world's staff accounts, whose password is public, can no
 * longer sign in (their sessions end too). For an install that began with the demo world and is now
 * used for real; the demo's regions and ratings stay.
 */
async function deactivateDemoAccounts(argv: string[]): Promise<void> {
  if (argv.length) throw new UsageError(USAGE);
  const config = loadConfig();
  const db = await openDatabase(config, () => {});
  const orm = await createOrm(directUrl(config, db), { pool: { min: 0, max: 1 } });
  try {
    await migrate(orm);
    const emails = await deactivatePublicPasswordAccounts(orm.em.fork());
    console.log(
      emails.length
        ? `${emails.length} akun demo dinonaktifkan / demo accounts deactivated: ${emails.join(', ')}`
        : 'Tidak ada akun aktif dengan kata sandi demo. / No active account has the demo password.',
    );
  } finally {
    await orm.close(true);
    await db.embedded?.stop();
  }
}

/**
 * `privacy:sweep`: the API's hourly retention sweep (decision record 0034), run now — for an operator
 * who lowered SUARA_RETENTION_MONTHS, or one whose API was stopped for a while. Prints counts only.
 */
async function privacySweep(argv: string[]): Promise<void> {
  parseArgs({ args: argv, options: {}, strict: true });
  const config = loadConfig();
  const db = await openDatabase(config, () => {});
  const orm = await createOrm(directUrl(config, db), { pool: { min: 0, max: 1 } });
  try {
    await migrate(orm);
    const result = await sweepRetention(orm.em.fork(), { months: config.SUARA_RETENTION_MONTHS });
    if (!result.swept) {
      console.log('Proses lain sedang menyapu; coba lagi nanti. / Another process is sweeping; try again later.');
      return;
    }
    console.log(`Data pribadi lebih lama dari ${config.SUARA_RETENTION_MONTHS} bulan dihapus / ${retentionSummary(result)}`);
  } finally {
    await orm.close(true);
    await db.embedded?.stop();
  }
}

/**
 * Backup and restore progress on stderr: a line redrawn in place on a terminal, a line per table
 * otherwise. Table names and counts only.
 */
function tableProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let rows = 0;
  return (p: BackupProgress) => {
    rows += p.rows;
    const done = p.index === p.tables;
    if (stream.isTTY) stream.write(`\r\x1b[K${label}: ${p.index}/${p.tables} tables, ${rows} rows${done ? '\n' : ''}`);
    else stream.write(`${label}: ${p.index}/${p.tables} tables, ${p.table} ${p.rows} rows${done ? ` (done, ${rows} rows)` : ''}\n`);
  };
}

/** A path as the operator meant it: relative to where they typed the command (pnpm's INIT_CWD). */
const operatorPath = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

/**
 * `backup [FILE]`: DATABASE_URL, or the embedded database — the running one when `pnpm start` holds
 * the data folder (a backup only reads; nobody should stop the portal for it), otherwise started for
 * the backup and stopped after.
 */
async function backupCommand(argv: string[]): Promise<void> {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true });
  if (positionals.length > 1) throw new UsageError(USAGE);
  const target = positionals[0] ?? defaultBackupName();
  const config = loadConfig();
  const running = config.DATABASE_URL ? null : await runningEmbeddedDatabase(embeddedDataDir(config));
  const db = running ? { url: running.url, embedded: null } : await openDatabase(config, () => {});
  const url = running ? running.url : directUrl(config, db);
  try {
    const progress = tableProgress('backup');
    if (target === '-') {
      await backupDatabase(url, process.stdout, { progress });
      return;
    }
    const file = operatorPath(target);
    const summary = await backupToFile(url, file, { progress });
    const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`Cadangan ditulis / backup written: ${file} (${summary.tables.length} tables, ${rows} rows, schema ${summary.migrations.at(-1)})`);
  } finally {
    await db.embedded?.stop();
  }
}

/**
 * `restore FILE`: into DATABASE_URL or the embedded database, which must be empty. Refused while
 * `pnpm start` holds the embedded data folder: a restore needs the API stopped anyway.
 */
async function restoreCommand(argv: string[]): Promise<void> {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    const running = await runningEmbeddedDatabase(embeddedDataDir(config));
    if (running) {
      throw new Error(
        `Suara sedang berjalan pada folder data ini (pid ${running.ownerPid}); hentikan dulu (Ctrl-C) sebelum memulihkan. / ` +
          `Suara is running on this data folder (pid ${running.ownerPid}); stop it (Ctrl-C) before restoring.`,
      );
    }
  }
  const file = positionals[0] === '-' ? '-' : operatorPath(positionals[0]!);
  const db = await openDatabase(config, () => {});
  try {
    const summary = await restoreFromFile(directUrl(config, db), file, { progress: tableProgress('restore') });
    const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`Dipulihkan / restored: cadangan ${summary.created}, ${summary.tables.length} tables, ${rows} rows, schema ${summary.migrations.at(-1)}`);
  } finally {
    await db.embedded?.stop();
  }
}

async function main(): Promise<number | void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'user:create') return userCreate(rest);
  if (command === 'demo:deactivate-accounts') return deactivateDemoAccounts(rest);
  if (command === 'import') return importCommand(rest);
  if (command === 'privacy:sweep') return privacySweep(rest);
  if (command === 'backup') return backupCommand(rest);
  if (command === 'restore') return restoreCommand(rest);
  throw new UsageError(USAGE);
}

main().then(
  (code) => process.exit(code ?? 0),
  (error: unknown) => {
    // One line, in both languages where we wrote the message; never a stack trace.
    const line =
      error instanceof DomainError
        ? `${error.text.id} / ${error.text.en}`
        : error instanceof DriverException
          ? // A driver's message carries the statement with its values (a citizen's comment, a name): never printed.
            redactMessage(error.message).trim().split('\n')[0]
          : error instanceof Error
            ? error.message.split('\n')[0]
            : String(error);
    console.error(`suara: ${line}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
