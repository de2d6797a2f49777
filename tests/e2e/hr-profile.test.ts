import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * HR's insight pages (issue 9, points 10 and 12): from the competency heatmap to one employee's
 * profile with gaps and JP, a target position kept for them, and the Potensi page.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});
const url = (path: string) => `${stack.portalUrl}${path}`;

describe('HR of Mamuju', () => {
  it('follows the heatmap to an employee’s profile, sees a gap and JP, and keeps a target position for them', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fsdm%2Fpeta');
    await page.waitForURL(url('/staf/sdm/peta'));

    // The heatmap is a table with numbers in its cells, not colour alone.
    const table = page.getByRole('table', { name: /Rata-rata kesenjangan kompetensi per unit/ });
    await expect(table.isVisible()).resolves.toBe(true);
    const firstCell = (await table.locator('tbody td').first().innerText()).trim();
    expect(firstCell).toMatch(/^(\d+,\d{2}|–)/);

    // The unit whose citizens complain about staff behaviour, then one of its employees.
    await table.getByRole('link', { name: 'Puskesmas Simboro', exact: true }).click();
    await page.waitForURL(/unit=/);
    const employees = page.getByRole('table', { name: /Pegawai .*Simboro/ });
    // Not the head: the story's gaps are in the staff who serve citizens.
    const person = employees.locator('tbody tr').filter({ hasNotText: 'Kepala' }).first().locator('th a');
    const name = (await person.innerText()).trim();
    await person.click();
    await page.waitForURL(/\/staf\/sdm\/pegawai\//);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`Profil kompetensi: ${name}`);
    await expect(page.getByRole('button', { name: 'Cetak' }).isVisible()).resolves.toBe(true);

    // A gap on the standard, and the JP of the year against 20.
    const competencies = page.getByRole('table', { name: /Kompetensi .*standar jabatan/ });
    const gaps = await competencies.locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(gaps.some((g) => Number(g) > 0)).toBe(true);
    expect(await page.locator('.profile-facts').innerText()).toMatch(/\d+ dari 20 JP/);

    // Compare with the unit head's position, then keep it as the target.
    const picker = page.getByLabel('Bandingkan dengan jabatan');
    const head = await picker.locator('option', { hasText: /^Kepala/ }).first().getAttribute('value');
    await picker.selectOption(head!);
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await page.waitForURL(/target=/);
    await expect(competencies.locator('thead').innerText()).resolves.toContain('Kesenjangan jabatan tujuan');
    await page.getByRole('button', { name: /Tetapkan .* sebagai jabatan tujuan/ }).click();
    await page.waitForURL(/selesai=tujuan/);
    expect(await page.getByRole('status').innerText()).toContain('Jabatan tujuan disimpan.');
    expect(await page.locator('.profile-facts').innerText()).toMatch(/Jabatan tujuan\s+Kepala/);
  });

  it('sees someone above their standard on the Potensi page and records an activity for them', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    allowConsoleError(/status of 400/); // the refused form answers 400, as it should
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fsdm%2Fpotensi');
    await page.waitForURL(url('/staf/sdm/potensi'));
    const rows = page.getByRole('table', { name: /Pegawai di atas standar jabatan/ }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('td').nth(5).innerText()).toMatch(/^\+\d$/);

    // A bad form keeps what was typed and names the field.
    await page.getByLabel('Pegawai', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Judul kegiatan').fill('x');
    await page.getByLabel('Tanggal mulai').fill('2026-03-01');
    await page.getByRole('button', { name: 'Catat kegiatan' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Judul harus 3–200 karakter.');
    await page.getByLabel('Judul kegiatan').fill('Membimbing pegawai baru di loket');
    await page.getByLabel('Jenis kegiatan').selectOption('MENTORING_OTHERS');
    await page.getByRole('button', { name: 'Catat kegiatan' }).click();
    await page.waitForURL(/selesai=kegiatan/);
    expect(await page.getByRole('status').innerText()).toContain('Kegiatan pengembangan dicatat.');
  });

  it('sees who is overdue for assessment', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fsdm%2Fpenilaian');
    await page.waitForURL(url('/staf/sdm/penilaian'));
    await expect(page.getByLabel('Siklus penilaian (bulan)').inputValue()).resolves.toBe('24');
    const table = page.getByRole('table', { name: /Cakupan penilaian per unit/ });
    expect(await table.locator('summary').count()).toBeGreaterThan(0);
  });
});
