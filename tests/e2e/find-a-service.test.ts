import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factValue, openBrowser, waitForHydration } from '../support/browser.js';
import { expectedUnitLabel, licensingService } from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * A citizen finds a service on the portal: from the home page's search or its region list to the
 * service's own page, in Indonesian or English, with JavaScript or without. Expectations are read
 * from the API of the same running stack, so they hold for any demo world that has what CONTRACT.md
 * promises: the region `mataram` (Kota Mataram), a licensing service ("izin" / "perizinan") in every
 * region, and a DPMPTSP unit.
 */

interface ServiceFacts {
  name: string;
  promisedDays: number;
  feeRupiah: number;
  unit: { name: string; abbreviation: string | null };
  region: { name: string };
}

const SERVICE_FACTS = `query ($slug: String!) {
  service(slug: $slug) { name promisedDays feeRupiah unit { name abbreviation } region { name } }
}`;

const LICENSING = /izin|perizinan/i;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

const url = (pathAndQuery: string) => `${stack.portalUrl}${pathAndQuery}`;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function serviceFacts(slug: string): Promise<ServiceFacts> {
  const { service } = await stack.graphql<{ service: ServiceFacts | null }>(SERVICE_FACTS, { slug });
  if (!service) throw new Error(`The API does not know the service ${slug}`);
  return service;
}

/** What the service page must say, computed here independently of the portal's own formatting. */
function expectedTime(days: number, lang: 'id' | 'en'): string {
  if (days === 0) return lang === 'id' ? 'Selesai di tempat' : 'Done on the spot';
  return lang === 'id' ? `${days} hari kerja` : `${days} working day${days === 1 ? '' : 's'}`;
}
function expectedFee(fee: number, lang: 'id' | 'en'): string {
  if (fee === 0) return lang === 'id' ? 'Gratis' : 'Free';
  return `Rp\u00a0${fee.toLocaleString('id-ID')}`;
}

