import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * HR at work on issue 9's loop, in real Chromium without JavaScript: the needs page puts the
 * puskesmas whose citizens complain about staff behaviour at the top for Pelayanan Publik, with its
 * evidence and suggested programs; the plan page spends a budget without going over it, and the CSV
 * it links to holds one row per participant of the plan shown.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const rupiahOf = (text: string) => Number(text.replace(/\D/g, ''));

describe('HR needs and plan', () => {
  it('shows Puskesmas Simboro first for Pelayanan Publik, with evidence, participation and suggested programs', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/sdm')}`);
    await page.waitForURL('**/staf/sdm');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kebutuhan pengembangan kompetensi');
    await page.getByLabel('Kompetensi', { exact: true }).selectOption({ label: 'Pelayanan Publik' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/kompetensi=/);

    const top = page.locator('ol.development-needs > li').first();
    expect(await top.getByRole('heading', { level: 2 }).innerText()).toMatch(/Simboro.*Pelayanan Publik/);
    const text = await top.innerText();
    expect(text).toMatch(/Prioritas \d/);
    expect(text).toMatch(/Sinyal umpan balik warga\s+\d+(,\d)?% nilai rendah \([\d.]+ dari [\d.]+ nilai/);
    expect(text).toMatch(/Kesenjangan kompetensi\s+\d(,\d+)? level di bawah standar/);
    expect(text).toContain('Partisipasi pelatihan');
    // Programs that target it, each with its owner office and its measured impact elsewhere (or that it has none yet).
    const programs = top.getByRole('table');
    expect(await programs.getByRole('columnheader', { name: 'Dampak terukur di tempat lain' }).count()).toBe(1);
    const rows = programs.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().innerText()).toMatch(/BKPSDM .+\t.*\t(belum terukur|[+−-]?\d+(,\d+)? poin pada skala 1–4)/);
    expect(await rows.first().getByRole('link').getAttribute('href')).toMatch(/^\/staf\/sdm\/program\/[0-9a-f-]{36}$/);
    // Facilities are shown apart, never as a people need.
    expect(await page.getByRole('heading', { name: 'Masalah sarana prasarana' }).count()).toBe(1);
    expect(await page.locator('ol.development-needs').innerText()).not.toContain('Sarana');
  });

  it('plans within a budget typed as 50.000.000, and the CSV holds the same participants', async () => {
    const { page, context, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    allowConsoleError(/status of 400/);
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/sdm/rencana')}`);
    await page.waitForURL('**/staf/sdm/rencana');
    const nextYear = String(new Date().getFullYear() + 1);
    expect(await page.getByLabel('Tahun rencana').inputValue()).toBe(nextYear);

    // A budget nobody can read is refused on its field, and nothing is planned.
    await page.getByLabel('Anggaran (rupiah)').fill('lima puluh juta');
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.waitForURL(/anggaran=/);
    expect(await page.getByRole('alert').innerText()).toContain('Tulis anggaran dalam rupiah bulat');
    expect(await page.locator('table.plan-items').count()).toBe(0);

    await page.getByLabel('Anggaran (rupiah)').fill('50.000.000');
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.waitForURL(/anggaran=50\.000\.000/);
    const spent = rupiahOf(await page.getByTestId('plan-spent').innerText());
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(50_000_000);
    const items = page.locator('table.plan-items tbody tr');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().innerText()).toMatch(/Rp [\d.]+/);
    const participants = Number((await page.getByRole('row', { name: /^Peserta/ }).getByRole('cell').innerText()).replace(/\D/g, ''));
    expect(participants).toBeGreaterThan(0);

    const href = await page.getByRole('link', { name: 'Unduh rencana (CSV untuk Excel)' }).getAttribute('href');
    expect(href).toMatch(/^\/staf\/sdm\/rencana\.csv\?/);
    const response = await context.request.get(`${stack.portalUrl}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="rencana-pengembangan-mamuju-${nextYear}.csv"`);
    expect(response.headers()['cache-control']).toBe('no-store');
    const body = (await response.body()).toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    const lines = body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Peringkat;Unit;Kompetensi;Prioritas;Program;Biaya per peserta (Rp);Biaya butir (Rp);NIP;Nama;Alasan peserta;Penjelasan');
    expect(lines).toHaveLength(participants + 1);
    expect(lines[1]).toMatch(/^1;/);
    // Each item's cost once per item: together what the page says was spent.
    const costs = new Map(lines.slice(1).map((l) => l.split(';')).map((cells) => [cells[0], Number(cells[6])]));
    expect([...costs.values()].reduce((s, c) => s + c, 0)).toBe(spent);

    // Without a session the file is not given out.
    const anonymous = await fetch(`${stack.portalUrl}${href}`, { redirect: 'manual' });
    expect(anonymous.status).not.toBe(200);
  });
});
