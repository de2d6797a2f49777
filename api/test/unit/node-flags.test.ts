import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The API's Node.js flags (a heap ceiling, decision record 0008) live in api/node-flags.json, which
 * `pnpm start` and the test stack read; the package's own start script must say the same.
 */
describe('the API’s Node.js flags', () => {
  it('are the same however the API is started', () => {
    const flags = JSON.parse(readFileSync(new URL('../../node-flags.json', import.meta.url), 'utf8')) as string[];
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(flags.length).toBeGreaterThan(0);
    expect(pkg.scripts.start).toBe(`node ${flags.join(' ')} dist/main.js`);
    const start = readFileSync(new URL('../../../scripts/start.mjs', import.meta.url), 'utf8');
    expect(start).toContain("'node-flags.json'");
  });
});
