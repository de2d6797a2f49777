import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { licensingService } from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * Staff sign-in and sign-out (issue 8) in real Chromium against the whole product: the session cookie,
 * the guard in front of every staff page, CSRF, and the page cache that must never mix a staff
 * member's pages with anonymous visitors'.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const url = (path: string) => `${stack.portalUrl}${path}`;

/** Raw HTTP, so that Origin, cookies and the rest are exactly what the test says. */
function send(target: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { hostname, port, pathname, search } = new URL(target);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path: `${pathname}${search}`, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** The API token inside the portal's signed session cookie (Remix: base64 of the JSON, a dot, the signature). */
function sessionToken(cookieValue: string): string {
  const json = Buffer.from(decodeURIComponent(cookieValue).split('.')[0]!, 'base64').toString('latin1');
  return (JSON.parse(decodeURIComponent(escape(json))) as { token: string }).token;
}

describe('signing in', () => {
  it('sends a staff page opened without a session to the sign-in page, and back to it after signing in, without JavaScript', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/staf/moderasi?status=HIDDEN'));
    expect(new URL(page.url()).pathname).toBe('/masuk');
    expect(new URL(page.url()).searchParams.get('ke')).toBe('/staf/moderasi?status=HIDDEN');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Masuk staf');
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL('**/staf/moderasi?status=HIDDEN');
    const nav = page.getByRole('navigation', { name: 'Navigasi staf' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Beranda staf', 'Moderasi', 'Hapus data', 'Notifikasi', 'Kios']);
    expect(await page.locator('.staff-bar__who p').innerText()).toMatch(/^Masuk sebagai .+ · Moderator$/);
  });

  it('says the email or password is wrong, keeps the email and never the password', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: true });
    allowConsoleError(/status of 401/);
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo', 'not-the-password');
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Email atau kata sandi salah.');
    expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toBe('moderator@mataram.demo');
    expect(new URL(page.url()).pathname).toBe('/masuk');
    expect(await page.content()).not.toContain('not-the-password');
  });

  it('checks the form in the browser first, each problem linked to its field, and again without JavaScript', async () => {
    const { page, documentRequests } = await openBrowser({ javaScriptEnabled: true });
    await page.goto(url('/masuk'));
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    expect(await page.getByRole('alert').getByRole('link').allInnerTexts()).toEqual(['Masukkan alamat email Anda.', 'Masukkan kata sandi Anda.']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(documentRequests).toHaveLength(1);

    const noScript = await openBrowser({ javaScriptEnabled: false });
    noScript.allowConsoleError(/status of 400/);
    await noScript.page.goto(url('/masuk'));
    await noScript.page.getByRole('button', { name: 'Masuk', exact: true }).click();
    const summary = noScript.page.getByRole('alert');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Masukkan alamat email Anda.', 'Masukkan kata sandi Anda.']);
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#email');
  });

  it('never follows a return path to another site', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/masuk?ke=https%3A%2F%2Fevil.example%2F'));
    await signIn(page, stack.portalUrl, 'officer@mataram.demo');
    await page.waitForURL(url('/staf'));
    expect(await page.getByRole('navigation', { name: 'Navigasi staf' }).getByRole('link').allInnerTexts()).toEqual(['Beranda staf', 'Kotak masuk', 'Unit saya', 'Rencana tindak lanjut', 'Laporan SKM', 'Notifikasi']);
  });
});

