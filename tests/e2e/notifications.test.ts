import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * The notification outbox in real Chromium (issue 11, point 8; decision record 0035). The stack has
 * no SMTP_URL, so the demo's notices wait: Mataram's moderator finds them on /staf/notifikasi — the
 * officers' and the citizen's, the citizen's address masked — filters them by status without
 * JavaScript; the licensing officer sees only the notices addressed to them.
 */
let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the notification outbox', () => {
  it('lists the region’s notifications to its moderator, with their status, and filters them without JavaScript', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/notifikasi')}`);
    await page.waitForURL('**/staf/notifikasi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Notifikasi');
    await expect.poll(() => page.getByRole('navigation', { name: 'Navigasi staf' }).getByRole('link', { name: 'Notifikasi' }).count()).toBe(1);

    const table = page.getByRole('table', { name: 'Notifikasi, terbaru lebih dulu' });
    const text = await table.innerText();
    expect(text).toContain('Komentar baru');
    expect(text).toContain('Lewat tenggat');
    expect(text).toContain('Jawaban untuk warga');
    expect(text).toContain('Menunggu');
    expect(text).toContain('Terkirim');
    expect(text).toContain('officer@mataram.demo');
    // The citizen's address is for the unit answering: masked here.
    expect(text).toMatch(/w•••@contoh\.id/);
    expect(text).not.toMatch(/warga\d+@contoh\.id/);

    await page.getByLabel('Status').selectOption({ label: 'Terkirim' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/status=SENT/);
    const rows = page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) expect(await row.innerText()).toContain('Terkirim');
  });

  it('shows an officer only the notifications addressed to them, in an accessible page', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    await signIn(page, stack.portalUrl, 'officer@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/notifikasi')}`);
    await page.waitForURL('**/staf/notifikasi');
    await waitForHydration(page);
    const rows = page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) expect(await row.innerText()).toContain('officer@mataram.demo');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id} — ${v.help}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
