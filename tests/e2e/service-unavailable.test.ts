import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';

/** When the API is down the portal must still answer: a clear page with status 503, never a crash. */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ api: false });
});

afterAll(async () => {
  await stack?.stop();
});

describe('when the API cannot be reached', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`shows a friendly “service unavailable” page with status 503, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const session = await openBrowser({ javaScriptEnabled });
      session.allowConsoleError(/status of 503/);
      const { page } = session;
      for (const path of [
        '/',
        '/layanan?q=izin',
        '/wilayah/mataram',
        '/layanan/mataram-izin-usaha-mikro-kecil',
        '/layanan/mataram-izin-usaha-mikro-kecil/nilai',
        '/lacak/ABCDE-FGHJK',
      ]) {
        const response = await page.goto(`${stack.portalUrl}${path}`);
        expect(response?.status(), path).toBe(503);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Layanan sedang tidak tersedia');
        expect(await page.title()).toBe('Layanan sedang tidak tersedia · Suara');
        expect(await page.getByRole('link', { name: 'Coba lagi' }).getAttribute('href')).toBe(path);
        // The page around the message still works: the language switch and the skip link are there.
        expect(await page.getByRole('button', { name: 'English' }).count()).toBe(1);
        if (javaScriptEnabled) await waitForHydration(page);
      }
    });
  }

  it('says it in English to a citizen who chose English', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 503/);
    const response = await session.page.goto(`${stack.portalUrl}/layanan/mataram-ktp-el?lang=en`);
    expect(response?.status()).toBe(503);
    expect(await session.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await session.page.getByRole('heading', { level: 1 }).innerText()).toBe('Service temporarily unavailable');
    expect(response?.headers()['retry-after']).toBe('60');
  });

  it('still offers the tracking form, which needs no API; the rating form’s proof-of-work address answers 503 in JSON', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    const response = await page.goto(`${stack.portalUrl}/lacak`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('textbox', { name: 'Kode tanda terima' }).count()).toBe(1);

    const challenge = await fetch(`${stack.portalUrl}/layanan/mataram-izin-usaha-mikro-kecil/nilai/tantangan`);
    expect(challenge.status).toBe(503);
    expect(challenge.headers.get('cache-control')).toBe('no-store');
    expect(await challenge.json()).toEqual({ error: 'SERVICE_UNAVAILABLE' });
  });

  it('still switches language, which needs no API', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 503/);
    await session.page.goto(`${stack.portalUrl}/`);
    await session.page.getByRole('button', { name: 'English' }).click();
    await session.page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await session.page.getByRole('heading', { level: 1 }).innerText()).toBe('Service temporarily unavailable');
  });
});
