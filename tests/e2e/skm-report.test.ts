import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * The Laporan SKM (decision record 0026) in real Chromium without JavaScript: HR of Mataram previews
 * the education office's report for the last complete semester, is told what is missing, publishes it
 * with the head of unit's name, and downloads the PDF, which anyone can download too; the mayor reads
 * the same page without a publish form; the demo's revised report shows both of its versions.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** The last complete semester on the real clock (the demo world ends yesterday). */
function lastSemester(now = new Date()): string {
  const year = now.getUTCFullYear();
  return now.getUTCMonth() >= 6 ? `${year}-S1` : `${year - 1}-S2`;
}

describe('the SKM report', () => {
  it('is published by HR with the signer’s name and downloaded as a PDF by anyone', async () => {
    const period = lastSemester();
    const { page, context, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    allowConsoleError(/status of 400/);
    await signIn(page, stack.portalUrl, 'hr@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/laporan')}`);
    await page.waitForURL('**/staf/laporan');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Laporan SKM');
    const table = page.getByRole('table', { name: `Laporan SKM per unit, periode ${period}` });
    const row = table.getByRole('row', { name: /Dinas Pendidikan dan Kebudayaan/ });
    expect(await row.innerText()).toContain('Belum terbit');
    await row.getByRole('link', { name: /Pratinjau dan terbitkan/ }).click();
    await page.waitForURL(/unit=/);
    expect(await page.getByRole('heading', { level: 2, name: /Pratinjau: Dinas Pendidikan dan Kebudayaan/ }).count()).toBe(1);
    expect(await page.locator('.report-preview').innerText()).toMatch(/\d+ tanggapan · IKM \d+,\d\d · mutu [A-D]/);

    // The draft as a PDF, for staff only: never stored, never public.
    const draftHref = await page.getByRole('link', { name: 'Pratinjau PDF (draf)' }).getAttribute('href');
    const draft = await context.request.get(`${stack.portalUrl}${draftHref}`);
    expect(draft.status()).toBe(200);
    expect(draft.headers()['content-disposition']).toMatch(/filename="laporan-skm-dinas-pendidikan-dan-kebudayaan-.*-draf\.pdf"/);
    expect(draft.headers()['cache-control']).toBe('no-store');
    expect((await draft.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const strangers = await fetch(`${stack.portalUrl}${draftHref}`, { redirect: 'manual' });
    expect(strangers.status).toBe(303);

    // A signer's name that is too short is refused beside its field; nothing is published.
    await page.getByLabel('Nama dan jabatan kepala unit yang menandatangani').fill('ab');
    await page.getByRole('button', { name: 'Terbitkan laporan' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Isi nama dan jabatan penanda tangan');
    expect((await stack.sql(`select count(*)::int as n from skm_report s join unit u on u.id = s.unit_id join region r on r.id = s.region_id where r.slug = 'mataram' and u.slug = 'disdik'`))[0]!.n).toBe(0);

    await page.getByLabel('Nama dan jabatan kepala unit yang menandatangani').fill('Dr. H. Lalu Ahmad Zaini, M.Pd., Kepala Dinas Pendidikan dan Kebudayaan');
    await page.getByRole('button', { name: 'Terbitkan laporan' }).click();
    await page.waitForURL(/terbit=1/);
    expect(await page.getByRole('status').innerText()).toBe('Laporan diterbitkan sebagai versi 1.');
    const versions = page.getByRole('table', { name: /Versi laporan Dinas Pendidikan dan Kebudayaan/ });
    expect(await versions.locator('tbody tr').count()).toBe(1);
    const href = await versions.getByRole('link', { name: /Unduh PDF laporan .* versi 1/ }).getAttribute('href');
    expect(href).toMatch(/^\/laporan\/[0-9a-f-]{36}\.pdf\?versi=1$/);

    const pdf = await context.request.get(`${stack.portalUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toBe(`attachment; filename="laporan-skm-dinas-pendidikan-dan-kebudayaan-${period.toLowerCase()}-v1.pdf"`);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);

    // A public document: the same PDF without signing in.
    const anonymous = await fetch(`${stack.portalUrl}${href}`);
    expect(anonymous.status).toBe(200);
    expect(Buffer.from(await anonymous.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A report that does not exist, or a version that was never published, is not found.
    expect((await fetch(`${stack.portalUrl}/laporan/00000000-0000-4000-8000-000000000000.pdf`)).status).toBe(404);
    expect((await fetch(`${stack.portalUrl}${href!.replace('versi=1', 'versi=9')}`)).status).toBe(404);
  });

  it('shows the mayor the reports and the demo’s revised version, without a publish form', async () => {
    const period = lastSemester();
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'mayor@mamuju.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/laporan')}`);
    await page.waitForURL('**/staf/laporan');
    const row = page.getByRole('table', { name: `Laporan SKM per unit, periode ${period}` }).getByRole('row', { name: /Dinas Lingkungan Hidup/ });
    expect(await row.innerText()).toContain('Terbit versi 2');
    await row.getByRole('link', { name: /Pratinjau dan terbitkan/ }).click();
    await page.waitForURL(/unit=/);
    const versions = page.getByRole('table', { name: /Versi laporan Dinas Lingkungan Hidup/ });
    expect(await versions.locator('tbody tr').count()).toBe(2);
    expect(await versions.locator('tbody tr').first().innerText()).toMatch(/tanggapan terlambat masuk/);
    expect(await page.getByRole('button', { name: /Terbitkan/ }).count()).toBe(0);
  });

  it('has no accessibility violations axe can find and fits a 360 px phone, with a preview open', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    await signIn(page, stack.portalUrl, 'hr@kupang.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/laporan')}`);
    await page.waitForURL('**/staf/laporan');
    await waitForHydration(page);
    await page.getByRole('row', { name: /Belum terbit/ }).first().getByRole('link', { name: /Pratinjau dan terbitkan/ }).click();
    await page.waitForURL(/unit=/);
    await waitForHydration(page);
    // A unit whose report is not published yet: HR may publish it, so the form is there too.
    expect(await page.getByLabel('Nama dan jabatan kepala unit yang menandatangani').count()).toBe(1);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }, 120_000);
});
