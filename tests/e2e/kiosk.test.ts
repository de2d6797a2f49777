import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { ELEMENT_TEXT, SKM_ELEMENTS } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { freePort, startStack, type Stack } from '../support/stack.js';
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD, signIn } from '../support/staff.js';

/**
 * The counter kiosk (issue 12), end to end in real Chromium: a Mataram moderator registers a kiosk for
 * Disdukcapil through the API, the tablet pairs with the code at /kiosk, and citizens rate by touch
 * and keyboard alone. For the offline case the portal the tablet talks to is really gone: its process
 * is killed (not only the browser's offline switch, which does not cut a service worker's own
 * requests, microsoft/playwright#2311) and started again later on the same address.
 */

const PORTAL_SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'portal', 'server.mjs');

let stack: Stack;
let moderatorToken = '';
let disdukcapil = '';

/** The tablet's portal: one we can stop and start again at the same origin (the service worker's and IndexedDB's). */
const tabletPortal = {
  port: 0,
  child: null as ChildProcess | null,
  get url() {
    return `http://127.0.0.1:${this.port}`;
  },
  async start() {
    const child = spawn(process.execPath, [PORTAL_SERVER], {
      cwd: path.dirname(PORTAL_SERVER),
      env: { ...process.env, NODE_ENV: 'production', PORTAL_PORT: String(this.port), PORTAL_HOST: '127.0.0.1', API_URL: stack.apiUrl! },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child = child;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The tablet's portal stopped while starting (exit ${child.exitCode})`);
      const up = await fetch(`${this.url}/favicon.svg`).then((r) => r.ok).catch(() => false);
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The tablet’s portal did not start');
  },
  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  },
};

async function api<T>(query: string, variables: Record<string, unknown> = {}, token: string | null = moderatorToken): Promise<T> {
  const response = await fetch(stack.apiUrl!, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

beforeAll(async () => {
  stack = await startStack({ databasePrefix: 'suara_e2e_kiosk' });
  tabletPortal.port = await freePort();
  await tabletPortal.start();
  const { login } = await api<{ login: { token: string } }>('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'moderator@mataram.demo', p: DEMO_PASSWORD }, null);
  moderatorToken = login.token;
  const [unit] = await stack.sql<{ id: string }>(`select u.id from unit u join region r on r.id = u.region_id where r.slug = 'mataram' and u.slug = 'disdukcapil'`);
  disdukcapil = unit!.id;
});
afterAll(async () => {
  await tabletPortal.stop();
  await stack?.stop();
});

interface Registered {
  id: string;
  code: string;
  services: Array<{ id: string; name: string }>;
}

/** A moderator of Mataram registers a kiosk for Disdukcapil: its id, pairing code and the services it will offer. */
async function registerKiosk(label = `Loket ${Math.random().toString(36).slice(2, 7)}`): Promise<Registered> {
  const { registerKiosk } = await api<{ registerKiosk: { kiosk: { id: string; services: Registered['services'] }; pairing: { code: string } } }>(
    'mutation ($unitId: ID!, $label: String!) { registerKiosk(unitId: $unitId, label: $label) { kiosk { id services { id name } } pairing { code } } }',
    { unitId: disdukcapil, label },
  );
  return { id: registerKiosk.kiosk.id, code: registerKiosk.pairing.code, services: registerKiosk.kiosk.services };
}

/** Waits until the kiosk page's script runs (the kiosk has no site footer for waitForHydration). */
async function kioskReady(page: Page): Promise<void> {
  await page.locator('.kiosk[data-ready="true"]').waitFor();
}

/** Pairs the browser as a person would: the code typed in lower case without its dash, the big button. */
async function pair(page: Page, code: string): Promise<void> {
  await page.goto(`${tabletPortal.url}/kiosk`);
  await page.getByLabel('Masukkan kode pemasangan').fill(code.replace('-', '').toLowerCase());
  await page.getByRole('button', { name: 'Pasangkan' }).click();
  await page.waitForURL(`${tabletPortal.url}/kiosk`);
  await kioskReady(page);
}

/** Until the service worker holds the page and its scripts: from then on the kiosk opens offline. */
async function offlineReady(page: Page): Promise<void> {
  // page.evaluate awaits the check; waitForFunction would take the async function's promise as "true".
  const holds = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return false;
      const cache = await caches.open('suara-kiosk-v1');
      const keys = (await cache.keys()).map((r) => new URL(r.url).pathname);
      if (!keys.includes('/kiosk') || keys.filter((k) => k.startsWith('/assets/')).length < 3) return false;
      // The copy whole, not only listed: its end carries the kiosk's data for hydration.
      const copy = await (await cache.match('/kiosk'))?.text();
      return Boolean(copy?.includes('</html>'));
    });
  await expect.poll(holds, { timeout: 30_000, interval: 200 }).toBe(true);
}

/** One citizen: the service, nine faces by touch (the answers' own words), no profile, no comment. */
async function rateByTouch(page: Page, serviceName: string, score: 1 | 2 | 3 | 4 = 3): Promise<void> {
  await page.getByRole('button', { name: serviceName, exact: true }).click();
  for (const element of SKM_ELEMENTS) {
    await page.getByRole('heading', { level: 1, name: ELEMENT_TEXT.id[element].question }).waitFor();
    await page.getByRole('button', { name: ELEMENT_TEXT.id[element].answers[score - 1], exact: true }).click();
  }
  await page.getByRole('button', { name: 'Lewati' }).click();
  await page.getByRole('button', { name: 'Kirim tanpa komentar' }).click();
  await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
  await page.getByRole('button', { name: 'Kembali ke awal' }).click();
  await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor();
}

type Stored = { submitted_at: Date; created_at: Date; channel: string; comment: string | null; idempotency_key: string };
const storedOf = (kioskId: string) =>
  stack.sql<Stored>('select submitted_at, created_at, channel, comment, idempotency_key from feedback where kiosk_device_id = $1 order by submitted_at', [kioskId]);

/** What waits in the tablet's queue (IndexedDB), as the page sees it. */
const queueOf = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('suara-kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('queue').objectStore('queue').getAll();
          request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
          request.onerror = () => reject(request.error);
        };
      }),
  );

