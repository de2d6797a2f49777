import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Run {
  /** Everything it printed, stdout and stderr together, in order of arrival. */
  output: string;
  code: number | null;
}

/**
 * Runs a built Node program of the product (the API's dist/main.js, scripts/start.mjs) to its end,
 * with the given environment on top of this one minus its database settings; a deadline far above
 * what it needs only keeps a hung process from hanging the suite.
 */
export function runToEnd(args: string[], env: Record<string, string>, { cwd = ROOT, deadlineMs = 120_000 } = {}): Promise<Run> {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  delete merged.DATABASE_URL;
  delete merged.SUARA_DEMO;
  delete merged.API_URL;
  Object.assign(merged, env);
  const child = spawn(process.execPath, args, { cwd, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      // The pipes may still hold the last lines.
      setImmediate(() => resolve({ output, code }));
    }),
  );
}

/** The lines of an output that are not the API's JSON log lines: what a person is meant to read. */
export function plainLines(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.replace(/^\[(api|portal)\] /, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('{"t":'));
}

/** Lines of a JavaScript stack trace. */
export function stackLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+at /.test(line.replace(/^\[(api|portal)\] /, '')));
}

export interface Running {
  output(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Ctrl-C, as a terminal sends it. */
  interrupt(): void;
  /** For `finally`: ends it whatever state it is in. */
  kill(): void;
}

/** Starts a built Node program of the product and waits until its output matches `ready`. */
export async function startUntil(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  { cwd = ROOT, deadlineMs = 150_000 }: { cwd?: string; deadlineMs?: number } = {},
): Promise<Running> {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'SUARA_DEMO', 'API_URL', 'SUARA_DATA_DIR', 'SUARA_SYSTEM_DIR']) delete merged[key];
  Object.assign(merged, env);
  const child = spawn(process.execPath, args, { cwd, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => setImmediate(() => resolve(code))));
  const running: Running = {
    output: () => output,
    exited,
    interrupt: () => child.kill('SIGINT'),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
  const deadline = Date.now() + deadlineMs;
  while (!ready.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      running.kill();
      throw new Error(`It never became ready (${ready}):\n${output.split('\n').slice(-30).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return running;
}
