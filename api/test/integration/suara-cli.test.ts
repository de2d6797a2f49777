import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { codeOf, loginAs } from '../support/staff.js';

/**
 * `pnpm suara user:create` (decision record 0014): how the first admin of a production install is
 * made, with a password typed by that person — run here as an operator would, against the test
 * database, with the password piped in (and typed on a real terminal where Python's pty is at hand).
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function suara(args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['suara', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: inject('databaseUrl') }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const email = () => `operator-${randomUUID().slice(0, 8)}@pemda.go.id`;
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(query, params);

describe('pnpm suara user:create', () => {
  it('creates an admin with the password given on stdin, who signs in and manages accounts at once', async () => {
    const address = email();
    const password = 'kalimat sandi admin pertama';
    const run = await suara(['user:create', '--email', address.toUpperCase(), '--name', 'Admin Pemda', '--role', 'ADMIN'], `${password}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`account created: ${address} (ADMIN)`);
    expect(run.stdout).not.toContain(password);
    const token = await loginAs(api, { email: address, password });
    expect(codeOf(await api.gql('{ staffAccounts(first: 1) { totalCount } }', {}, { token }))).toBe('OK');
    const [entry] = await sql<{ actor_id: string | null; after: Record<string, unknown> }>(
      `select e.actor_id, e.after from admin_audit_entry e join staff_account a on a.id = e.entity_id where a.email = ? and e.action = 'CREATE_STAFF_ACCOUNT'`,
      [address],
    );
    expect(entry).toEqual({ actor_id: null, after: { email: address, name: 'Admin Pemda', active: true, mustChangePassword: false } });
  }, 90_000);

  it('refuses an existing email, a weak password and missing arguments with one line and a non-zero exit', async () => {
    const address = email();
    expect((await suara(['user:create', '--email', address, '--name', 'Pertama'], 'kalimat sandi yang cukup panjang\n')).code).toBe(0);

    const [again, weak, missing] = await Promise.all([
      suara(['user:create', '--email', address, '--name', 'Kedua'], 'kalimat sandi lain yang panjang\n'),
      suara(['user:create', '--email', email(), '--name', 'Lemah'], 'password1234\n'),
      suara(['user:create', '--email', email()], ''),
    ]);
    expect(again.code).not.toBe(0);
    const line = again.stderr.split('\n').find((l) => l.startsWith('suara: '));
    expect(line).toBe(`suara: Sudah ada akun dengan email ${address}. / An account with the email ${address} already exists.`);
    expect(again.stderr).not.toMatch(/\n\s+at /);

    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/^suara: .*too common and easy to guess/m);

    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^suara: usage: pnpm suara user:create/m);

    const [count] = await sql<{ n: number }>('select count(*)::int as n from staff_account where email = ?', [address]);
    expect(count!.n).toBe(1);
  }, 120_000);

  it.skipIf(spawnSync('python3', ['-c', 'import pty']).status !== 0)('asks twice on a terminal without showing what is typed', async () => {
    const address = email();
    const password = 'diketik di terminal rahasia';
    // A real pseudo-terminal (Python's pty): the prompt, the typing, and what the screen shows.
    const driver = `
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execvp('pnpm', ['pnpm', 'suara', 'user:create', '--email', sys.argv[1], '--name', 'Lewat Terminal'])
out = b''
def until(marker, t):
    global out
    end = time.time() + t
    while time.time() < end:
        if select.select([fd], [], [], 0.2)[0]:
            try: d = os.read(fd, 1024)
            except OSError: return
            if not d: return
            out += d
            if marker in out: return
until(b'Password: ', 60); os.write(fd, sys.argv[2].encode() + b'\\r')
until(b'Repeat: ', 20); os.write(fd, sys.argv[2].encode() + b'\\r')
until(b'created', 60); until(b'\\0', 2)
sys.stdout.write(out.decode(errors='replace'))
`;
    const run = await new Promise<Run>((resolve, reject) => {
      const child = spawn('python3', ['-c', driver, address, password], { cwd: root, env: { ...process.env, DATABASE_URL: inject('databaseUrl') } });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr: '' }));
    });
    expect(run.stdout).toContain('Kata sandi / Password: ');
    expect(run.stdout).toContain(`account created: ${address}`);
    expect(run.stdout).not.toContain(password);
    expect(await loginAs(api, { email: address, password })).toBeTruthy();
  }, 90_000);
});
