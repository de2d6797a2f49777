import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * HR edits the region's SKM element → competency map (issue 9, point 4) in real Chromium without
 * JavaScript: one element at a time, kept after saving; facilities point at no competency.
 */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('the element map', () => {
  it('lets HR point an element at another competency, keeps it, and never links facilities', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'hr@sawahlunto.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/sdm/unsur')}`);
    await page.waitForURL('**/staf/sdm/unsur');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Peta unsur SKM ke kompetensi');

    const section = page.locator('#unsur-PERSYARATAN');
    const integrity = section.getByRole('checkbox', { name: 'Integritas' });
    const before = await integrity.isChecked();
    await integrity.setChecked(!before);
    await section.getByRole('button', { name: 'Simpan unsur Persyaratan' }).click();
    await page.waitForURL(/disimpan=PERSYARATAN/);
    expect(await page.getByRole('status').first().innerText()).toBe('Peta unsur Persyaratan disimpan.');
    expect(await page.locator('#unsur-PERSYARATAN').getByRole('checkbox', { name: 'Integritas' }).isChecked()).toBe(!before);

    // Stored as the region's own map, which the development needs read.
    const stored = await stack.sql<{ code: string }>(
      `select c.code from element_competency_map m join region r on r.id = m.region_id join competency c on c.id = m.competency_id
        where r.slug = 'sawahlunto' and m.element = 'PERSYARATAN'`,
    );
    expect(stored.some((row) => row.code === 'M-INTEGRITAS')).toBe(!before);

    // Facilities: an explanation, no form.
    const facilities = page.locator('#unsur-SARANA_PRASARANA');
    expect(await facilities.getByRole('checkbox').count()).toBe(0);
    expect(await facilities.innerText()).toContain('bukan kompetensi pegawai');
  });
});
