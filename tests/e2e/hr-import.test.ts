import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { factValue, openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * HR imports paper SKM questionnaires through the portal (issue 9 point 7, decision record 0022):
 * a dry run shows the bad row by line and column and stores nothing; the real run stores the good
 * rows; the same file again changes nothing. Without JavaScript: a plain multipart form.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});
const url = (path: string) => `${stack.portalUrl}${path}`;

async function upload(page: Page, csv: string, dryRun: boolean): Promise<void> {
  await page.getByRole('radio', { name: 'Kuesioner SKM kertas' }).check();
  await page.getByLabel('Berkas CSV').setInputFiles({ name: 'kuesioner.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  const box = page.getByRole('checkbox', { name: /Uji coba saja/ });
  if (dryRun) await box.check();
  else await box.uncheck();
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await page.getByRole('heading', { level: 2, name: dryRun ? /Hasil uji coba/ : 'Hasil impor' }).waitFor();
}

const figure = (page: Page, label: string) => factValue(page, new RegExp(`^${label}$`));

describe('HR of Mamuju', () => {
  it('sees a bad row by line and column in a dry run, imports the good rows, and a second upload changes nothing', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fsdm%2Fimpor');
    await page.waitForURL(url('/staf/sdm/impor'));
    // The example file of the page, with its questionnaire numbers made unique to this run and one bad row.
    const example = await (await page.request.get(url('/staf/sdm/impor/contoh/skm.csv?wilayah=mamuju'))).text();
    const run = Date.now().toString(36);
    const lines = example.trim().split(/\r?\n/).map((l, i) => (i === 0 ? l : l.replace(/KTP-(\d+)$/, `KTP-${run}-$1`)));
    const bad = lines[1]!.split(',');
    bad[4] = '7'; // u3
    bad[16] = `KTP-${run}-BAD`;
    const csv = [...lines, bad.join(',')].join('\n');
    const badLine = String(lines.length + 1);

    await upload(page, csv, true);
    expect(await figure(page, 'Akan disimpan')).toBe('3');
    expect(await figure(page, 'Ditolak')).toBe('1');
    const row = page.getByRole('table', { name: 'Masalah per baris' }).getByRole('row').nth(1);
    expect(await row.getByRole('rowheader').innerText()).toBe(badLine);
    expect(await row.getByRole('cell').first().innerText()).toBe('u3');

    await upload(page, csv, false);
    expect(await figure(page, 'Disimpan')).toBe('3');
    expect(await figure(page, 'Ditolak')).toBe('1');

    await upload(page, csv, false);
    expect(await figure(page, 'Disimpan')).toBe('0');
    expect(await figure(page, 'Sudah ada, tidak berubah')).toBe('3');
  });

  it('is told beside the field when no file was chosen', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    // The refused form answers 400, which Chromium logs.
    allowConsoleError(/status of 400/);
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fsdm%2Fimpor');
    await page.waitForURL(url('/staf/sdm/impor'));
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Pilih berkas CSV.');
    expect(await page.locator('#impor-berkas-galat').innerText()).toBe('Pilih berkas CSV.');
  });
});
