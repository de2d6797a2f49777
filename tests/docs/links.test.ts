import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Issue 13, point 6: the README and docs stand alone in a clone. Every relative link of every
 * Markdown file in the repository must reach a file (or folder) that exists in the repository, and
 * a `#heading` must be a heading of the file it points into; nothing may point outside the
 * repository (the `../shared/` folder the project started from is not in a clone).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', '.git', '.data', 'build', 'dist', 'coverage', '.cache']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

/** `[text](target)` and `[text](target "title")` outside code spans and fenced blocks. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(heading!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    result.add(n === 0 ? base : `${base}-${n}`);
  }
  return result;
}

const files = markdownFiles(root);

describe('links in the README and docs', () => {
  it('finds the README, the product description, the contract and the facts in the repository', () => {
    const relative = files.map((f) => path.relative(root, f));
    for (const needed of ['README.md', 'docs/product.md', 'docs/contract.md', 'docs/facts/SKM.md', 'docs/deploy.md']) expect(relative).toContain(needed);
  });

  it('has no relative link to a file that does not exist, nor to a heading that does not exist', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const target of links(readFileSync(file, 'utf8'))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: — not a file of ours
        const [rawPath = '', anchor] = target.split('#');
        const where = path.relative(root, file);
        const resolved = rawPath === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(rawPath));
        if (!resolved.startsWith(root + path.sep) && resolved !== root) {
          broken.push(`${where}: ${target} points outside the repository`);
        } else if (!existsSync(resolved)) {
          broken.push(`${where}: ${target} does not exist`);
        } else if (anchor && resolved.endsWith('.md') && statSync(resolved).isFile() && !anchors(resolved).has(anchor)) {
          broken.push(`${where}: ${target} names a heading that ${path.relative(root, resolved)} does not have`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('never sends a reader to the ../shared folder that a clone does not have', () => {
    const mentions = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(root, file)}:${i + 1}` }))
        .filter(({ line }) => /\.\.\/shared\/|\/work\/shared/.test(line))
        .map(({ at }) => at),
    );
    expect(mentions).toEqual([]);
  });
});
