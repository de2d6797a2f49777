import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a page makes the browser load, as a phone on a slow connection pays for it: every
 * script and module preload the page's HTML names (Remix lists each chunk of the route as a
 * modulepreload, and its manifest and entry in an inline module script), fetched from the same
 * server and gzipped at the default level, as the portal's compression sends them. Inline scripts
 * (the route's data) are counted apart: they are the page's data, not its code. Chunks loaded only
 * on demand (the proof-of-work solver) are not named by the page and not counted.
 */
export interface PageJavaScript {
  files: Array<{ path: string; bytes: number; gzipBytes: number }>;
  totalBytes: number;
  totalGzipBytes: number;
  inlineGzipBytes: number;
}

export async function pageJavaScript(pageUrl: string): Promise<PageJavaScript> {
  const html = await (await fetch(pageUrl, { headers: { accept: 'text/html' } })).text();
  const paths = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) paths.add(m[1]!);
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) paths.add(m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  for (const code of inline) for (const m of code.matchAll(/import\(?\s*["']([^"']+\.js)["']/g)) paths.add(m[1]!);
  const files = await Promise.all(
    [...paths].map(async (p) => {
      const body = Buffer.from(await (await fetch(new URL(p, pageUrl))).arrayBuffer());
      return { path: p, bytes: body.length, gzipBytes: gzipSync(body).length };
    }),
  );
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    inlineGzipBytes: gzipSync(Buffer.from(inline.join('\n'))).length,
  };
}

/** The target of issue 13: the rating page's JavaScript under 100 KB compressed. */
export const RATING_PAGE_JS_TARGET_BYTES = 100 * 1024;