describe('finding a service', () => {
  for (const javaScriptEnabled of [true, false]) {
    const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    it(`finds the licensing service by typing izin and reads its name, unit, time and fee, ${how}`, async () => {
      const { page, documentRequests } = await openBrowser({ javaScriptEnabled });
      await page.goto(url('/'));
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      if (javaScriptEnabled) await waitForHydration(page);

      await page.getByRole('searchbox', { name: /cari/i }).fill('izin');
      await page.getByRole('button', { name: /cari/i }).click();
      await page.waitForURL(/\/layanan\?q=izin/);
      await h1(page).filter({ hasText: 'izin' }).waitFor();

      const { services } = await stack.graphql<{ services: { totalCount: number } }>('{ services(search: "izin") { totalCount } }');
      expect(services.totalCount).toBeGreaterThanOrEqual(4);
      const results = page.getByRole('region', { name: /layanan ditemukan/i });
      expect(await results.getByRole('heading', { level: 2 }).innerText()).toBe(`${services.totalCount} layanan ditemukan.`);

      const link = results.getByRole('link', { name: LICENSING }).first();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/layanan\/[a-z0-9-]+$/);
      const slug = href!.slice('/layanan/'.length);
      const service = await serviceFacts(slug);
      expect(await link.innerText()).toBe(service.name);

      await link.click();
      await page.waitForURL(`**/layanan/${slug}`);
      await h1(page).filter({ hasText: service.name }).waitFor();
      expect(await h1(page).innerText()).toBe(service.name);
      expect(await factValue(page, 'Unit penanggung jawab')).toBe(expectedUnitLabel(service.unit));
      expect(await factValue(page, 'Wilayah')).toBe(service.region.name);
      expect(await factValue(page, 'Waktu penyelesaian')).toBe(expectedTime(service.promisedDays, 'id'));
      expect(await factValue(page, 'Biaya')).toBe(expectedFee(service.feeRupiah, 'id'));
      expect(await page.title()).toContain(service.name);

      // With JavaScript, Remix moves between pages without reloading; without it, every step is a page load.
      expect(documentRequests).toHaveLength(javaScriptEnabled ? 1 : 3);
    });

    it(`switches to English and back, on the same page, ${how}`, async () => {
      const { slug } = await licensingService(stack, 'mataram');
      const service = await serviceFacts(slug);
      const { page } = await openBrowser({ javaScriptEnabled });
      await page.goto(url(`/layanan/${slug}`));
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      if (javaScriptEnabled) await waitForHydration(page);

      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      expect(new URL(page.url()).pathname).toBe(`/layanan/${slug}`);
      await page.getByRole('heading', { level: 2, name: 'Service standard' }).waitFor();
      expect(await factValue(page, 'Responsible unit')).toBe(expectedUnitLabel(service.unit));
      expect(await factValue(page, 'Completion time')).toBe(expectedTime(service.promisedDays, 'en'));
      expect(await factValue(page, 'Fee')).toBe(expectedFee(service.feeRupiah, 'en'));

      // The choice is remembered on the next page.
      await page.getByRole('link', { name: 'All services' }).click();
      await page.waitForURL('**/layanan');
      await h1(page).filter({ hasText: 'All services' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('searchbox', { name: /search services/i }).count()).toBe(1);

      await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
      await page.locator('html[lang="id"]').waitFor({ state: 'attached' });
      await h1(page).filter({ hasText: 'Semua layanan' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/layanan');
      expect(await page.title()).toBe('Semua layanan · Suara');
    });
  }

  it('opens Kota Mataram from the home page’s region list and goes on to its licensing office’s service, without JavaScript', async () => {
    const { region } = await stack.graphql<{ region: { name: string; province: string; headTitle: string } }>(
      '{ region(slug: "mataram") { name province headTitle } }',
    );
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/'));

    await page.getByRole('region', { name: 'Pilih wilayah' }).getByRole('link', { name: region.name, exact: true }).click();
    await page.waitForURL('**/wilayah/mataram');
    expect(await h1(page).innerText()).toBe('Kota Mataram');
    expect(await factValue(page, 'Provinsi')).toBe(region.province);
    expect(await factValue(page, 'Kepala daerah')).toBe(region.headTitle);
    expect(await page.title()).toBe('Kota Mataram · Suara');

    const licensingOffice = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /DPMPTSP/ }) });
    expect(await licensingOffice.count()).toBe(1);
    const serviceLink = licensingOffice.getByRole('link', { name: LICENSING }).first();
    const name = await serviceLink.innerText();
    await serviceLink.click();
    await page.waitForURL(/\/layanan\/[a-z0-9-]+$/);
    expect(await h1(page).innerText()).toBe(name);
    expect(await factValue(page, 'Unit penanggung jawab')).toContain('DPMPTSP');
    expect(await factValue(page, 'Wilayah')).toBe('Kota Mataram');
  });

  it('opens a shared link with ?lang=en in English and stays in English afterwards, without JavaScript', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/?lang=en'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await h1(page).innerText()).toBe('Find a public service');
    expect(await page.getByRole('link', { name: 'Skip to main content' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Kota Mataram', exact: true }).click();
    await page.waitForURL('**/wilayah/mataram');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await factValue(page, 'Province')).toBe('Nusa Tenggara Barat');
  });

  it('narrows the search to one region with the region select', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await page.goto(url('/'));
    await waitForHydration(page);
    await page.getByRole('searchbox', { name: /cari/i }).fill('izin');
    await page.getByRole('combobox', { name: 'Wilayah' }).selectOption({ label: 'Kota Mataram' });
    await page.getByRole('button', { name: /cari/i }).click();
    await page.waitForURL(/wilayah=mataram/);
    await h1(page).filter({ hasText: 'Kota Mataram' }).waitFor();

    const { services } = await stack.graphql<{ services: { totalCount: number } }>('{ services(search: "izin", regionSlug: "mataram") { totalCount } }');
    const results = page.getByRole('region', { name: /layanan ditemukan/i });
    const places = await results.getByRole('listitem').locator('.card__meta').allInnerTexts();
    expect(places).toHaveLength(services.totalCount);
    expect(places.every((place) => place.endsWith('· Kota Mataram'))).toBe(true);
    // The form shows the search it made.
    expect(await page.getByRole('combobox', { name: 'Wilayah' }).inputValue()).toBe('mataram');
  });

  it('pages through every service with “Berikutnya”, without JavaScript', async () => {
    const { services } = await stack.graphql<{ services: { totalCount: number } }>('{ services { totalCount } }');
    expect(services.totalCount).toBeGreaterThan(20); // more than one page, or this test proves nothing
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/layanan'));
    expect(await page.getByRole('region', { name: /layanan ditemukan/i }).getByRole('heading', { level: 2 }).innerText()).toBe(
      `${services.totalCount} layanan ditemukan.`,
    );

    const seen: string[] = [];
    for (let pageNumber = 1; pageNumber <= 20; pageNumber++) {
      const results = page.getByRole('region', { name: /layanan ditemukan/i }).locator('.card-list');
      seen.push(...(await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))));
      const next = page.getByRole('link', { name: 'Berikutnya' });
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(/after=/);
      expect(await page.getByRole('link', { name: 'Sebelumnya' }).count()).toBe(1);
    }
    expect(seen).toHaveLength(services.totalCount);
    expect(new Set(seen).size).toBe(services.totalCount);
  });

  it('says plainly when no service matches the search', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await page.goto(url('/layanan?q=qwertyuiopzz'));
    await waitForHydration(page);
    expect(await page.getByRole('heading', { level: 2, name: '0 layanan ditemukan.' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Tidak ada layanan yang cocok' }).count()).toBe(1);
    expect(await page.getByRole('searchbox', { name: /cari/i }).inputValue()).toBe('qwertyuiopzz');
  });

  it('explains a search it cannot run instead of failing, and opens an outdated page link at the first page, without JavaScript', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    const tooLong = 'izin '.repeat(41).trim(); // 204 characters; the search box itself stops at 200
    const response = await page.goto(url(`/layanan?q=${encodeURIComponent(tooLong)}`));
    expect(response?.status()).toBe(200);
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('heading').innerText()).toBe('Pencarian belum dapat diproses');
    expect(await summary.getByRole('link').innerText()).toBe('Kata pencarian terlalu panjang: paling banyak 200 karakter.');
    expect(await page.getByRole('searchbox', { name: /cari/i }).getAttribute('aria-invalid')).toBe('true');

    // An outdated "Berikutnya" link: the first page of the same search, and a note saying so.
    const first = await page.goto(url('/layanan?q=izin&after=halaman-lama'));
    expect(first?.status()).toBe(200);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByText('Tautan halaman itu tidak berlaku lagi, jadi ini halaman pertama hasilnya.').count()).toBe(1);
    const { services } = await stack.graphql<{ services: { totalCount: number } }>('{ services(search: "izin") { totalCount } }');
    expect(await page.getByRole('region', { name: /layanan ditemukan/i }).getByRole('heading', { level: 2 }).innerText()).toBe(`${services.totalCount} layanan ditemukan.`);
    expect(await page.getByRole('searchbox', { name: /cari/i }).inputValue()).toBe('izin');
  });

  it('shows a “not found” page with status 404 for an unknown service address', async () => {
    const session = await openBrowser({ javaScriptEnabled: true });
    session.allowConsoleError(/status of 404/);
    const response = await session.page.goto(url('/layanan/layanan-yang-tidak-ada'));
    expect(response?.status()).toBe(404);
    expect(await h1(session.page).innerText()).toBe('Halaman tidak ditemukan');
    expect(await session.page.title()).toBe('Halaman tidak ditemukan · Suara');
    await waitForHydration(session.page);
    await session.page.getByRole('link', { name: 'Kembali ke beranda' }).click();
    await h1(session.page).filter({ hasText: 'Temukan layanan publik' }).waitFor();
  });

  it('shows “not found” with status 404 for an unknown or malformed region address, and an unknown service’s rating form and poster', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 404/);
    const { page } = session;
    for (const [path, explained] of [
      ['/wilayah/wilayah-yang-tidak-ada', 'Kami tidak menemukan wilayah dengan alamat ini.'],
      ['/wilayah/bukan_wilayah!', 'Kami tidak menemukan wilayah dengan alamat ini.'],
      ['/layanan/layanan-yang-tidak-ada/nilai', 'Kami tidak menemukan layanan dengan alamat ini.'],
      ['/layanan/layanan-yang-tidak-ada/poster', 'Kami tidak menemukan layanan dengan alamat ini.'],
    ] as const) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(404);
      expect(await h1(page).innerText(), path).toBe('Halaman tidak ditemukan');
      expect(await page.locator('main').innerText(), path).toContain(explained);
    }
  });

  it('lets a keyboard user skip straight to the main content', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke konten utama' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('main#konten').evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('fits a 360 px phone without sideways scrolling and passes the WCAG 2.1 AA checks of axe', async () => {
    const { slug } = await licensingService(stack, 'mataram');
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    for (const path of ['/', '/layanan?q=izin', '/wilayah/mataram', `/layanan/${slug}`, '/?lang=en']) {
      await page.goto(url(path));
      await waitForHydration(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        violations.map((v) => `${path}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    }
  });
});