describe('after many wrong passwords for one account', () => {
  /** Wrong passwords for an email straight at the API, as someone guessing would send them. */
  async function guess(email: string, times: number) {
    for (let i = 0; i < times; i++) {
      await fetch(stack.apiUrl!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'mutation ($e: String!) { login(email: $e, password: "tebakan") { token } }', variables: { e: email } }),
      });
    }
  }

  it('lets the owner in anyway once their browser has solved the check in the background', async () => {
    await guess('hr@kupang.demo', 6);
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: true });
    allowConsoleError(/status of 429/);
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/masuk')) statuses.push(response.status());
    });
    await page.goto(url('/masuk'));
    await waitForHydration(page);
    await signIn(page, stack.portalUrl, 'hr@kupang.demo');
    await page.waitForURL(url('/staf'), { timeout: 60_000 });
    // The first press was held (429 with a challenge); the second, with the solved check, went in.
    expect(statuses).toContain(429);
    // With JavaScript the address changes before the staff page has rendered: wait for its navigation.
    const nav = page.getByRole('navigation', { name: 'Navigasi staf' });
    await expect.poll(() => nav.getByRole('link').allInnerTexts(), { timeout: 20_000 }).toEqual(['Beranda staf', 'Rencana tindak lanjut', 'Laporan SKM', 'SDM', 'Kualitas layanan', 'Notifikasi']);
  });

  it('says calmly, without JavaScript, that sign-in is held for a while', async () => {
    await guess('mayor@kupang.demo', 6);
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    allowConsoleError(/status of 429/);
    await signIn(page, stack.portalUrl, 'mayor@kupang.demo');
    const notice = page.getByRole('alert');
    expect(await notice.getByRole('heading').innerText()).toBe('Terlalu banyak percobaan masuk');
    expect(await notice.innerText()).toMatch(/Coba lagi dalam \d+ menit\./);
    expect(new URL(page.url()).pathname).toBe('/masuk');
  });
});

describe('the session', () => {
  it('is an httpOnly, SameSite=Lax cookie for the whole site, not Secure over plain HTTP; staff pages are never stored or indexed', async () => {
    const { page, context } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'admin@suara.demo');
    await page.waitForURL(url('/staf'));
    const cookie = (await context.cookies()).find((c) => c.name === 'suara_staf');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
    // The API token is in the signed cookie, but only the portal reads it: no script can.
    expect(await page.evaluate(() => document.cookie)).not.toContain('suara_staf');
    const response = await page.goto(url('/staf'));
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect(response?.headers()['x-robots-tag']).toBe('noindex');
    expect(await page.getByRole('navigation', { name: 'Navigasi staf' }).getByRole('link').allInnerTexts()).toEqual([
      'Beranda staf',
      'Moderasi',
      'Hapus data',
      'Kotak masuk',
      'Rencana tindak lanjut',
      'Laporan SKM',
      'SDM',
      'Kualitas layanan',
      'Admin',
      'Notifikasi',
      'Kios',
    ]);
  });

  it('is Secure when a trusted proxy says the visitor came over HTTPS', async () => {
    const masuk = await send(url('/masuk'), { headers: { 'X-Forwarded-Proto': 'https' } });
    const setCookie = String(masuk.headers['set-cookie'] ?? '');
    expect(setCookie).toMatch(/suara_staf=/);
    expect(setCookie).toMatch(/; Secure/);
    const plain = await send(url('/masuk'));
    expect(String(plain.headers['set-cookie'] ?? '')).not.toMatch(/; Secure/);
  });

  it('signs out with the button (a POST), after which staff pages ask to sign in again', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL(url('/staf'));
    // A link to /keluar signs nobody out.
    await page.goto(url('/keluar'));
    await page.waitForURL(url('/staf'));
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL('**/masuk?alasan=keluar');
    expect(await page.getByRole('status').first().innerText()).toBe('Anda telah keluar. Sampai jumpa.');
    await page.goto(url('/staf'));
    expect(new URL(page.url()).pathname).toBe('/masuk');
  });

  it('sends a staff member whose token the API no longer accepts back to sign in, with a message', async () => {
    const { page, context } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL(url('/staf'));
    // The API ends the token's session (as signing out elsewhere, or an admin's deactivation, does).
    const cookie = (await context.cookies()).find((c) => c.name === 'suara_staf')!;
    const token = sessionToken(cookie.value);
    const ended = await fetch(stack.apiUrl!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(((await ended.json()) as { data?: { logout?: boolean } }).data?.logout).toBe(true);
    await page.goto(url('/staf/moderasi'));
    expect(new URL(page.url()).pathname).toBe('/masuk');
    expect(await page.getByRole('status').first().innerText()).toBe('Sesi Anda telah berakhir. Silakan masuk lagi.');
  });
});

