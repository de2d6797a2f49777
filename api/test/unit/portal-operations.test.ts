import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PORTAL_OPERATIONS } from '../../src/graphql/portal-operations.js';
import { operationLabel } from '../../src/common/metrics.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the portal’s operations in the API’s metrics', () => {
  it('are the operations the portal sends today (pnpm codegen writes the list)', () => {
    // Throws, with "run pnpm codegen", when the committed list is stale.
    expect(() => execFileSync(process.execPath, [path.join(root, 'scripts/portal-operations.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
    expect(PORTAL_OPERATIONS).toContain('ServicePage');
  });

  it('each keep their own label; a name that is not a plain identifier is "other", no name "anonymous"', () => {
    for (const name of PORTAL_OPERATIONS) expect(operationLabel(name)).toBe(name);
    expect(operationLabel('HrSystemMonthly')).toBe('HrSystemMonthly');
    expect(operationLabel('select * from feedback')).toBe('other');
    expect(operationLabel('a'.repeat(65))).toBe('other');
    expect(operationLabel(null)).toBe('anonymous');
  });
});
