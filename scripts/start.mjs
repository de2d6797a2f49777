#!/usr/bin/env node
/**
 * `pnpm start`: the whole product — API (with its embedded PostgreSQL unless DATABASE_URL is set)
 * and portal — in one terminal. Ctrl-C stops both; the API stops its database last.
 *
 * `pnpm start` runs this with `exec` (package.json): the shell between pnpm and this script would
 * otherwise be killed by the Ctrl-C that the terminal sends to the whole process group (dash does
 * not wait for its child the way bash does), and pnpm would report that as "ELIFECYCLE Command
 * failed" although everything stopped in order. So Ctrl-C ends here with exit code 0, and so does
 * pnpm (decision record 0030).
 *
 * When the API dies (a crash, the kernel's OOM killer, V8 out of heap), the portal keeps answering
 * with its own "service unavailable" page and the API is started again after 0.5, 1, 2, 4 … 30 s
 * (the pause grows while it keeps dying soon after starting). When the API stops itself with exit
 * code 1 — a wrong setting, a database it could not start or lost for good (decision record 0009) —
 * starting it again would not help: everything stops, with exit code 1.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT || '4000';
const portalPort = process.env.PORTAL_PORT || '3000';
const env = { ...process.env, API_PORT: apiPort, PORTAL_PORT: portalPort, API_URL: process.env.API_URL || `http://localhost:${apiPort}/graphql` };

const children = new Map();
let stopping = false;

/**
 * Exit code 1 is how the API and the portal stop themselves after printing why (a wrong setting, a
 * port in use, a database they cannot use). For the API it also means "do not start me again"
 * (main.ts): anything else that ends it is a crash to recover from.
 */
const GAVE_UP = 1;
const API_GAVE_UP = GAVE_UP;
const RESTART_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 16000, 30000];
/** Up this long, the API counts as recovered: the next crash starts again from the shortest pause. */
const STABLE_MS = 60_000;
let apiCrashes = 0;
let apiStartedAt = 0;
let restartTimer = null;

/** Set when the API says demo accounts with the public password exist: only then are they listed. */
let demoAccountsActive = false;

function prefixed(name, stream, target) {
  let buffer = '';
  stream.on('data', (chunk) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      // The API warns at each start while demo accounts keep the public password (decision record 0031).
      if (name === 'api' && line.includes('still sign in with the public password')) demoAccountsActive = true;
      target.write(`[${name}] ${line}\n`);
    }
  });
}

function start(name, args, cwd, extraEnv = {}, onCrash = null) {
  const child = spawn(process.execPath, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  prefixed(name, child.stdout, process.stdout);
  prefixed(name, child.stderr, process.stderr);
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (stopping) {
      if (children.size === 0) process.exit(process.exitCode ?? 0);
    } else if (onCrash && code !== 0 && code !== API_GAVE_UP) {
      onCrash(signal ?? `exit code ${code}`);
    } else if (code === GAVE_UP) {
      // It has said why in one plain line (a port in use, a wrong setting, a database it cannot
      // use): one more line from here would only bury it (decision record 0030).
      stop(1);
    } else {
      console.error(`[${name}] stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.`);
      stop(1);
    }
  });
  return child;
}

function startApi() {
  restartTimer = null;
  apiStartedAt = Date.now();
  start('api', [...apiFlags, 'api/dist/main.js'], root, {}, (reason) => {
    if (Date.now() - apiStartedAt >= STABLE_MS) apiCrashes = 0;
    const delay = RESTART_DELAYS_MS[Math.min(apiCrashes, RESTART_DELAYS_MS.length - 1)];
    apiCrashes++;
    console.error(`[api] stopped unexpectedly (${reason}); the portal answers "service unavailable" meanwhile. Starting the API again in ${delay / 1000} s.`);
    restartTimer = setTimeout(startApi, delay);
  });
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (restartTimer) clearTimeout(restartTimer);
  if (children.size === 0) process.exit(code);
  for (const child of children.values()) child.kill('SIGTERM');
  // Nothing should take this long; do not leave a terminal hanging.
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
    process.exit(code || 1);
  }, 20_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The API's production flags (api/node-flags.json): a heap ceiling well above what it keeps.
const apiFlags = JSON.parse(readFileSync(path.join(root, 'api', 'node-flags.json'), 'utf8'));
startApi();
// The portal opens its GraphQL explorer to everyone (/demo/graphql) only when the API runs the demo:
// SUARA_DEMO as given, else the API's own default, demo on the embedded database (decision record 0023).
const demo = process.env.SUARA_DEMO ? ['1', 'true'].includes(process.env.SUARA_DEMO.trim().toLowerCase()) : !process.env.DATABASE_URL;
start('portal', ['server.mjs'], path.join(root, 'portal'), { NODE_ENV: 'production', SUARA_DEMO: demo ? '1' : '0' });

// Say where to go once both answer.
const deadline = Date.now() + 180_000;
async function announce() {
  while (!stopping && Date.now() < deadline) {
    try {
      // The API first: the portal's home page needs it (the first start loads the demo world).
      const api = await fetch(`http://127.0.0.1:${apiPort}/healthz`);
      const portal = api.ok ? await fetch(`http://127.0.0.1:${portalPort}/`) : null;
      if (api.ok && portal?.ok) {
        console.log(`\n  Suara is running\n    portal  http://localhost:${portalPort}\n    API     http://localhost:${apiPort}/graphql\n  GraphQL explorer: http://localhost:${portalPort}/${demo ? 'demo' : 'staf'}/graphql\n${demoAccountsActive ? '  Demo accounts (password suara-demo, public: not for real use): admin@suara.demo, moderator@mataram.demo, hr@mataram.demo, mayor@mataram.demo, officer@mataram.demo\n' : ''}  Press Ctrl-C to stop.\n`);
        return;
      }
    } catch {
      // not ready yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
void announce();
