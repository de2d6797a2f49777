import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { SKM_ELEMENTS } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { licensingService, MIXED_SCORES } from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * Staff at work (issue 8), end to end in real Chromium without JavaScript: a moderator approves a
 * citizen's pending comment, which then appears on the public service page at once (the page cache
 * is purged), hides another with a reason, which disappears, and finds both in the log; the unit's
 * officer answers, and the citizen reads the answer with their receipt code.
 */

let stack: Stack;
let service: { slug: string; name: string; id: string };

beforeAll(async () => {
  stack = await startStack();
  const found = await licensingService(stack, 'mataram');
  const { service: withId } = await stack.graphql<{ service: { id: string } }>('query ($slug: String!) { service(slug: $slug) { id } }', { slug: found.slug });
  service = { ...found, id: withId.id };
});
afterAll(async () => {
  await stack?.stop();
});

const url = (path: string) => `${stack.portalUrl}${path}`;

/** A citizen's rating with a comment, as the API takes it; its receipt code. */
async function rateWithComment(comment: string): Promise<string> {
  const { submitFeedback } = await stack.graphql<{ submitFeedback: { receiptCode: string } }>(
    'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode } }',
    { input: { serviceId: service.id, idempotencyKey: randomUUID(), scores: SKM_ELEMENTS.map((element) => ({ element, score: MIXED_SCORES[element] })), comment } },
  );
  return submitFeedback.receiptCode;
}

/** The queue item (an article) that shows this text. */
const itemWith = (page: Page, text: string) => page.locator('article.queue-item').filter({ hasText: text });

/** The public comments of the service page, as an anonymous visitor (no cookies) sees them right now. */
async function publicServicePage(): Promise<string> {
  const response = await fetch(url(`/layanan/${service.slug}`));
  return response.text();
}

