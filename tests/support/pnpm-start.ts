import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './stack.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface PnpmStart {
  child: ChildProcess;
  apiPort: number;
  portalPort: number;
  /** Everything both sides printed so far. */
  output(): string;
  /** Resolves with the exit code of `pnpm start` (null when a signal ended it). */
  exited: Promise<number | null>;
}

export interface SpawnOptions {
  /** In a process group of its own, so that a test can send Ctrl-C to all of it as a terminal does. */
  detached?: boolean;
  /** The real `pnpm start` (its build, then the script through pnpm and a shell) instead of the script alone. */
  throughPnpm?: boolean;
  /** Variables set for this start only (after the database settings are cleared). */
  env?: Record<string, string>;
}

/**
 * `pnpm start` as its script runs it after the build (`node scripts/start.mjs`): the API and the
 * portal on free ports, on an embedded PostgreSQL in `dataDir`, with nothing from this shell's own
 * database settings. `detached` starts it in a process group of its own, like a terminal's
 * foreground job, so that a test can send Ctrl-C to the whole group as a terminal does.
 */
export async function spawnPnpmStart(
  dataDir: string,
  { detached = false, throughPnpm = false, env: extraEnv = {} }: SpawnOptions = {},
): Promise<PnpmStart> {
  const [apiPort, portalPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, SUARA_DATA_DIR: dataDir, API_PORT: String(apiPort), PORTAL_PORT: String(portalPort) };
  delete env.DATABASE_URL;
  delete env.SUARA_DEMO;
  delete env.API_URL;
  Object.assign(env, extraEnv);
  const [command, args] = throughPnpm ? ['pnpm', ['start']] : [process.execPath, ['scripts/start.mjs']];
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, apiPort, portalPort, output: () => output, exited };
}
