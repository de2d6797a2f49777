import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * The head of region's weekly view (/staf/pimpinan), in real Chromium on the demo world: each
 * region's story is there at a glance (Kupang's public-works decline as an alert, Sawahlunto's
 * licensing office and Mataram's civil registry rising after their training, Mamuju's puskesmas and
 * its staff behaviour), the numbers equal the public pages' for the same days, the tables download
 * as CSV, the filters work without JavaScript, another region's mayor is refused, and the page is
 * accessible on a phone and prints without its navigation.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const PAGE = '/staf/pimpinan';
const decimal = (text: string) => Number(text.replace(/\./g, '').replace(',', '.').replace('−', '-'));

async function openAs(page: Page, email: string, path = PAGE): Promise<void> {
  await signIn(page, stack.portalUrl, email, undefined, `/masuk?ke=${encodeURIComponent(path)}`);
  await page.waitForURL((url) => url.pathname === PAGE);
  // With JavaScript the address changes before the page does: wait for the dashboard itself.
  await page.getByRole('heading', { level: 1, name: /^Kualitas layanan / }).waitFor();
}

/** A table's body as text cells, its header row first. */
async function tableCells(page: Page, name: RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name });
  return table.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())));
}

/** Minimal RFC 4180 reading of our `;` files: quoted cells with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('the head of region’s dashboard', () => {
  it('shows the Wali Kota of Kupang the public-works decline as an alert, with the elements that fell', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await openAs(page, 'mayor@kupang.demo');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kualitas layanan Kota Kupang');
    expect(await page.locator('.lead').innerText()).toContain('Dasbor Wali Kota');
    expect(await page.title()).toBe('Dasbor Wali Kota — kualitas layanan Kota Kupang · Suara');
    expect(await page.getByRole('navigation', { name: /staf/i }).getByRole('link', { name: 'Kualitas layanan' }).count()).toBe(1);

    const alert = page.locator('.alert-card', { hasText: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).first();
    const text = await alert.innerText();
    expect(text).toMatch(/IKM turun \d+,\d\d poin, dari \d+,\d\d \(mutu [A-D] — [\w ]+\) pada .+ menjadi \d+,\d\d/);
    expect(text).toMatch(/dari [\d.]+ dan [\d.]+ nilai/);
    expect(text).toMatch(/Unsur yang paling turun: (Waktu Penyelesaian|Penanganan Pengaduan, Saran dan Masukan|Kompetensi Pelaksana|Sarana dan Prasarana)/);
    expect(await alert.getByRole('link', { name: 'Lihat tren unit ini' }).getAttribute('href')).toMatch(/^\/staf\/pimpinan\?unit=[0-9a-f-]{36}#tren$/);
    // A mayor is not HR: no link to HR's pages.
    expect(await alert.getByRole('link', { name: /SDM/ }).count()).toBe(0);

    // The same alert in the table, and the overview says which period is running.
    const rows = await tableCells(page, /Peringatan penurunan/);
    const pupr = rows.find((r) => r[0] === 'Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(pupr?.[1]).toBe('Unit');
    expect(pupr?.[5]).toMatch(/^▼ turun \d+,\d\d$/);
    expect(await page.getByTestId('overview-current').innerText()).toMatch(/berjalan/);
  });

  it('shows Sawahlunto’s licensing office rising after the OSS training, by quarter, with JavaScript off', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await openAs(page, 'mayor@sawahlunto.demo');
    await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' });
    await page.getByLabel('Kelompokkan per').selectOption({ label: 'Triwulan' });
    await page.getByRole('button', { name: 'Tampilkan' }).last().click();
    await page.waitForURL(/per=triwulan/);
    expect(page.url()).toMatch(/unit=[0-9a-f-]{36}/);
    expect(await page.getByTestId('filters-in-words').innerText()).toContain('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
    const rows = (await tableCells(page, /Data tren IKM per triwulan/)).slice(1);
    const ikm = new Map(rows.map((r) => [r[0], decimal(r[4]!)]));
    const q1 = ikm.get('Triwulan I 2026');
    const q3 = ikm.get('Triwulan III 2026');
    expect(q1).toBeGreaterThan(25);
    expect(q3! - q1!).toBeGreaterThan(3);
    expect(await page.locator('svg.chart').first().getAttribute('role')).toBe('img');

    // The ranking over the running survey period: DPMPTSP up against the equal period before.
    await page.getByRole('link', { name: 'Periode survei berjalan' }).click();
    await page.waitForURL(/rentang=periode/);
    const ranking = await tableCells(page, /Peringkat unit menurut IKM/);
    const dpmptsp = ranking.find((r) => r[1] === 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
    expect(dpmptsp?.[6]).toMatch(/^▲ naik \d+,\d\d$/);

    // The training behind it, measured.
    const program = page.locator('.impact-program', { hasText: 'OSS RBA' });
    expect(await program.count()).toBe(1);
    const impact = await program.locator('tbody tr', { hasText: 'Dinas Penanaman Modal' }).first().innerText();
    expect(impact).toMatch(/▲ naik \d+,\d\d/);
  });

  it('shows Mataram’s civil registry rising after its service-excellence course', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await openAs(page, 'mayor@mataram.demo', `${PAGE}?per=triwulan`);
    const units = await page.getByLabel('Unit', { exact: true }).locator('option').allInnerTexts();
    expect(units).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Dinas Kependudukan dan Pencatatan Sipil' });
    await page.getByRole('button', { name: 'Tampilkan' }).last().click();
    await page.waitForURL(/unit=/);
    const rows = (await tableCells(page, /Data tren IKM per triwulan/)).slice(1);
    const ikm = new Map(rows.map((r) => [r[0], decimal(r[4]!)]));
    expect(ikm.get('Triwulan III 2026')! - ikm.get('Triwulan I 2026')!).toBeGreaterThan(3);
    const program = page.locator('.impact-program', { hasText: 'Pelatihan Pelayanan Prima' });
    expect(await program.locator('tbody tr', { hasText: 'Dinas Kependudukan dan Pencatatan Sipil' }).first().innerText()).toMatch(/▲ naik \d+,\d\d/);
  });

  it('shows the Bupati of Mamuju the puskesmas’ low marks for staff behaviour', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await openAs(page, 'mayor@mamuju.demo', `${PAGE}?unsur=PERILAKU_PELAKSANA`);
    expect(await page.locator('.lead').innerText()).toContain('Dasbor Bupati');
    expect(await page.title()).toMatch(/^Dasbor Bupati — /);
    expect(await page.getByRole('checkbox', { name: 'Perilaku Pelaksana' }).isChecked()).toBe(true);
    const regionRows = (await tableCells(page, /Data tren IKM per bulan/)).slice(1);
    const mean = (rows: string[][]) => {
      const values = rows.map((r) => r[6]!).filter((v) => v !== '—').map(decimal);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Puskesmas Simboro' });
    await page.getByRole('button', { name: 'Tampilkan' }).last().click();
    await page.waitForURL(/unit=/);
    expect(page.url()).toContain('unsur=PERILAKU_PELAKSANA');
    const header = (await tableCells(page, /Data tren IKM per bulan/))[0]!;
    expect(header[6]).toBe('Perilaku Pelaksana');
    const unitRows = (await tableCells(page, /Data tren IKM per bulan/)).slice(1);
    expect(mean(unitRows)).toBeLessThan(mean(regionRows) - 0.2);
    expect(await page.getByRole('img', { name: /Perilaku Pelaksana per bulan/ }).count()).toBe(1);
  });

  it('shows the same numbers as the service page and the region page for the same days', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await openAs(page, 'mayor@mataram.demo');
    // The default range is the service pages' "last 12 months".
    await page.getByLabel('Layanan', { exact: true }).selectOption({ label: 'Penerbitan KTP Elektronik' });
    await page.getByRole('button', { name: 'Tampilkan' }).last().click();
    await page.waitForURL(/layanan=/);
    const summary = await page.getByTestId('range-summary').innerText();
    const ikm = /IKM (\d+,\d\d)/.exec(summary)?.[1];
    expect(ikm).toBeTruthy();
    const words = await page.getByTestId('filters-in-words').innerText();
    expect(words).toContain('12 bulan terakhir');

    await page.goto(`${stack.portalUrl}/layanan/mataram-ktp-el`);
    expect(await page.locator('.satisfaction__ikm').innerText()).toBe(ikm);

    // A unit's row of the ranking equals the unit's line on the region page (also the last 12 months).
    await page.goto(`${stack.portalUrl}${PAGE}`);
    const ranking = await tableCells(page, /Peringkat unit menurut IKM/);
    const row = ranking.find((r) => r[1] === 'Dinas Kependudukan dan Pencatatan Sipil')!;
    await page.goto(`${stack.portalUrl}/wilayah/mataram`);
    const unit = page.locator('li.unit', { has: page.getByRole('heading', { name: /^Dinas Kependudukan dan Pencatatan Sipil/ }) });
    expect(await unit.locator('.unit__score').innerText()).toBe(`IKM ${row[2]} (${row[3]!.replace(/ \((.+)\)$/, ' — $1')}) dari ${row[4]} penilaian`);
  });

  it('refuses the mayor of Kupang Mataram’s dashboard and its downloads', async () => {
    const { page, context, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    allowConsoleError(/status of 403/);
    await openAs(page, 'mayor@kupang.demo');
    const response = await page.goto(`${stack.portalUrl}${PAGE}?wilayah=mataram`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('main').innerText()).not.toContain('Kota Mataram');
    const csv = await context.request.get(`${stack.portalUrl}/staf/pimpinan.csv?wilayah=mataram&tabel=peringkat`);
    expect(csv.status()).toBe(403);
  });

  it('names a bad filter and shows the defaults instead of failing', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await openAs(page, 'hr@kupang.demo', `${PAGE}?per=hari&dari=2026-02-30&sampai=2026-03-01&unit=bukan-unit`);
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('Pengelompokan itu tidak dikenal');
    expect(alert).toContain('Tanggal harus berupa tanggal yang ada');
    expect(alert).toContain('Unit itu bukan unit pelayanan daerah ini');
    expect(await page.getByTestId('filters-in-words').innerText()).toContain('12 bulan terakhir');
    // HR of the region sees the link to the development needs beside an alert.
    expect(await page.locator('.alert-card').first().getByRole('link', { name: 'Kebutuhan pengembangan (SDM)' }).getAttribute('href')).toBe('/staf/sdm');
  });

  it('downloads every table as a CSV file with the rows shown on the page', async () => {
    const { page, context } = await openBrowser({ javaScriptEnabled: false });
    await openAs(page, 'mayor@kupang.demo', `${PAGE}?per=triwulan&unsur=WAKTU_PENYELESAIAN`);
    const links = page.getByRole('link', { name: /Unduh tabel ini \(CSV\)/ });
    expect(await links.count()).toBe(4);
    const expected: Record<string, RegExp> = { trend: /Data tren IKM/, peringkat: /Peringkat unit menurut IKM/, peringatan: /Peringatan penurunan/ };
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^\/staf\/pimpinan\.csv\?/);
      const table = new URLSearchParams(href.split('?')[1]).get('tabel')!;
      expect(href).toContain('per=triwulan');
      const response = await context.request.get(`${stack.portalUrl}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers()['cache-control']).toBe('no-store');
      expect(response.headers()['content-disposition']).toMatch(new RegExp(`^attachment; filename="kualitas-layanan-kupang-${table}-\\d{4}-\\d\\d-\\d\\d-\\d{4}-\\d\\d-\\d\\d\\.csv"$`));
      const body = (await response.body()).toString('utf8');
      expect(body.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(body.slice(1));
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
      if (expected[table]) {
        const shown = await tableCells(page, expected[table]);
        expect(rows[0]).toEqual(shown[0]);
        expect(rows.length).toBe(shown.length);
      }
      if (table === 'trend') expect(rows[0]).toContain('Waktu Penyelesaian');
      // Without a session the file is not given out.
      const anonymous = await fetch(`${stack.portalUrl}${href}`, { redirect: 'manual' });
      expect(anonymous.status).toBe(303);
    }
    // A table nobody offers is a bad request, not a 500.
    expect((await context.request.get(`${stack.portalUrl}/staf/pimpinan.csv?tabel=semua`)).status()).toBe(400);
  });

  it('has no accessibility violations axe can find on a 360 px phone, fits it, and prints without navigation or forms', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    await openAs(page, 'admin@suara.demo', `${PAGE}?wilayah=sawahlunto&unsur=KOMPETENSI_PELAKSANA&unsur=PRODUK_SPESIFIKASI`);
    await waitForHydration(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kualitas layanan Kota Sawahlunto');
    // ADMIN picks the region; the choice stays in the filters' links.
    expect(await page.getByLabel('Daerah').inputValue()).toBe('sawahlunto');
    expect(await page.getByRole('link', { name: 'Tahun lalu' }).getAttribute('href')).toMatch(/wilayah=sawahlunto/);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: /staf/i }).isVisible()).toBe(false);
    expect(await page.locator('form').first().isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /Unduh tabel ini/ }).first().isVisible()).toBe(false);
    expect(await page.getByTestId('filters-in-words').isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: /Data tren IKM/ }).isVisible()).toBe(true);
    expect(await page.locator('svg.chart').first().isVisible()).toBe(true);
  });
});
