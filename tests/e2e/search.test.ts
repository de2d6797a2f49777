import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * Searching as citizens write (issue 13, decision record 0037), on the demo world: the document's
 * abbreviation, a place in the words, a misspelling answered with "Maksud Anda: …?", filters in the
 * address, previous and next pages — with JavaScript and without, on a 360 px phone, and the admin
 * page where the synonym list grows.
 */
let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

const url = (pathAndQuery: string) => `${stack.portalUrl}${pathAndQuery}`;
const results = (page: Page) => page.getByRole('region', { name: /layanan ditemukan/i });
const resultLinks = (page: Page) => results(page).locator('.card-list').getByRole('link');

async function searchFor(page: Page, words: string, javaScriptEnabled: boolean): Promise<void> {
  await page.goto(url('/'));
  if (javaScriptEnabled) await waitForHydration(page);
  await page.getByRole('searchbox', { name: /cari/i }).fill(words);
  await page.getByRole('button', { name: /cari/i }).click();
  await page.waitForURL(/\/layanan\?q=/);
  await results(page).waitFor();
}

describe('searching services as citizens write', () => {
  for (const javaScriptEnabled of [true, false]) {
    const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    it(`finds Kartu Keluarga first for KK, not the Puskesmas Kalukku, ${how}`, async () => {
      const { page } = await openBrowser({ javaScriptEnabled });
      await searchFor(page, 'KK', javaScriptEnabled);
      expect(await resultLinks(page).first().innerText()).toBe('Penerbitan Kartu Keluarga');
      expect(await results(page).getByText(/Kalukku/).count()).toBe(0);
    });

    it(`keeps to Mataram when the words name it, and says so, ${how}`, async () => {
      const { page } = await openBrowser({ javaScriptEnabled });
      await searchFor(page, 'ktp mataram', javaScriptEnabled);
      expect(await page.getByText('Hanya layanan di Kota Mataram, sesuai kata pencarian Anda.').count()).toBe(1);
      expect(await resultLinks(page).first().innerText()).toBe('Penerbitan KTP Elektronik');
      const places = await results(page).locator('.card__meta').allInnerTexts();
      expect(places.length).toBeGreaterThan(0);
      for (const place of places) expect(place).toMatch(/Kota Mataram$/);
    });

    it(`offers “Maksud Anda” for a misspelt word and follows it, ${how}`, async () => {
      const { page } = await openBrowser({ javaScriptEnabled });
      await searchFor(page, 'imunisai', javaScriptEnabled);
      const suggestion = page.getByRole('link', { name: 'imunisasi', exact: true });
      expect(await page.getByText('Maksud Anda:').count()).toBe(1);
      await suggestion.click();
      await page.waitForURL(/q=imunisasi(&|$)/);
      // With JavaScript the address changes a frame before React renders the new results.
      await expect.poll(() => page.getByText('Maksud Anda:').count()).toBe(0);
      expect(await resultLinks(page).first().innerText()).toBe('Imunisasi Dasar Anak');
    });
  }

  it('narrows a search by category and unit with the selects, and keeps them in the address, without JavaScript', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/layanan?q=pemeriksaan&wilayah=mamuju'));
    await page.getByRole('combobox', { name: 'Kategori' }).selectOption('kesehatan');
    await page.getByRole('button', { name: /cari/i }).click();
    await page.waitForURL(/kategori=kesehatan/);
    expect(new URL(page.url()).searchParams.get('wilayah')).toBe('mamuju');
    const unitSelect = page.getByRole('combobox', { name: 'Unit pelayanan' });
    const kalukku = await unitSelect.locator('option', { hasText: 'Puskesmas Kalukku' }).getAttribute('value');
    await unitSelect.selectOption(kalukku!);
    await page.getByRole('button', { name: /cari/i }).click();
    await page.waitForURL(/unit=/);
    const places = await results(page).locator('.card__meta').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain('Puskesmas Kalukku');
    expect(await page.getByRole('combobox', { name: 'Kategori' }).inputValue()).toBe('kesehatan');
  });

  it('goes to the next page of ranked results and back to the same first page, without JavaScript', async () => {
    const { services } = await stack.graphql<{ services: { totalCount: number } }>('{ services(search: "dinas") { totalCount } }');
    expect(services.totalCount).toBeGreaterThan(20); // more than one page, or this test proves nothing
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/layanan?q=dinas'));
    const firstPage = await resultLinks(page).allInnerTexts();
    expect(await page.getByRole('link', { name: 'Sebelumnya' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Berikutnya' }).click();
    await page.waitForURL(/after=/);
    const secondPage = await resultLinks(page).allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Sebelumnya' }).click();
    await page.waitForURL((u) => !u.searchParams.has('after'));
    expect(await resultLinks(page).allInnerTexts()).toEqual(firstPage);
  });

  it('fits a 360 px phone and passes axe with a suggestion, a place and filters shown', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    for (const path of ['/layanan?q=imunisai+mataram', '/layanan?q=dinas&wilayah=kupang&kategori=kesehatan', '/layanan?q=qwxzv', '/layanan?q=kk&lang=en']) {
      await page.goto(url(path));
      await waitForHydration(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${path}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
});

describe('the synonym list admins keep', () => {
  it('adds a word citizens use, and the search finds the service by it, without JavaScript', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'admin@suara.demo');
    await page.waitForURL(/\/staf/);
    await page.goto(url('/staf/admin/sinonim'));
    expect(await page.getByRole('cell', { name: 'kk', exact: true }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Istilah yang diketik warga' }).fill('Surat Sakti');
    await page.getByRole('textbox', { name: 'Kata dalam nama layanan' }).fill('legalisasi ijazah');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page.waitForURL(/selesai=tambah/);
    expect(await page.getByRole('cell', { name: 'surat sakti', exact: true }).count()).toBe(1);

    await page.goto(url('/layanan?q=surat+sakti'));
    expect(await resultLinks(page).first().innerText()).toBe('Legalisasi Ijazah dan Surat Keterangan Pengganti Ijazah');

    await page.goto(url('/staf/admin/sinonim'));
    await page.getByRole('button', { name: 'Hapus padanan “surat sakti” = “legalisasi ijazah”' }).click();
    await page.waitForURL(/selesai=hapus/);
    expect(await page.getByRole('cell', { name: 'surat sakti', exact: true }).count()).toBe(0);
  });

  it('says what to fix on an empty term, and passes axe on a phone', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    // A form with problems is answered 400, which the browser logs.
    allowConsoleError(/status of 400/);
    await signIn(page, stack.portalUrl, 'admin@suara.demo');
    await page.waitForURL(/\/staf/);
    await page.goto(url('/staf/admin/sinonim'));
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.getByText('Tulis istilahnya: 2 sampai 40 karakter.').count()).toBeGreaterThan(0);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
});