const putInQueue = (page: Page, items: Array<Record<string, unknown>>) =>
  page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('suara-kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('queue', 'readwrite');
          for (const row of rows) tx.objectStore('queue').put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    items,
  );

const waiting = (page: Page) => page.getByTestId('kiosk-waiting');

describe('pairing a tablet', () => {
  it('pairs with the code typed in lower case without its dash, and keeps neither code nor token in the address', async () => {
    const kiosk = await registerKiosk();
    const { page, context } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    await pair(page, kiosk.code);
    expect(page.url()).toBe(`${tabletPortal.url}/kiosk`);
    await page.getByRole('button', { name: kiosk.services[0]!.name }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'suara_kiosk')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/kiosk' });
    expect(cookie.expires * 1000 - Date.now()).toBeGreaterThan(399 * 24 * 3600 * 1000);
  });

  it('opening the QR code’s address shows the code filled in and pairs only when the button is pressed', async () => {
    const kiosk = await registerKiosk();
    const { page, context } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    await page.goto(`${tabletPortal.url}/kiosk/pasang?kode=${kiosk.code}`);
    expect(await page.getByLabel('Masukkan kode pemasangan').inputValue()).toBe(kiosk.code);
    expect((await context.cookies()).some((c) => c.name === 'suara_kiosk')).toBe(false);
    const pending = await api<{ kiosks: Array<{ id: string; pairingExpiresAt: string | null }> }>('{ kiosks(regionSlug: "mataram") { id pairingExpiresAt } }');
    expect(pending.kiosks.find((k) => k.id === kiosk.id)?.pairingExpiresAt).not.toBeNull();
    await page.getByRole('button', { name: 'Pasangkan' }).click();
    await page.waitForURL(`${tabletPortal.url}/kiosk`);
    await kioskReady(page);
  });

  it('says beside the field when a code is wrong, pairs nothing, and pairs with the right code typed next', async () => {
    const { page, context, allowConsoleError } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    // The refused form answers 400, which Chromium reports on the console.
    allowConsoleError(/status of 400/);
    await page.goto(`${tabletPortal.url}/kiosk`);
    await page.getByLabel('Masukkan kode pemasangan').fill('AAAA-AAAA');
    await page.getByRole('button', { name: 'Pasangkan' }).click();
    const field = page.getByLabel('Masukkan kode pemasangan');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#kiosk-code-error').innerText()).toContain('Kode ini salah');
    expect((await context.cookies()).some((c) => c.name === 'suara_kiosk')).toBe(false);
    const kiosk = await registerKiosk();
    await field.fill(kiosk.code);
    await page.getByRole('button', { name: 'Pasangkan' }).click();
    await page.waitForURL(`${tabletPortal.url}/kiosk`);
    await kioskReady(page);
  });

  it('a revoked kiosk shows the pairing form saying it is no longer registered', async () => {
    const kiosk = await registerKiosk();
    const { page, context } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    await pair(page, kiosk.code);
    await api('mutation ($id: ID!) { revokeKiosk(id: $id) { id } }', { id: kiosk.id });
    await page.reload();
    await page.getByText('Kios ini tidak lagi terdaftar').waitFor();
    expect((await context.cookies()).some((c) => c.name === 'suara_kiosk')).toBe(false);
  });
});