describe('a temporary password', () => {
  it('sends a new staff member to change it before any other page, with the API’s policy shown beside the field', async () => {
    // An admin creates the account through the API; the temporary password is handed over once.
    const login = await fetch(stack.apiUrl!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "admin@suara.demo", password: "suara-demo") { token } }' }),
    });
    const adminToken = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const email = `petugas-${Date.now()}@mataram.demo`;
    const created = await fetch(stack.apiUrl!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: 'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { temporaryPassword } }', variables: { input: { email, name: 'Petugas Baru' } } }),
    });
    const temporary = ((await created.json()) as { data: { createStaffAccount: { temporaryPassword: string } } }).data.createStaffAccount.temporaryPassword;

    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    allowConsoleError(/status of 400/);
    await signIn(page, stack.portalUrl, email, temporary);
    await page.waitForURL(url('/staf/kata-sandi'));
    expect(await page.getByText('Sebelum melanjutkan, buat kata sandi baru untuk akun Anda.').count()).toBe(1);
    await page.goto(url('/staf'));
    expect(new URL(page.url()).pathname).toBe('/staf/kata-sandi');

    await page.getByLabel('Kata sandi sekarang').fill(temporary);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
    await page.getByLabel('Ulangi kata sandi baru').fill('pendek');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    const problem = page.locator('#baru-galat');
    expect((await problem.innerText()).length).toBeGreaterThan(0);
    expect(await page.getByRole('alert').getByRole('link').first().getAttribute('href')).toBe('#baru');

    const chosen = 'kata sandi baru yang panjang 2026';
    await page.getByLabel('Kata sandi sekarang').fill(temporary);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(chosen);
    await page.getByLabel('Ulangi kata sandi baru').fill(chosen);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.waitForURL(url('/staf?sandi=diganti'));
    expect(await page.getByRole('status').first().innerText()).toContain('Kata sandi Anda sudah diganti.');
  });
});

describe('forged requests', () => {
  it('refuses a cross-site POST to sign-in and sign-out before it reaches the portal', async () => {
    for (const path of ['/masuk', '/keluar', '/staf/moderasi']) {
      const refused = await send(url(path), { method: 'POST', headers: { ...FORM, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, body: 'email=a%40b.c' });
      expect(refused.status).toBe(403);
    }
  });

  it('refuses a same-origin staff POST without the session’s CSRF token', async () => {
    const { page, context } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL(url('/staf'));
    const cookie = (await context.cookies()).find((c) => c.name === 'suara_staf')!;
    const headers = { ...FORM, Origin: stack.portalUrl, 'Sec-Fetch-Site': 'same-origin', Cookie: `suara_staf=${cookie.value}` };
    const noToken = await send(url('/keluar'), { method: 'POST', headers, body: '' });
    expect(noToken.status).toBe(403);
    const wrongToken = await send(url('/staf/moderasi'), { method: 'POST', headers, body: 'csrf=guessed&tindakan=APPROVE&kiriman=1' });
    expect(wrongToken.status).toBe(403);
    // Still signed in: nothing happened.
    await page.goto(url('/staf'));
    expect(new URL(page.url()).pathname).toBe('/staf');
  });

  it('refuses a sign-in form that did not come from this browser’s visit to /masuk', async () => {
    const refused = await send(url('/masuk'), { method: 'POST', headers: { ...FORM, Origin: stack.portalUrl }, body: 'email=moderator%40mataram.demo&kata-sandi=suara-demo&csrf=x' });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('Formulir masuk ini sudah kedaluwarsa');
  });
});

describe('the page cache and staff', () => {
  it('never serves a signed-in staff member an anonymous visitor’s cached page, nor keeps a staff page', async () => {
    const service = await licensingService(stack, 'mataram');
    const path = `/layanan/${service.slug}`;
    await send(url(path));
    expect((await send(url(path))).headers['x-page-cache']).toBe('hit');

    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL(url('/staf'));
    const seen = await page.goto(url(path));
    expect(seen?.headers()['x-page-cache']).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      const staffPage = await page.goto(url('/staf'));
      expect(staffPage?.headers()['x-page-cache']).toBeUndefined();
    }
    // An anonymous visitor asking for a staff page gets the sign-in redirect, never a kept staff page.
    const anonymous = await send(url('/staf'));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/masuk\?ke=%2Fstaf/);
  });
});
