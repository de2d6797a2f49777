import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * Training programs for HR (issue 9): HR of Mamuju adds a shared program, enrols two employees,
 * records one completion and one refusal with its reason, and sees the JP counted; HR of Kupang sees
 * the shared program with Mamuju's BKPSDM as contact but none of its participants; a unit officer
 * opens their unit's read-only page. All with JavaScript off: the forms work without it.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});
const url = (path: string) => `${stack.portalUrl}${path}`;
const title = `Pelayanan Ramah di Loket ${Date.now()}`;
let programPath = '';

describe('HR of Mamuju', () => {
  it('adds a program, enrols two employees, marks one completed and one declined with a reason, and sees the JP', async () => {
    const [unit] = await stack.sql<{ id: string; name: string }>(
      `select u.id, u.name from unit u join region r on r.id = u.region_id join employee e on e.unit_id = u.id
       where r.slug = 'mamuju' and e.active group by u.id, u.name having count(*) >= 3 order by u.name limit 1`,
    );
    const people = await stack.sql<{ id: string; name: string }>('select id, name from employee where unit_id = $1 and active order by name, id limit 2', [unit!.id]);
    const [done, declined] = people;
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    // The two refusals below answer 400 on purpose (a form sent back with its problems).
    allowConsoleError(/status of 400 \(Bad Request\)/);
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fsdm%2Fprogram');
    await page.waitForURL(url('/staf/sdm/program'));

    // The form refuses a program without competencies and keeps what was typed.
    await page.getByLabel('Judul').fill(title);
    await page.getByLabel('JP', { exact: true }).fill('16');
    await page.getByRole('button', { name: 'Simpan program' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Pilih 1–20 kompetensi sasaran.');
    expect(await page.getByLabel('Judul').inputValue()).toBe(title);

    await page.getByLabel('Biaya per peserta').fill('350000');
    await page.getByLabel('Pelayanan Publik', { exact: true }).check();
    await page.getByLabel('Bagikan ke BKPSDM daerah lain').check();
    await page.getByRole('button', { name: 'Simpan program' }).click();
    await page.waitForURL(/\/staf\/sdm\/program\/[0-9a-f-]{36}\?selesai=program/);
    programPath = new URL(page.url()).pathname;
    expect(await page.locator('h1').innerText()).toBe(title);
    expect(await page.locator('.facts').innerText()).toContain('Rp 350.000');

    await page.getByLabel('Unit kerja').selectOption(unit!.id);
    await page.getByRole('button', { name: 'Tampilkan pegawai' }).click();
    const jpOf = async (name: string) => Number(/— (\d+) JP/.exec(await page.locator('label').filter({ hasText: name }).innerText())?.[1]);
    const before = await jpOf(done!.name);
    await page.getByLabel(done!.name).check();
    await page.getByLabel(declined!.name).check();
    await page.getByRole('button', { name: 'Daftarkan' }).click();
    await page.waitForURL(/selesai=daftar/);

    const row = (name: string) => page.locator('tr').filter({ hasText: name });
    await row(done!.name).getByLabel('Status baru').selectOption('ENROLLED');
    await row(done!.name).getByRole('button', { name: 'Simpan hasil' }).click();
    await page.waitForURL(/selesai=hasil/);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await row(done!.name).getByLabel('Status baru').selectOption('COMPLETED');
    await row(done!.name).getByLabel('Tanggal selesai (untuk Selesai)').fill(today);
    await row(done!.name).getByRole('button', { name: 'Simpan hasil' }).click();
    await page.waitForURL(/selesai=hasil/);

    // Declining without a reason is refused beside the field; with one it is recorded.
    await row(declined!.name).getByLabel('Status baru').selectOption('DECLINED');
    await row(declined!.name).getByRole('button', { name: 'Simpan hasil' }).click();
    expect(await row(declined!.name).innerText()).toContain('Tuliskan alasannya.');
    await row(declined!.name).getByLabel('Status baru').selectOption('DECLINED');
    await row(declined!.name).getByLabel(/^Alasan \(wajib/).fill('Beban kerja loket sedang tinggi');
    await row(declined!.name).getByRole('button', { name: 'Simpan hasil' }).click();
    await page.waitForURL(/selesai=hasil/);

    expect(await row(done!.name).innerText()).toMatch(/Selesai[\s\S]*16/);
    expect(await row(declined!.name).innerText()).toMatch(/Menolak[\s\S]*Beban kerja loket sedang tinggi/);
    await page.goto(url(`${programPath}?unit=${unit!.id}`));
    expect(await jpOf(done!.name)).toBe(before + 16);
  });
});

describe('HR of Kupang', () => {
  it('sees Mamuju’s shared program with its owner office as the contact, and none of its participants', async () => {
    expect(programPath).not.toBe('');
    const [someone] = await stack.sql<{ name: string }>(
      `select e.name from enrolment n join employee e on e.id = n.employee_id where n.program_id = $1 limit 1`,
      [programPath.split('/').pop()],
    );
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'hr@kupang.demo', undefined, '/masuk?ke=%2Fstaf%2Fsdm%2Fprogram%3Fasal%3Dbagi');
    await page.waitForURL(/\/staf\/sdm\/program\?asal=bagi/);
    const listed = page.locator('tr').filter({ hasText: title });
    expect(await listed.innerText()).toContain('BKPSDM Kabupaten Mamuju');
    await listed.getByRole('link', { name: title }).click();
    await page.waitForURL(url(programPath));
    expect(await page.locator('.facts').innerText()).toContain('BKPSDM Kabupaten Mamuju');
    expect(await page.getByText('Program ini milik daerah lain: pesertanya tidak ditampilkan.').count()).toBe(1);
    expect(await page.content()).not.toContain(someone!.name);
    expect(await page.getByRole('button', { name: 'Daftarkan' }).count()).toBe(0);
  });
});

describe('a unit officer', () => {
  it('opens their unit’s page from the staff navigation: scores, comments and training impact, read-only', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'officer@sawahlunto.demo');
    await page.waitForURL(url('/staf'));
    await page.getByRole('navigation', { name: /staf/i }).getByRole('link', { name: 'Unit saya' }).click();
    await page.waitForURL(url('/staf/unit'));
    expect(await page.locator('h1').innerText()).toMatch(/^Unit saya: /);
    expect(await page.locator('caption').first().innerText()).toContain('Rata-rata nilai unsur SKM per layanan');
    expect(await page.locator('section').filter({ hasText: 'Pelatihan yang diselesaikan rekan Anda' }).innerText()).toContain('OSS');
    // Read-only: nothing on the page posts to a staff page (the sign-out form posts to /keluar).
    expect(await page.locator('form[method="post"][action^="/staf"]').count()).toBe(0);
  });
});
