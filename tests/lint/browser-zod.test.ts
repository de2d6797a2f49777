import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps the full zod out of the browser (eslint.config.js): the full zod probes
 * `new Function` for its fast parsers, which the portal's CSP refuses and reports as a violation in
 * the citizen's browser and nowhere else. Browser code imports `zod/mini`; server-only files may
 * import the full zod. Linted through ESLint's own API with the workspace's configuration.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

async function zodErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FULL = "import { z } from 'zod';\n\nexport const schema = z.object({ name: z.string() });\n";
const MINI = "import { z } from 'zod/mini';\n\nexport const schema = z.object({ name: z.string() });\n";

describe('the full zod in portal code', () => {
  it('is refused in a route, a component or a form schema, all of which ship to the browser', async () => {
    for (const file of ['portal/app/routes/contoh.tsx', 'portal/app/components/contoh.tsx', 'portal/app/staff/contoh-form.ts']) {
      const errors = await zodErrors(FULL, file);
      expect(errors, file).toHaveLength(1);
      expect(errors[0]).toContain('zod/mini');
    }
  });

  it('is refused under its other full names and as a re-export', async () => {
    expect(await zodErrors("import { z } from 'zod/v4';\nexport const s = z.string();\n", 'portal/app/routes/contoh.tsx')).toHaveLength(1);
    expect(await zodErrors("export { z } from 'zod';\n", 'portal/app/utils/contoh.ts')).toHaveLength(1);
  });

  it('is allowed in server-only files and in tests', async () => {
    for (const file of ['portal/app/utils/contoh.server.ts', 'portal/app/staff/contoh.server.tsx', 'portal/app/.server/contoh.ts', 'portal/app/utils/contoh.test.ts']) {
      expect(await zodErrors(FULL, file), file).toEqual([]);
    }
  });

  it('leaves zod/mini alone everywhere, and the full zod outside the portal', async () => {
    expect(await zodErrors(MINI, 'portal/app/routes/contoh.tsx')).toEqual([]);
    expect(await zodErrors(FULL, 'api/src/common/contoh.ts')).toEqual([]);
  });
});
