#!/usr/bin/env node
/**
 * `pnpm test`: every check of the workspace, in the order a failure is cheapest to read, ending with
 * one line `N passed, N failed`. Each vitest test counts once; each whole-workspace check
 * (typecheck, lint, generated-file drift, build) counts as one. Runs everything even after a
 * failure, so one run shows all that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = mkdtempSync(path.join(tmpdir(), 'suara-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, options = {}) {
  process.stdout.write(`\n━━ ${label}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' }, ...options });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

/** A vitest run whose individual test results are counted from its JSON report. */
function vitest(label, pkgDir) {
  if (!existsSync(path.join(root, pkgDir, 'package.json'))) return;
  const report = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, 'pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: path.join(root, pkgDir),
  });
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    // A file that fails to load has no tests in the count; it still fails the run.
    const brokenFiles = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
    failed += brokenFiles;
    if (!ok || r.numFailedTests || brokenFiles) failures.push(label);
  } else if (!ok) {
    failed++;
    failures.push(label);
  }
}

const hasGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root }).status === 0;
const GENERATED = ['api/schema.graphql', 'portal/app/graphql/generated', 'api/src/graphql/portal-operations.ts'];

check('build shared packages', 'pnpm', ['-r', '--filter', './packages/*', 'build']);
check('typecheck', 'pnpm', ['-r', 'typecheck']);
check('lint', 'pnpm', ['lint']);
if (hasGit) {
  // Generated files are committed; regenerating them must change nothing (STYLE.md, 8).
  check('generated files are up to date (schema, portal types)', 'sh', [
    '-c',
    `pnpm codegen && git diff --exit-code -- ${GENERATED.join(' ')} && test -z "$(git status --porcelain --untracked-files=all -- ${GENERATED.join(' ')})"`,
  ]);
}
check('build api and portal', 'pnpm', ['build']);
vitest('unit: packages/skm', 'packages/skm');
vitest('unit: packages/hr', 'packages/hr');
vitest('api: unit and integration (real PostgreSQL)', 'api');
vitest('portal: unit', 'portal');
vitest('browser: end to end in Chromium', 'tests');

process.stdout.write(`\n${failures.length ? `Failed: ${failures.join('; ')}\n` : ''}${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