// One working day in steps: each step builds on what the one before left (a comment approved, then answered).
describe('a moderator and an officer at work', () => {
  const approved = `Loketnya cepat, petugasnya ramah ${randomUUID().slice(0, 8)}`;
  const hidden = `Komentar yang akan disembunyikan ${randomUUID().slice(0, 8)}`;
  let approvedReceipt = '';

  it('approves a pending comment, which then shows on the service page at once', async () => {
    approvedReceipt = await rateWithComment(approved);
    // The service page as it was, kept by the page cache for anonymous visitors.
    expect(await publicServicePage()).not.toContain(approved);

    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent(`/staf/moderasi?layanan=${service.id}`)}`);
    await page.waitForURL(`**/staf/moderasi?layanan=${service.id}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Moderasi');
    const item = itemWith(page, approved);
    expect(await item.innerText()).toContain(service.name);
    await item.getByRole('button', { name: 'Setujui' }).click();
    await page.waitForURL(/selesai=APPROVE/);
    expect(await page.getByRole('status').first().innerText()).toBe('Selesai: Setujui untuk 1 kiriman.');
    expect(await itemWith(page, approved).count()).toBe(0);
    expect(await publicServicePage()).toContain(approved);
  });

  it('hides a published comment with a reason, which leaves the service page; both actions are in the log', async () => {
    await rateWithComment(hidden);
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    // The refused form comes back with 400, which Chromium reports in its console.
    allowConsoleError(/status of 400/);
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL(url('/staf'));
    // Published first, with the bulk form's checkbox, so that the citizen can see it for a moment.
    await page.goto(url(`/staf/moderasi?layanan=${service.id}`));
    const checkbox = itemWith(page, hidden).getByRole('checkbox', { name: 'Pilih kiriman ini' });
    const itemId = await checkbox.getAttribute('value');
    await checkbox.check();
    await page.getByRole('button', { name: 'Terapkan ke yang dipilih' }).click();
    await page.waitForURL(/selesai=APPROVE/);
    expect(await publicServicePage()).toContain(hidden);

    // The published queue is oldest first: the moderator follows the link straight to this item.
    await page.goto(url(`/staf/moderasi?kiriman=${itemId}`));
    const item = itemWith(page, hidden);
    expect(await item.innerText()).toContain('Terbit');
    await item.locator('summary', { hasText: 'Sembunyikan' }).click();
    // No reason: refused beside the field, nothing done.
    await item.getByRole('button', { name: 'Sembunyikan' }).click();
    const summary = page.getByRole('alert');
    expect(await summary.innerText()).toContain('Tulis alasan untuk tindakan ini.');
    expect(await publicServicePage()).toContain(hidden);
    const reasonBox = itemWith(page, hidden).getByRole('textbox', { name: 'Alasan' }).first();
    await reasonBox.fill('Menyebut nama petugas secara pribadi');
    await itemWith(page, hidden).getByRole('button', { name: 'Sembunyikan' }).click();
    await page.waitForURL(/selesai=HIDE/);
    expect(await publicServicePage()).not.toContain(hidden);
    expect(await publicServicePage()).toContain(approved);

    await page.getByRole('link', { name: 'Log moderasi' }).click();
    await page.waitForURL('**/staf/moderasi/log?**');
    const rows = page.locator('tbody tr');
    const hideRow = rows.filter({ hasText: hidden });
    expect(await hideRow.first().innerText()).toContain('Sembunyikan');
    expect(await hideRow.first().innerText()).toContain('Menyebut nama petugas secara pribadi');
    const approveRow = rows.filter({ hasText: approved });
    expect(await approveRow.first().innerText()).toContain('Setujui');
    expect(await page.locator('tbody tr').first().innerText()).not.toContain('Sistem');
  });

  it('tags a comment with a competency, which the queue shows until the tag is removed', async () => {
    const text = `Petugas tidak bisa menjelaskan aplikasi perizinan ${randomUUID().slice(0, 8)}`;
    await rateWithComment(text);
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent(`/staf/moderasi?layanan=${service.id}`)}`);
    await page.waitForURL(`**/staf/moderasi?layanan=${service.id}`);
    const item = itemWith(page, text);
    expect(await item.innerText()).toContain('Belum ditandai dengan kompetensi.');
    await item.getByLabel('Tandai kompetensi').selectOption({ label: 'Pelayanan Publik' });
    await item.getByRole('button', { name: 'Tandai', exact: true }).click();
    // Back at the same queue view, at the item, with its tag.
    await page.waitForURL(/#kiriman-/);
    expect(page.url()).toContain(`layanan=${service.id}`);
    const remove = itemWith(page, text).getByRole('button', { name: 'Hapus tanda Pelayanan Publik' });
    expect(await remove.count()).toBe(1);
    await remove.click();
    await expect.poll(() => itemWith(page, text).innerText(), { timeout: 15_000 }).toContain('Belum ditandai dengan kompetensi.');
    // The queue as the next step finds it: this comment is decided, not left pending.
    await itemWith(page, text).getByRole('button', { name: 'Setujui' }).click();
    await page.waitForURL(/selesai=APPROVE/);
  });

  it('lets the unit’s officer answer, and the citizen reads the answer with the receipt code', async () => {
    const answer = `Terima kasih atas masukannya. ${randomUUID().slice(0, 8)}`;
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'officer@mataram.demo', undefined, '/masuk?ke=%2Fstaf%2Fkotak-masuk');
    await page.waitForURL('**/staf/kotak-masuk');
    const item = itemWith(page, approved);
    expect(await item.innerText()).toMatch(/Terbuka \d+ hari kerja/);
    await item.getByRole('textbox', { name: 'Jawaban resmi' }).fill(answer);
    await item.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.waitForURL(/terjawab=/);
    expect(await page.getByRole('status').first().innerText()).toBe('Jawaban Anda sudah terbit.');

    const citizen = await openBrowser({ javaScriptEnabled: false });
    const code = approvedReceipt.includes('-') ? approvedReceipt : `${approvedReceipt.slice(0, 5)}-${approvedReceipt.slice(5)}`;
    await citizen.page.goto(url(`/lacak/${code}`));
    expect(await citizen.page.getByRole('region', { name: 'Tanggapan resmi' }).innerText()).toContain(answer);
  });

  it('moves through the queue and approves with the keyboard once JavaScript runs', async () => {
    const first = `Pintasan papan ketik ${randomUUID().slice(0, 8)}`;
    await rateWithComment(first);
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent(`/staf/moderasi?layanan=${service.id}`)}`);
    await page.waitForURL(`**/staf/moderasi?layanan=${service.id}`);
    await waitForHydration(page);
    // The shortcuts' button renders only after their effects ran, so the key listener is in place:
    // hydration of the footer alone can come a frame before it.
    await page.getByRole('button', { name: 'Pintasan papan ketik' }).waitFor();
    await page.keyboard.press('?');
    // React shows the list on its next render: wait for it rather than read it in the same tick.
    await expect.poll(() => page.getByRole('region', { name: 'Pintasan papan ketik' }).isVisible(), { timeout: 10_000 }).toBe(true);
    // The newest item is last in the queue (oldest first): move down to it.
    const count = await page.locator('article.queue-item').count();
    for (let i = 0; i < count; i++) await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(first);
    // Typing in a field is never a shortcut.
    await page.getByRole('textbox', { name: 'Alasan' }).first().focus();
    await page.keyboard.type('ja');
    expect(await publicServicePage()).not.toContain(first);
    await page.locator('article.queue-item').filter({ hasText: first }).focus();
    await page.keyboard.press('a');
    await page.waitForURL(/selesai=APPROVE/);
    expect(await publicServicePage()).toContain(first);
  });

  it('takes a citizen’s forum question for moderation, publishes it once approved, and marks the unit’s answer as official', async () => {
    const title = `Berapa lama izin terbit ${randomUUID().slice(0, 6)}?`;
    const citizen = await openBrowser({ javaScriptEnabled: false });
    await citizen.page.goto(url(`/layanan/${service.slug}`));
    await citizen.page.getByRole('link', { name: 'Buka forum layanan ini' }).click();
    await citizen.page.waitForURL(`**/layanan/${service.slug}/forum`);
    await citizen.page.getByLabel('Judul pertanyaan').fill(title);
    await citizen.page.getByLabel('Pertanyaan Anda').fill('Sudah dua minggu belum ada kabar.');
    await citizen.page.getByLabel('Nama yang ditampilkan').fill('Wayan');
    await citizen.page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
    await expect.poll(() => citizen.page.locator('main').innerText()).toContain('akan tampil setelah disetujui moderator');
    expect(await citizen.page.getByRole('link', { name: title }).count()).toBe(0);

    const moderator = await openBrowser({ javaScriptEnabled: false });
    await signIn(moderator.page, stack.portalUrl, 'moderator@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent(`/staf/moderasi?layanan=${service.id}`)}`);
    await moderator.page.waitForURL(`**/staf/moderasi?layanan=${service.id}`);
    await itemWith(moderator.page, title).getByRole('button', { name: 'Setujui' }).click();
    await moderator.page.waitForURL(/selesai=APPROVE/);

    const officer = await openBrowser({ javaScriptEnabled: false });
    await signIn(officer.page, stack.portalUrl, 'officer@mataram.demo', undefined, '/masuk?ke=%2Fstaf%2Fkotak-masuk');
    await officer.page.waitForURL('**/staf/kotak-masuk');
    const thread = itemWith(officer.page, title);
    await thread.getByRole('textbox', { name: 'Jawaban resmi' }).fill('Izin terbit paling lama 5 hari kerja setelah berkas lengkap.');
    await thread.getByRole('button', { name: 'Kirim jawaban' }).click();
    await officer.page.waitForURL(/terjawab=/);

    await citizen.page.goto(url(`/layanan/${service.slug}/forum`));
    await citizen.page.getByRole('link', { name: title }).click();
    await citizen.page.waitForURL('**/forum/*');
    const official = citizen.page.locator('.post--official');
    expect(await official.innerText()).toContain('Jawaban resmi');
    expect(await official.innerText()).toContain('Izin terbit paling lama 5 hari kerja');
  });

  it('has no accessibility violations axe can find on the staff pages, which fit a 360 px phone', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    await signIn(page, stack.portalUrl, 'admin@suara.demo');
    await page.waitForURL(url('/staf'));
    const [unit] = await stack.sql<{ id: string }>(`select u.id from unit u join region r on r.id = u.region_id where r.slug = 'mataram' and u.name ilike '%penanaman modal%' limit 1`);
    for (const path of ['/staf', `/staf/moderasi?wilayah=mataram&layanan=${service.id}`, '/staf/moderasi/log', `/staf/kotak-masuk?unit=${unit?.id ?? ''}`, '/staf/kata-sandi', '/staf/admin', '/staf/admin/wilayah', '/staf/admin/audit']) {
      await page.goto(url(path));
      await waitForHydration(page);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${path}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      // Nothing wider than the phone's screen (tables scroll in their own region).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    await page.goto(url('/masuk'));
  }, 180_000);
});
