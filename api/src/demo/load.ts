import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs seed-process in a child process against `databaseUrl` and resolves with its summary line
 * (see seed-process.ts for why not in this process). The child runs as this process does: the same
 * Node.js, the same loader (tsx under `pnpm dev`), compiled or not.
 */
export function loadDemoWorldInChild(databaseUrl: string): Promise<string> {
  const compiled = !import.meta.url.endsWith('.ts');
  const script = fileURLToPath(new URL(`./seed-process.${compiled ? 'js' : 'ts'}`, import.meta.url));
  return new Promise((resolve, reject) => {
    let summary: string | null = null;
    const child = fork(script, [], {
      env: { ...process.env, SUARA_SEED_DATABASE_URL: databaseUrl },
      // The API's heap ceiling (api/node-flags.json) is for serving; the load builds a year of
      // feedback in memory and gets V8's default.
      execArgv: process.execArgv.filter((flag) => !flag.startsWith('--max-old-space-size')),
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message: { summary?: string }) => {
      if (typeof message?.summary === 'string') summary = message.summary;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && summary) resolve(summary);
      else reject(new Error(`loading the demo world failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
