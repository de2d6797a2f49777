import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/** HR's people pages (issue 9, 1): adding an employee whose NIP is checked, and recording an assessment. */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});
const url = (path: string) => `${stack.portalUrl}${path}`;

describe('HR of Mamuju', () => {
  it('is told beside the NIP why it was refused, adds the employee with a good one, records an assessment without JavaScript and sees it listed', async () => {
    const session = await openBrowser({ javaScriptEnabled: true });
    const { page } = session;
    // The refused form is answered 400, which the browser logs.
    session.allowConsoleError(/status of 400/);
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fsdm%2Fpegawai');
    await page.waitForURL(url('/staf/sdm/pegawai'));
    await waitForHydration(page);
    const [before] = await stack.sql<{ n: number }>('select count(*)::int as n from employee');

    const add = page.locator('#tambah');
    // 31 February: eighteen digits, so only the API's NIP rules can refuse it.
    await add.getByRole('textbox', { name: 'NIP', exact: true }).fill('19900231 201503 1 002');
    await add.getByRole('textbox', { name: 'Nama', exact: true }).fill('Andi Uji Penilaian');
    await add.getByLabel('Unit kerja').selectOption({ index: 1 });
    await add.getByRole('button', { name: 'Tambah pegawai' }).click();
    const error = page.locator('#pegawai-baru-nip-galat');
    await error.waitFor();
    expect(await error.innerText()).toContain('tidak ada dalam kalender');
    expect(await page.getByRole('alert').innerText()).toContain('tidak ada dalam kalender');
    const [afterRefusal] = await stack.sql<{ n: number }>('select count(*)::int as n from employee');
    expect(afterRefusal!.n).toBe(before!.n);

    const nip = `198805122014031${String(900 + (Date.now() % 99))}`;
    // What was typed is still there; only the NIP needs fixing.
    expect(await add.getByRole('textbox', { name: 'Nama', exact: true }).inputValue()).toBe('Andi Uji Penilaian');
    await add.getByRole('textbox', { name: 'NIP', exact: true }).fill(nip);
    await add.getByRole('button', { name: 'Tambah pegawai' }).click();
    await page.waitForURL(/selesai=baru/);
    expect(await page.getByRole('status').innerText()).toContain('Pegawai ditambahkan');
    const assessments = page.getByRole('link', { name: 'Penilaian Andi Uji Penilaian' });
    const href = await assessments.getAttribute('href');
    expect(href).toMatch(/^\/staf\/sdm\/pegawai\/[0-9a-f-]{36}\/penilaian$/);

    // The assessment form as a browser without JavaScript sends it.
    const plain = await openBrowser({ javaScriptEnabled: false });
    await signIn(plain.page, stack.portalUrl, 'hr@mamuju.demo', undefined, `/masuk?ke=${encodeURIComponent(href!)}`);
    await plain.page.waitForURL(url(href!));
    await plain.page.getByLabel('Kompetensi').selectOption({ label: 'Integritas (M-INTEGRITAS)' });
    await plain.page.getByLabel('Level', { exact: true }).selectOption('3');
    await plain.page.getByLabel('Metode').selectOption({ label: 'Assessment center' });
    await plain.page.getByRole('textbox', { name: 'Penilai', exact: true }).fill('UPT Penilaian Kompetensi BKN');
    await plain.page.getByRole('button', { name: 'Catat penilaian' }).click();
    await plain.page.waitForURL(/selesai=catat/);
    expect(await plain.page.getByRole('status').innerText()).toContain('Penilaian dicatat');
    const row = plain.page.getByRole('table').getByRole('row').filter({ hasText: 'M-INTEGRITAS' });
    expect(await row.innerText()).toMatch(/Integritas[\s\S]*3[\s\S]*Assessment center[\s\S]*UPT Penilaian Kompetensi BKN/);

    // And on the page of a browser with JavaScript, after following the link.
    await assessments.click();
    await page.getByRole('heading', { name: 'Penilaian kompetensi Andi Uji Penilaian' }).waitFor();
    expect(page.url()).toBe(url(href!));
    expect(await page.getByRole('table').innerText()).toContain('UPT Penilaian Kompetensi BKN');
    const [stored] = await stack.sql<{ level: number; method: string; assessor: string }>(
      `select a.level, a.method, a.assessor from assessment a join employee e on e.id = a.employee_id where e.nip = $1`,
      [nip],
    );
    expect(stored).toEqual({ level: 3, method: 'ASSESSMENT_CENTER', assessor: 'UPT Penilaian Kompetensi BKN' });
  });
});
