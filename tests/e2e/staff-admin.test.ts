import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/** The admin pages (issue 8): staff accounts with temporary passwords shown once, the proof-of-work switch, the audit log. */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});
const url = (path: string) => `${stack.portalUrl}${path}`;

describe('an admin', () => {
  it('creates an account whose temporary password signs in once and must be changed; deactivating it ends that', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'admin@suara.demo', undefined, '/masuk?ke=%2Fstaf%2Fadmin');
    await page.waitForURL(url('/staf/admin'));
    const email = `baru-${Date.now()}@kupang.demo`;
    await page.getByRole('textbox', { name: 'Nama lengkap' }).fill('Staf Baru');
    await page.getByRole('textbox', { name: 'Email kerja' }).fill(email);
    await page.getByRole('button', { name: 'Buat akun' }).click();
    const shown = await page.getByRole('status').first().innerText();
    const temporary = new RegExp(`Kata sandi sementara untuk ${email.replace(/[.]/g, '\\.')}: (\\S+)`).exec(shown)?.[1];
    expect(temporary).toBeTruthy();
    // Shown once: not in the address, and not on the next view of the page.
    expect(page.url()).not.toContain(temporary!);
    await page.goto(url('/staf/admin'));
    expect(await page.content()).not.toContain(temporary!);

    const newcomer = await openBrowser({ javaScriptEnabled: false });
    await signIn(newcomer.page, stack.portalUrl, email, temporary!);
    await newcomer.page.waitForURL(url('/staf/kata-sandi'));

    await page.getByRole('searchbox', { name: 'Cari nama atau email' }).fill(email);
    await page.getByRole('button', { name: 'Cari' }).click();
    // A role over Kupang, given and taken back.
    const card = () => page.locator('.staff-card').filter({ hasText: email });
    await card().locator('summary').click();
    await card().getByLabel('Peran baru').selectOption('MODERATOR');
    await card().getByLabel('Cakupan').selectOption({ label: 'Kota Kupang' });
    await card().getByRole('button', { name: 'Berikan peran' }).click();
    await page.waitForURL(/selesai=1/);
    await page.getByRole('searchbox', { name: 'Cari nama atau email' }).fill(email);
    await page.getByRole('button', { name: 'Cari' }).click();
    expect(await card().locator('summary').innerText()).toBe('Peran: Moderator, Kota Kupang');
    await card().locator('summary').click();
    await card().getByRole('button', { name: 'Cabut' }).click();
    await page.waitForURL(/selesai=1/);
    await page.getByRole('searchbox', { name: 'Cari nama atau email' }).fill(email);
    await page.getByRole('button', { name: 'Cari' }).click();
    expect(await card().locator('summary').innerText()).toBe('Peran: Belum ada peran');
    await page.getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.waitForURL(/selesai=1/);
    await newcomer.page.goto(url('/staf'));
    expect(new URL(newcomer.page.url()).pathname).toBe('/masuk');
  });

  it('switches a region’s proof of work on and off, and sees it in the audit log', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'admin@suara.demo', undefined, '/masuk?ke=%2Fstaf%2Fadmin%2Fwilayah');
    await page.waitForURL(url('/staf/admin/wilayah'));
    const card = page.locator('.staff-card').filter({ hasText: 'Kota Kupang' });
    const before = await card.innerText();
    const turnOn = before.includes('Tidak aktif');
    await card.getByRole('button', { name: turnOn ? 'Aktifkan pemeriksaan' : 'Matikan pemeriksaan' }).click();
    await page.waitForURL(/selesai=1/);
    expect(await page.locator('.staff-card').filter({ hasText: 'Kota Kupang' }).innerText()).toContain(turnOn ? 'Aktif' : 'Tidak aktif');
    const [row] = await stack.sql<{ proof_of_work_required: boolean }>(`select proof_of_work_required from region where slug = 'kupang'`);
    expect(row?.proof_of_work_required).toBe(turnOn);
    await page.getByRole('link', { name: 'Log audit' }).click();
    await page.waitForURL(url('/staf/admin/audit'));
    expect(await page.locator('.audit-log > li').first().innerText()).toContain('Wilayah diubah');
  });
});
