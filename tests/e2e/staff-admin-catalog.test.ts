import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * The admin's catalogue pages (issue 8, point 1): units as a tree, services per unit whose address
 * never changes on rename, the API's refusal of a cycle beside the parent field, and each change in
 * the audit log as old → new.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});
const url = (path: string) => `${stack.portalUrl}${path}`;

/** Usable at 360 px: nothing wider than the screen. */
async function fits(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** axe needs scripts in the page, so only with JavaScript on. */
async function passesAxe(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

describe('an admin keeping the catalogue', () => {
  it('adds a unit and a service, renames the service under the same address, is refused a cycle beside the parent, and reads the rename in the audit log', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    page.setDefaultTimeout(10_000);
    // The refused cycle answers 400, which Chromium logs.
    allowConsoleError(/status of 400/);
    await signIn(page, stack.portalUrl, 'admin@suara.demo', undefined, '/masuk?ke=%2Fstaf%2Fadmin%2Fwilayah');
    await page.waitForURL(url('/staf/admin/wilayah'));
    await page.getByRole('link', { name: 'Kota Mataram' }).click();
    await page.waitForURL(url('/staf/admin/wilayah/mataram'));

    const stamp = Date.now().toString(36);
    const top = `Dinas Uji Coba ${stamp}`;
    const below = `Puskesmas Uji ${stamp}`;
    await page.getByRole('textbox', { name: 'Nama resmi unit' }).fill(top);
    await page.getByLabel('Jenis unit').selectOption('DINAS');
    await page.getByRole('button', { name: 'Tambah unit', exact: true }).click();
    await page.waitForURL(/selesai=unit-baru/);
    expect(await page.getByRole('status').innerText()).toBe('Unit dibuat.');
    await page.getByRole('textbox', { name: 'Nama resmi unit' }).fill(below);
    await page.getByLabel('Jenis unit').selectOption('PUSKESMAS');
    await page.getByLabel('Unit induk').selectOption({ label: top });
    await page.getByRole('button', { name: 'Tambah unit', exact: true }).click();
    await page.waitForURL(/selesai=unit-baru/);
    // The tree: the puskesmas is listed inside the dinas.
    const topItem = page.locator('.unit-tree > li').filter({ has: page.locator(':scope > .unit-tree__name', { hasText: top }) });
    expect(await topItem.locator('.unit-tree .unit-tree__name').innerText()).toBe(below);
    await fits(page, 'region page');

    await page.getByRole('link', { name: `Layanan ${top}` }).click();
    const name = `Izin Uji ${stamp}`;
    await page.getByRole('textbox', { name: 'Nama layanan' }).fill(name);
    await page.getByLabel('Kategori').selectOption('PERIZINAN');
    await page.getByRole('textbox', { name: 'Waktu penyelesaian (hari kerja)' }).fill('3');
    await page.getByRole('textbox', { name: 'Perkiraan pengguna setahun' }).fill('1200');
    await page.getByRole('button', { name: 'Tambah layanan', exact: true }).click();
    await page.waitForURL(/selesai=baru/);
    const card = page.locator('.staff-card').filter({ hasText: name });
    const slug = await card.locator('code').innerText();
    expect(slug).toMatch(/^izin-uji-/);
    await fits(page, 'services page');

    // The public page, seen once (and so cached) before the rename.
    const citizen = await openBrowser({ javaScriptEnabled: false });
    await citizen.page.goto(url(`/layanan/${slug}`));
    expect(await citizen.page.getByRole('heading', { level: 1 }).innerText()).toBe(name);

    await card.getByRole('link', { name: `Ubah layanan ${name}` }).click();
    const form = page.locator('#layanan-form');
    expect(await form.locator('code').innerText()).toBe(slug);
    expect(await form.innerText()).toContain('tidak pernah berubah');
    const renamed = `Izin Uji Baru ${stamp}`;
    await page.getByRole('textbox', { name: 'Nama layanan' }).fill(renamed);
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.waitForURL(/selesai=ubah/);
    expect(await page.locator('.staff-card').filter({ hasText: renamed }).locator('code').innerText()).toBe(slug);

    // Same address, the new name: the portal's page cache was purged.
    const response = await citizen.page.goto(url(`/layanan/${slug}`));
    expect(response?.status()).toBe(200);
    expect(await citizen.page.getByRole('heading', { level: 1 }).innerText()).toBe(renamed);

    // A cycle: the dinas under its own puskesmas. The API refuses; its words stand beside the field.
    await page.goto(url('/staf/admin/wilayah/mataram'));
    await page.getByRole('link', { name: `Ubah unit ${top}` }).click();
    await page.getByLabel('Unit induk').selectOption({ label: `— ${below}` });
    await page.getByRole('button', { name: 'Simpan perubahan' }).first().click();
    const refusal = page.locator('#unit-edit-induk-galat');
    expect(await refusal.innerText()).toBe('Unit tidak dapat berada di bawah dirinya sendiri atau unit bawahannya.');
    expect(await page.getByLabel('Unit induk').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe('Unit tidak dapat berada di bawah dirinya sendiri atau unit bawahannya.');
    const [stored] = await stack.sql<{ parent_id: string | null }>('select parent_id from unit where name = $1', [top]);
    expect(stored?.parent_id).toBeNull();

    // The audit log, narrowed to services by a filter kept in the address.
    await page.getByRole('link', { name: 'Log audit' }).click();
    await page.getByLabel('Jenis data').selectOption('SERVICE');
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/jenis=SERVICE/);
    const entry = page.locator('.audit-log > li').first();
    expect(await entry.locator('h2').innerText()).toBe('Layanan diubah · Layanan');
    const rows = entry.locator('.audit-changes__row');
    expect(await rows.count()).toBe(1);
    expect(await rows.locator('dt').innerText()).toBe('Nama');
    expect(await rows.locator('del').innerText()).toBe(name);
    expect(await rows.locator('ins').innerText()).toBe(renamed);
    expect(await rows.locator('dd').innerText()).toContain('→');
    await fits(page, 'audit log');

    // A unit's parent reads as the unit's name, not its id.
    await page.goto(url('/staf/admin/audit?jenis=UNIT'));
    const created = page.locator('.audit-log > li').first();
    expect(await created.locator('h2').innerText()).toBe('Unit dibuat · Unit');
    expect(await created.locator('.audit-changes__row').filter({ hasText: 'Unit induk' }).locator('ins').innerText()).toBe(top);

    // A region's details: the province, and the same old → new in the log of regions.
    const [region] = await stack.sql<{ province: string }>(`select province from region where slug = 'mataram'`);
    await page.goto(url('/staf/admin/wilayah/mataram'));
    await page.getByRole('textbox', { name: 'Provinsi' }).fill('NTB');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.waitForURL(/selesai=wilayah/);
    expect(await page.getByRole('status').innerText()).toBe('Data wilayah tersimpan.');
    await page.goto(url('/staf/admin/audit?jenis=REGION'));
    const changed = page.locator('.audit-log > li').first().locator('.audit-changes__row');
    expect(await changed.locator('dt').innerText()).toBe('Provinsi');
    expect(await changed.locator('del').innerText()).toBe(region!.province);
    expect(await changed.locator('ins').innerText()).toBe('NTB');
  }, 180_000);

  it('checks the form in the browser with the same rules and focuses the error summary', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await signIn(page, stack.portalUrl, 'admin@suara.demo', undefined, '/masuk?ke=%2Fstaf%2Fadmin%2Fwilayah%2Fkupang');
    await page.waitForURL(url('/staf/admin/wilayah/kupang'));
    await waitForHydration(page);
    await page.getByRole('textbox', { name: 'Nama resmi unit' }).fill('X');
    await page.getByRole('textbox', { name: 'Singkatan (boleh kosong)' }).fill('y'.repeat(41));
    await page.getByRole('button', { name: 'Tambah unit', exact: true }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Tulis nama, 2–200 karakter.', 'Singkatan paling banyak 40 karakter.']);
    expect(page.url()).toBe(url('/staf/admin/wilayah/kupang'));
    await passesAxe(page, 'region page with errors');
    await page.locator('.unit-tree a').first().click();
    await page.waitForURL(/\/unit\//);
    await waitForHydration(page);
    await passesAxe(page, 'services page');
    await page.goto(url('/staf/admin/audit'));
    await waitForHydration(page);
    await passesAxe(page, 'audit log');
  }, 120_000);

  it('shows the catalogue pages to admins only, without the admin navigation to others', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    allowConsoleError(/status of 403/);
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL(/\/staf/);
    const response = await page.goto(url('/staf/admin/wilayah/mataram'));
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('navigation', { name: 'Halaman admin' }).count()).toBe(0);
  });
});