describe('a citizen at the counter', () => {
  it('rates a Disdukcapil service by keyboard alone, and the rating is stored with the channel KIOSK', async () => {
    const kiosk = await registerKiosk();
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    await pair(page, kiosk.code);
    const service = kiosk.services[0]!;
    // The heading has the focus; the first service is the next stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(service.name);
    await page.keyboard.press('Enter');
    for (const [i, element] of SKM_ELEMENTS.entries()) {
      await page.getByRole('heading', { level: 1, name: ELEMENT_TEXT.id[element].question }).waitFor();
      expect(await page.getByRole('progressbar').getAttribute('aria-label')).toBe(`Pertanyaan ${i + 1} dari 9`);
      // Focus is on the new question's heading, so the keys answer it.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await page.keyboard.press(String((i % 4) + 1));
    }
    await page.getByRole('heading', { name: 'Tentang Anda (boleh dilewati)' }).waitFor();
    await page.getByRole('button', { name: '30–39 tahun' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lanjut' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Komentar Anda').focus();
    await page.keyboard.type('Antrean tertib, petugas ramah.');
    await page.getByRole('button', { name: 'Kirim penilaian' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    await expect.poll(async () => (await storedOf(kiosk.id)).length, { timeout: 15_000 }).toBe(1);
    const [row] = await storedOf(kiosk.id);
    expect(row!.channel).toBe('KIOSK');
    expect(row!.comment).toBe('Antrean tertib, petugas ramah.');
    // The thank-you screen returns to the start by itself.
    await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor({ timeout: 10_000 });
  });

  it('clears every answer after a minute without a touch, after asking whether anyone is still there', async () => {
    const kiosk = await registerKiosk();
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    await page.clock.install();
    await pair(page, kiosk.code);
    const service = kiosk.services[0]!;
    await page.getByRole('button', { name: service.name, exact: true }).click();
    await page.getByRole('button', { name: ELEMENT_TEXT.id.PERSYARATAN.answers[0], exact: true }).click();
    await page.getByRole('button', { name: ELEMENT_TEXT.id.SISTEM_MEKANISME_PROSEDUR.answers[1], exact: true }).click();
    await page.clock.fastForward(61_000);
    await page.getByRole('alertdialog', { name: 'Masih di sini?' }).waitFor();
    await page.clock.fastForward(21_000);
    await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor();
    // The next citizen starts from nothing: no answer chosen, back on question 1.
    await page.getByRole('button', { name: service.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ELEMENT_TEXT.id.PERSYARATAN.question }).waitFor();
    expect(await page.locator('[aria-pressed="true"]').count()).toBe(0);
    expect(await page.getByRole('progressbar').getAttribute('aria-label')).toBe('Pertanyaan 1 dari 9');
  });
});

describe('a kiosk whose network is gone', () => {
  it('keeps three ratings made offline, also across a reload, and sends them once each with the times they were given', async () => {
    const kiosk = await registerKiosk();
    const session = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    const { page } = session;
    // With the portal gone every try to send is a refused connection, which Chromium reports.
    session.allowConsoleError(/ERR_CONNECTION_REFUSED|Failed to fetch|Failed to load resource/);
    await pair(page, kiosk.code);
    await offlineReady(page);
    const service = kiosk.services[0]!.name;
    const times: Array<[number, number]> = [];
    const rateTimed = async () => {
      const before = Date.now();
      await rateByTouch(page, service);
      times.push([before, Date.now()]);
    };

    await tabletPortal.stop();
    await rateTimed();
    await rateTimed();
    await expect.poll(() => waiting(page).innerText()).toBe('2 menunggu dikirim');
    // A reload with the portal unreachable: the service worker's copy opens, and works.
    await page.reload();
    await kioskReady(page);
    await expect.poll(() => waiting(page).innerText()).toBe('2 menunggu dikirim');
    await rateTimed();
    await expect.poll(() => waiting(page).innerText()).toBe('3 menunggu dikirim');
    expect(await storedOf(kiosk.id)).toHaveLength(0);
    const queued = await queueOf(page);
    expect(queued).toHaveLength(3);

    await tabletPortal.start();
    await page.reload();
    await kioskReady(page);
    await expect.poll(async () => (await queueOf(page)).length, { timeout: 30_000 }).toBe(0);
    await expect.poll(() => waiting(page).count()).toBe(0);
    const stored = await storedOf(kiosk.id);
    expect(stored).toHaveLength(3);
    stored.forEach((row, i) => {
      expect(row.channel).toBe('KIOSK');
      // Counted when the citizen answered, not when the network came back.
      const [from, to] = times[i]!;
      expect(row.submitted_at.getTime()).toBeGreaterThanOrEqual(from - 1_000);
      expect(row.submitted_at.getTime()).toBeLessThanOrEqual(to + 1_000);
      expect(row.created_at.getTime()).toBeGreaterThan(to);
    });
    expect(await queueOf(page)).toHaveLength(0);

    // The same queue once more, as if every answer had been lost on the way back: nothing new is stored.
    await putInQueue(page, queued.map((item) => ({ ...item, attempts: 0, nextAttemptAt: 0, state: 'waiting' })));
    await page.reload();
    await kioskReady(page);
    await expect.poll(async () => (await queueOf(page)).length, { timeout: 20_000 }).toBe(0);
    expect(await storedOf(kiosk.id)).toHaveLength(3);
  });

  it('sends 40 ratings from one kiosk, more than the limit of one network address, and every one is stored', async () => {
    const kiosk = await registerKiosk();
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    await pair(page, kiosk.code);
    const start = Date.now() - 60 * 60 * 1000;
    const service = kiosk.services[0]!;
    // 40 citizens in the last hour, as the tablet's queue holds them (the API's default is 30 per address an hour).
    const items = Array.from({ length: 40 }, (_, i) => ({
      idempotencyKey: crypto.randomUUID(),
      serviceId: service.id,
      serviceSlug: 'x',
      serviceName: service.name,
      timeZone: 'Asia/Makassar',
      scores: SKM_ELEMENTS.map(() => 1 + (i % 4)),
      respondent: null,
      comment: null,
      answeredAt: new Date(start + i * 60_000).toISOString(),
      attempts: 0,
      lastError: null,
      state: 'waiting',
    }));
    await putInQueue(page, items);
    await page.reload();
    await kioskReady(page);
    await expect.poll(async () => (await queueOf(page)).length, { timeout: 45_000 }).toBe(0);
    const stored = await storedOf(kiosk.id);
    expect(stored).toHaveLength(40);
    expect(new Set(stored.map((r) => r.idempotency_key))).toEqual(new Set(items.map((i) => i.idempotencyKey)));
  });
});

describe('staff on the tablet', () => {
  it('see a rating too old to send, download it as a CSV the SKM import accepts, delete it, and unpair', async () => {
    const kiosk = await registerKiosk();
    const { page, context } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    await pair(page, kiosk.code);
    const [service] = await stack.sql<{ id: string; slug: string; name: string }>('select id, slug, name from public_service where id = $1', [kiosk.services[0]!.id]);
    // Answered 8 days ago and never sent: the API would refuse it, so the tablet keeps it for paper.
    const old = {
      idempotencyKey: crypto.randomUUID(),
      serviceId: service!.id,
      serviceSlug: service!.slug,
      serviceName: service!.name,
      timeZone: 'Asia/Makassar',
      scores: [4, 3, 3, 4, 3, 3, 4, 3, 2],
      respondent: { ageGroup: '30-39', gender: 'P', education: 'SMA', occupation: 'WIRAUSAHA' },
      comment: 'Antre lama, tapi "ramah", terima kasih',
      answeredAt: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString(),
      attempts: 0,
      lastError: null,
      state: 'waiting',
    };
    await putInQueue(page, [old]);
    await page.reload();
    await kioskReady(page);
    await expect.poll(async () => (await queueOf(page))[0]?.state).toBe('stale');
    expect(await storedOf(kiosk.id)).toHaveLength(0);

    await signIn(page, tabletPortal.url, 'moderator@mataram.demo', DEMO_PASSWORD, `/masuk?ke=${encodeURIComponent('/kiosk/petugas')}`);
    await page.waitForURL(`${tabletPortal.url}/kiosk/petugas`);
    await expect.poll(() => page.getByTestId('kiosk-staff-stale').innerText()).toBe('1');
    // The list marks that there is a comment, never its words.
    expect(await page.locator('table').innerText()).not.toContain('Antre lama');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,komentar,umur,jenis_kelamin,pendidikan,pekerjaan,no_kuesioner');
    // The file imports as a paper questionnaire of Mataram without a problem (a dry run stores nothing).
    const { login } = await api<{ login: { token: string } }>('mutation { login(email: "hr@mataram.demo", password: "suara-demo") { token } }', {}, null);
    const { importHrData } = await api<{ importHrData: { imported: number; problemCount: number } }>(
      'mutation ($input: ImportHrDataInput!) { importHrData(input: $input) { imported problemCount } }',
      { input: { kind: 'SKM', regionSlug: 'mataram', csv, dryRun: true } },
      login.token,
    );
    expect(importHrData).toEqual({ imported: 1, problemCount: 0 });

    await page.getByRole('button', { name: 'Hapus penilaian yang sudah diunduh' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Hapus penilaian yang sudah diunduh' }).click();
    await page.getByText('1 penilaian dihapus dari tablet ini.').waitFor();
    expect(await queueOf(page)).toHaveLength(0);

    await page.getByRole('button', { name: 'Lepaskan pemasangan kios' }).click();
    await page.waitForURL(`${tabletPortal.url}/kiosk`);
    await page.getByLabel('Masukkan kode pemasangan').waitFor();
    expect((await context.cookies()).some((c) => c.name === 'suara_kiosk')).toBe(false);
  });
});

describe('accessibility', () => {
  const axe = async (page: Page, screen: string) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${screen}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  it('every kiosk screen passes axe, and every button is at least 48 px each way', async () => {
    const kiosk = await registerKiosk();
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 800 } });
    const bigEnough = async (screen: string) => {
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.kiosk button, .kiosk input, .kiosk textarea')]
          .map((el) => ({ text: (el.textContent ?? '').trim() || el.id, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 48 || box.height < 48)
          .map(({ text }) => text),
      );
      expect(small, screen).toEqual([]);
    };
    await page.goto(`${tabletPortal.url}/kiosk`);
    await axe(page, 'pairing');
    await bigEnough('pairing');
    await pair(page, kiosk.code);
    await axe(page, 'service choice');
    await bigEnough('service choice');
    await page.getByRole('button', { name: kiosk.services[0]!.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ELEMENT_TEXT.id.PERSYARATAN.question }).waitFor();
    await axe(page, 'question');
    await bigEnough('question');
    for (const element of SKM_ELEMENTS) await page.getByRole('button', { name: ELEMENT_TEXT.id[element].answers[3], exact: true }).click();
    await page.getByRole('heading', { name: 'Tentang Anda (boleh dilewati)' }).waitFor();
    await axe(page, 'profile');
    await bigEnough('profile');
    await page.getByRole('button', { name: 'Lewati' }).click();
    await page.getByLabel('Komentar Anda').waitFor();
    await axe(page, 'comment');
    await bigEnough('comment');
    await page.getByRole('button', { name: 'Kirim tanpa komentar' }).click();
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    await axe(page, 'thanks');
    // English, switched on the tablet without the server.
    await page.getByRole('button', { name: 'Kembali ke awal' }).click();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'How was our service today?' }).waitFor();
    expect(await page.locator('.kiosk').getAttribute('lang')).toBe('en');
    await axe(page, 'service choice (English)');
  });
});
