import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SKM_ELEMENTS } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { MIXED_SCORES, RECEIPT_CODE, answer, licensingService, receiptCodeOnPage, submitButton } from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The portal's edge against the attacks of issue 7, each reproduced as it was reported and now
 * refused: another web site making its visitors' browsers send ratings, the language switch sending
 * people off-site, a forged page cursor, a forged Host header on the counter poster, and pages
 * without a Content-Security-Policy. The stack runs with production defaults (no PUBLIC_URL).
 */

let stack: Stack;
let service: { slug: string; name: string };
/** Another web site: a page on another origin (and another site: `localhost` is not `127.0.0.1`). */
let evil: { origin: string; pages: Map<string, string>; close: () => Promise<void> };

beforeAll(async () => {
  stack = await startStack();
  service = await licensingService(stack, 'mataram');
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  evil = {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
});

afterAll(async () => {
  await evil?.close();
  await stack?.stop();
});

const url = (pathAndQuery: string) => `${stack.portalUrl}${pathAndQuery}`;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** How many ratings the service has in the database, spam included: "nothing stored" means this does not move. */
async function storedRatings(): Promise<number> {
  const [row] = await stack.sql<{ n: number }>('select count(*)::int as n from feedback where service_id = (select id from public_service where slug = $1)', [service.slug]);
  return row!.n;
}

/** A complete rating as the portal's form sends it, with a key of its own. */
function ratingFields(): URLSearchParams {
  const body = new URLSearchParams({ kunci: crypto.randomUUID() });
  for (const element of SKM_ELEMENTS) body.set(`skor-${element}`, String(MIXED_SCORES[element]));
  return body;
}

/** Raw HTTP to the portal, so that Host, Origin and the rest are exactly what the test says. */
function send(
  target: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port, pathname, search } = new URL(target);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path: `${pathname}${search}`, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The other site has no icon, and says so, so that the browser does not ask it for one. */
const NO_ICON = '<link rel="icon" href="data:,">';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('another web site cannot make its visitors rate a service', () => {
  it('refuses the attack as reported (a POST with ?_data and a foreign Origin) and the same POST without ?_data with 403, not 204 or 500, and stores nothing', async () => {
    const before = await storedRatings();
    for (const path of [`/layanan/${service.slug}/nilai?_data=routes%2Flayanan.%24slug.nilai`, `/layanan/${service.slug}/nilai?kirim`, `/layanan/${service.slug}/nilai.data?kirim`]) {
      const refused = await send(url(path), { method: 'POST', headers: { ...FORM, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, body: ratingFields().toString() });
      expect(refused.status, path).toBe(403);
      expect(refused.headers['cache-control'], path).toBe('no-store');
      expect(refused.headers['x-remix-redirect'], path).toBeUndefined();
      expect(refused.body, path).toContain('<h1>Permintaan ditolak</h1>');
      expect(refused.body, path).toContain('Request refused');
    }
    expect(await storedRatings()).toBe(before);

    // The same rating sent from the portal's own page is stored: the refusals above were not about the answers.
    const own = await send(url(`/layanan/${service.slug}/nilai?kirim`), { method: 'POST', headers: { ...FORM, Origin: stack.portalUrl, 'Sec-Fetch-Site': 'same-origin' }, body: ratingFields().toString() });
    expect(own.status).toBe(303);
    expect(own.headers.location).toMatch(/\/terima-kasih\//);
    expect(await storedRatings()).toBe(before + 1);
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`shows the visitor a plain “request refused” page when another site’s form posts a rating through their browser, ${javaScriptEnabled ? 'sent by its script' : 'sent with a click'}, and stores nothing`, async () => {
      const path = `/prize-${javaScriptEnabled ? 'script' : 'click'}`;
      const fields = [...ratingFields()].map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`).join('');
      evil.pages.set(
        path,
        `<!doctype html><html lang="en"><title>You won</title>${NO_ICON}<form method="post" action="${url(`/layanan/${service.slug}/nilai?kirim`)}">${fields}<button>Claim your prize</button></form>` +
          (javaScriptEnabled ? '<script>document.forms[0].submit()</script>' : ''),
      );
      const before = await storedRatings();
      const session = await openBrowser({ javaScriptEnabled });
      session.allowConsoleError(/status of 403/);
      const { page } = session;
      const refused = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.goto(`${evil.origin}${path}`);
      if (!javaScriptEnabled) await page.getByRole('button', { name: 'Claim your prize' }).click();
      expect((await refused).status()).toBe(403);
      await h1(page).filter({ hasText: 'Permintaan ditolak' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'Request refused' }).count()).toBe(1);
      expect(await page.locator('main').innerText()).toContain('Tidak ada yang tersimpan.');
      expect(await storedRatings()).toBe(before);
    });
  }

  it('refuses a script on another site that posts the rating with ?_data behind the visitor’s back', async () => {
    const target = url(`/layanan/${service.slug}/nilai?_data=routes%2Flayanan.%24slug.nilai`);
    evil.pages.set(
      '/silent',
      `<!doctype html><html lang="en"><title>News</title>${NO_ICON}<p>Nothing to see.</p><script>
        fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', body: new URLSearchParams(${JSON.stringify(Object.fromEntries(ratingFields()))}) })
          .finally(() => { document.title = 'done'; });
      </script>`,
    );
    const before = await storedRatings();
    const session = await openBrowser({ javaScriptEnabled: true });
    session.allowConsoleError(/status of 403/);
    const { page } = session;
    const refused = page.waitForResponse((r) => r.url() === target);
    await page.goto(`${evil.origin}/silent`);
    expect((await refused).status()).toBe(403);
    await page.waitForFunction(() => document.title === 'done');
    expect(await storedRatings()).toBe(before);
  });

  it('refuses a language switch posted from another site, which would otherwise set the visitor’s language cookie', async () => {
    const refused = await send(url('/bahasa'), { method: 'POST', headers: { ...FORM, Origin: 'https://evil.example' }, body: 'lang=en&redirectTo=%2F' });
    expect(refused.status).toBe(403);
    expect(refused.headers['set-cookie']).toBeUndefined();
  });
});

describe('the language switch sends people back only to this site', () => {
  it('answers every redirectTo of the report, and their encoded and backslash kin, with a path on this site', async () => {
    const hostile = [
      '/.//evil.example/x',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/./\\evil.example',
      '/%2E%2E//evil.example',
      '/.%2e//evil.example/x',
      '/\\/evil.example',
      '/\\\\evil.example',
      '//evil.example',
      'https://evil.example/',
    ];
    for (const redirectTo of hostile) {
      const answer = await send(url('/bahasa'), { method: 'POST', headers: { ...FORM, Origin: stack.portalUrl }, body: new URLSearchParams({ lang: 'en', redirectTo }).toString() });
      expect(answer.status, redirectTo).toBe(303);
      expect(answer.headers.location, redirectTo).toBe('/');
    }
  });

  it('still takes the citizen back to the page they were on, in a real browser, without JavaScript', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/layanan?q=izin'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(page.url()).toBe(url('/layanan?q=izin'));
  });
});

describe('a forged page cursor', () => {
  const forged = (values: unknown) => encodeURIComponent(Buffer.from(JSON.stringify(values)).toString('base64'));
  const cursors = [
    forged(['Pelayanan', 'not-a-uuid']),
    forged([1_700_000_000, '3f72cef2-60f9-4b65-a91f-b9026677f9eb']),
    forged(['2026-01-01T00:00:00Z', 'zz']),
    forged([null, {}]),
    forged({ id: 'x' }),
    'halaman-lama',
    'x'.repeat(600),
  ];

  it('shows search results with the first page, never the 500 page', async () => {
    for (const after of cursors) {
      const page = await send(url(`/layanan?q=izin&after=${after}`));
      expect(page.status, after).toBe(200);
      expect(page.body, after).toContain('layanan ditemukan.');
    }
    const stale = await send(url(`/layanan?after=${forged(['x', 'y', 'z'])}`));
    expect(stale.body).toContain('Tautan halaman itu tidak berlaku lagi, jadi ini halaman pertama hasilnya.');
  });

  it('shows a service page with the newest comments and a note, never the 500 page', async () => {
    for (const komentar of cursors) {
      const page = await send(url(`/layanan/${service.slug}?komentar=${komentar}`));
      expect(page.status, komentar).toBe(200);
      expect(page.body, komentar).toContain('Halaman komentar itu tidak tersedia lagi. Berikut komentar terbaru.');
    }
  });
});

describe('the counter poster', () => {
  const ratingPath = () => `/layanan/${service.slug}/nilai`;

  it('prints the portal’s own default address whatever Host the request names, and tells staff to set PUBLIC_URL', async () => {
    const own = `http://localhost:${new URL(stack.portalUrl).port}`;
    for (const host of ['evil.example', 'evil.example:80', `127.0.0.1:${new URL(stack.portalUrl).port}`]) {
      const poster = await send(url(`/layanan/${service.slug}/poster`), { headers: { Host: host } });
      expect(poster.status, host).toBe(200);
      expect(poster.body, host).not.toContain('evil.example');
      expect(poster.body, host).toContain(`<p class="poster__url">${own}${ratingPath()}</p>`);
      expect(poster.body, host).toContain('Alamat publik portal belum diatur');
    }
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await page.goto(url(`/layanan/${service.slug}/poster`));
    const note = page.getByRole('region', { name: 'Alamat publik portal belum diatur' });
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain(`${own}${ratingPath()}`);
    expect(await note.innerText()).toContain('PUBLIC_URL');
  });

  it('prints PUBLIC_URL when it is set, without the note, even asked for under another host name', async () => {
    const publicUrl = 'https://suara.mataramkota.go.id';
    const portal = await stack.startPortal({ PUBLIC_URL: `${publicUrl}/` });
    const poster = await send(`${portal}/layanan/${service.slug}/poster`, { headers: { Host: 'evil.example' } });
    expect(poster.status).toBe(200);
    expect(poster.body).toContain(`<p class="poster__url">${publicUrl}${ratingPath()}</p>`);
    expect(poster.body).toContain(`aria-label="Kode QR menuju ${publicUrl}${ratingPath()}"`);
    expect(poster.body).not.toContain('evil.example');
    expect(poster.body).not.toContain('Alamat publik portal belum diatur');
    // Behind a proxy that rewrites Host, a form from the public address is this site's own: the
    // language switch and a rating (Remix's own origin check, which compares Host alone, is not
    // left to refuse it with its 500 page).
    const switched = await send(`${portal}/bahasa`, { method: 'POST', headers: { ...FORM, Origin: publicUrl }, body: 'lang=en&redirectTo=%2Flayanan' });
    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/layanan');
    const before = await storedRatings();
    const rated = await send(`${portal}${ratingPath()}?kirim`, { method: 'POST', headers: { ...FORM, Origin: publicUrl, 'Sec-Fetch-Site': 'same-origin' }, body: ratingFields().toString() });
    expect(rated.status).toBe(303);
    expect(rated.headers.location).toMatch(/\/terima-kasih\//);
    expect(await storedRatings()).toBe(before + 1);
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy without unsafe-inline whose nonce every inline script carries, a Permissions-Policy, and HSTS only behind TLS', async () => {
    const home = await send(url('/'));
    const policy = String(home.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    for (const directive of ["default-src 'self'", "style-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
      expect(policy).toContain(directive);
    }
    const scripts = home.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(home.body).not.toMatch(/\sstyle="/);
    expect(home.headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    // Plain HTTP: HSTS would mean nothing (and browsers ignore it there).
    expect(home.headers['strict-transport-security']).toBeUndefined();
    // Behind a TLS proxy on this machine (the portal trusts its loopback proxy's X-Forwarded-Proto).
    const overTls = await send(url('/'), { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(overTls.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('serves a cached page with the nonce of the render it came from, in the header and on the scripts alike', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(url(`/layanan/${service.slug}`))));
    expect(answers.some((a) => a.headers['x-page-cache'] === 'hit')).toBe(true);
    for (const a of answers) {
      const nonce = /'nonce-([^']+)'/.exec(String(a.headers['content-security-policy']))?.[1];
      expect(a.body).toContain(`<script nonce="${nonce}">`);
    }
  });

  it('runs every main page under the policy without a single violation: browsing, rating with a proof of work, tracking, the poster', async () => {
    await stack.sql('update region set proof_of_work_required = true where slug = $1', ['mataram']);
    try {
      const { page, context } = await openBrowser({ javaScriptEnabled: true });
      const violations: string[] = [];
      await context.exposeFunction('reportViolation', (line: string) => violations.push(line));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportViolation(line: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI} at ${document.location.pathname}`);
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
      });

      await page.goto(url('/'));
      await waitForHydration(page);
      // Client-side navigation loads route modules on demand (dynamic import, the route manifest).
      await page.getByRole('searchbox', { name: /cari/i }).fill(service.name);
      await page.getByRole('button', { name: /cari/i }).click();
      await page.waitForURL(/\/layanan\?q=/);
      // Several regions offer a service of this name: the one of the test's region, by its address.
      await page.getByRole('region', { name: /layanan ditemukan/i }).locator(`a[href="/layanan/${service.slug}"]`).first().click();
      await page.waitForURL(`**/layanan/${service.slug}`);
      await page.getByRole('link', { name: 'Nilai layanan ini' }).click();
      await page.waitForURL(`**/layanan/${service.slug}/nilai`);
      await h1(page).filter({ hasText: service.name }).waitFor();
      await answer(page, MIXED_SCORES);
      // The region asks for a proof of work: solved by a module loaded with import(), then sent.
      await submitButton(page).click();
      await page.waitForURL(/\/terima-kasih\//, { timeout: 45_000 });
      expect(await receiptCodeOnPage(page)).toMatch(RECEIPT_CODE);
      await page.getByRole('link', { name: 'Lacak penilaian ini' }).click();
      await page.waitForURL(/\/lacak\//);
      await page.goto(url('/wilayah/mataram'));
      await waitForHydration(page);
      await page.goto(url(`/layanan/${service.slug}/poster`));
      await waitForHydration(page);
      await page.getByRole('button', { name: 'Cetak poster' }).waitFor();
      await page.goto(url('/lacak'));
      await waitForHydration(page);
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });

      expect(violations).toEqual([]);
    } finally {
      await stack.sql('update region set proof_of_work_required = false where slug = $1', ['mataram']);
    }
  });

  it('shows pages without JavaScript without a single violation, the score bars drawn', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(url(`/layanan/${service.slug}`));
    const bars = page.locator('.element-score__bar rect');
    expect(await bars.count()).toBe(SKM_ELEMENTS.length);
    // Drawn to their width (an SVG attribute, which the policy allows), not collapsed to nothing.
    const widths = await bars.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(widths.every((w) => w > 0)).toBe(true);
    await page.goto(url('/layanan?q=izin'));
    await page.goto(url(`/layanan/${service.slug}/nilai`));
    expect(violations).toEqual([]);
  });
});
