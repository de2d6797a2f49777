import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded.js';
import { apiDir, exited, startApiProcess } from '../support/api-process.js';

/**
 * An install that starts empty (docs/deploy.md): `SUARA_DEMO=0` on the embedded database loads
 * nothing and creates no account; the first admin comes from `pnpm suara user:create`, signs in, and
 * no staff page warns of demo accounts.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'suara-empty-test-'));
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function environment(port?: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SUARA_DATA_DIR: dataDir, SUARA_DEMO: '0', LOG_LEVEL: 'info' };
  if (port) env.API_PORT = String(port);
  delete env.DATABASE_URL;
  return env;
}

function startApi(port: number) {
  return startApiProcess(environment(port), port, running);
}

async function gql<T>(port: number, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data: T | null; errors?: unknown[] }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: T | null; errors?: unknown[] };
}

/** `pnpm suara …` as the operator runs it (the script itself, with the same loader), password piped in. */
function suara(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/suara.ts', ...args], { cwd: apiDir, env: environment(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('an install that starts empty (SUARA_DEMO=0 on the embedded database)', () => {
  it('has no regions and no accounts, and its first admin comes from `pnpm suara user:create` and signs in with no demo warning', async () => {
    const port = await freePort();
    const first = await startApi(port);
    expect((await gql<{ regions: unknown[] }>(port, '{ regions { slug } }')).data).toEqual({ regions: [] });
    expect(first.output()).not.toMatch(/Demo world loaded|suara-demo/);
    first.child.kill('SIGINT');
    expect(await exited(first.child)).toBe(0);

    const password = 'kalimat sandi admin pertama';
    const created = await suara(['user:create', '--email', 'admin@pemda.go.id', '--name', 'Admin Pemda', '--role', 'ADMIN'], `${password}\n`);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('account created: admin@pemda.go.id (ADMIN)');

    const second = await startApi(port);
    const login = await gql<{ login: { token: string } }>(port, 'mutation ($p: String!) { login(email: "admin@pemda.go.id", password: $p) { token } }', { p: password });
    expect(login.errors).toBeUndefined();
    const token = login.data!.login.token;
    const seen = await gql<{ staffAccounts: { totalCount: number }; publicPasswordAccounts: number }>(port, '{ staffAccounts(first: 5) { totalCount } publicPasswordAccounts }', {}, token);
    expect(seen.data).toEqual({ staffAccounts: { totalCount: 1 }, publicPasswordAccounts: 0 });
    expect(second.output()).not.toMatch(/suara-demo/);
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
  }, 300_000);
});
