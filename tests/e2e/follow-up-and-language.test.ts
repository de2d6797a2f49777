import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { ELEMENT_TEXT, SKM_ELEMENTS } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factValue, openBrowser, waitForHydration } from '../support/browser.js';
import { MIXED_SCORES, licensingService } from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Issue 13, points 3 and 4 (decision record 0039): a citizen follows their rating through the
 * receipt (their own answers, the comment as published, the unit's answer and when it is due), reports
 * a comment or forum post, and reads Indonesian content marked as such on English pages; a first
 * visit follows the browser's language.
 */

let stack: Stack;
let service: { id: string; slug: string; name: string };

beforeAll(async () => {
  stack = await startStack();
  const licensing = await licensingService(stack, 'mataram');
  const { service: found } = await stack.graphql<{ service: { id: string } }>('query ($s: String!) { service(slug: $s) { id } }', { s: licensing.slug });
  service = { ...licensing, id: found.id };
});

afterAll(async () => {
  await stack?.stop();
});

const url = (pathAndQuery: string) => `${stack.portalUrl}${pathAndQuery}`;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => `${what}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), what).toBeLessThanOrEqual(360);
}

/** A rating sent through the API with MIXED_SCORES and a comment; returns its id and printed receipt code. */
async function rate(comment: string): Promise<{ id: string; code: string }> {
  const { submitFeedback } = await stack.graphql<{ submitFeedback: { receiptCode: string; feedback: { id: string } } }>(
    'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode feedback { id } } }',
    { input: { serviceId: service.id, idempotencyKey: randomUUID(), comment, scores: SKM_ELEMENTS.map((element) => ({ element, score: MIXED_SCORES[element] })) } },
  );
  return { id: submitFeedback.feedback.id, code: submitFeedback.receiptCode };
}

describe('following a rating by its receipt code', () => {
  it('shows the citizen’s nine answers in the official words, the comment as the moderator published it, and that the answer is late, without JavaScript', async () => {
    const original = 'Petugas bernama Budi (0812-3456-7890) meminta uang tambahan.';
    const { id, code } = await rate(original);
    // A moderator redacted and published it on Monday 16 March 2026 (moderation has its own journey):
    // 5 working days after it, past Nyepi, Idulfitri and their cuti bersama, is Monday 30 March.
    await stack.sql(`update feedback set moderation_status = 'PUBLISHED', published_at = '2026-03-16T02:00:00Z', redacted_comment = $2 where id = $1`, [
      id,
      'Petugas bernama [nama] ([nomor]) meminta uang tambahan.',
    ]);
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url(`/lacak/${code}`));

    const answers = page.getByRole('region', { name: 'Jawaban Anda' });
    for (const element of SKM_ELEMENTS) {
      const text = ELEMENT_TEXT.id[element];
      const term = answers.locator('dt').filter({ hasText: new RegExp(`^${text.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) });
      expect(await term.locator('xpath=following-sibling::dd[1]').innerText(), element).toBe(`${text.answers[MIXED_SCORES[element] - 1]} (${MIXED_SCORES[element]} dari 4)`);
    }
    const shown = await answers.innerText();
    expect(shown).toContain('Petugas bernama [nama] ([nomor]) meminta uang tambahan.');
    expect(await page.locator('main').innerText()).not.toContain('0812-3456-7890');
    expect(await page.getByRole('region', { name: 'Tanggapan resmi' }).innerText()).toContain(
      'Batas waktu tanggapan, 30 Maret 2026, sudah lewat. Untuk pengaduan resmi, Anda dapat menghubungi SP4N-LAPOR!',
    );

    // The unit answers: the answer shows, with the day it was due.
    await stack.sql(
      `insert into official_response (id, created_at, feedback_id, unit_id, body, responded_at)
       select gen_random_uuid(), now(), f.id, s.unit_id, 'Mohon maaf, petugas tersebut sudah kami tegur.', now() from feedback f join public_service s on s.id = f.service_id where f.id = $1`,
      [id],
    );
    await page.goto(url(`/lacak/${code}`));
    const answer = await page.getByRole('region', { name: 'Tanggapan resmi' }).innerText();
    expect(answer).toContain('Mohon maaf, petugas tersebut sudah kami tegur.');
    expect(answer).toContain('Batas waktu tanggapan: 30 Maret 2026');
    expect(answer).not.toContain('sudah lewat');
  });

  it('says a held comment is waiting for moderation and never reads it back, with JavaScript on a 360 px phone, and axe finds nothing', async () => {
    const { code } = await rate('Komentar yang masih menunggu moderator.');
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    await page.goto(url(`/lacak/${code}`));
    await waitForHydration(page);
    expect(await factValue(page, 'Status')).toBe('Menunggu moderasi');
    const answers = await page.getByRole('region', { name: 'Jawaban Anda' }).innerText();
    expect(answers).toContain('Menunggu moderasi: komentar Anda tampil di sini');
    expect(answers).not.toContain('Komentar yang masih menunggu moderator.');
    expect(await page.getByRole('region', { name: 'Tanggapan resmi' }).innerText()).not.toContain('Batas waktu');
    await expectAccessible(page, `/lacak/${code}`);
  }, 120_000);

  it('names the zero in a mistyped code and what it probably was, in Indonesian and in English, in an accessible error summary', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 400/);
    const { page } = session;
    await page.goto(url('/lacak'));
    await page.getByRole('textbox', { name: 'Kode tanda terima' }).fill('k7m2q xw90d');
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.waitForURL('**/lacak/K7M2Q-XW90D');
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('link').innerText()).toBe('Kode tidak memuat angka 0 (nol) maupun huruf O — mungkin maksud Anda huruf D atau Q.');

    const english = await page.goto(url('/lacak/K7M2Q-XW91D?lang=en'));
    expect(english?.status()).toBe(400);
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe(
      'A code never contains the digit 1 (one) or the letter I — perhaps you mean the letter L or the digit 7.',
    );

    const withScript = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    withScript.allowConsoleError(/status of 400/);
    await withScript.page.goto(url('/lacak/K7M2Q-XWO9D'));
    await waitForHydration(withScript.page);
    expect(await withScript.page.getByRole('alert').getByRole('link').innerText()).toMatch(/^Kode tidak memuat huruf O maupun angka 0/);
    await expectAccessible(withScript.page, '/lacak/K7M2Q-XWO9D');
  }, 120_000);
});

describe('reporting a comment or a forum post', () => {
  it('reports a published comment from the service page without JavaScript, with a reason and words, and confirms it', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 400/);
    const { page } = session;
    await page.goto(url(`/layanan/${service.slug}`));
    const first = page.locator('.comment').first();
    const comment = await first.locator('.comment__text').innerText();
    const [row] = await stack.sql<{ id: string }>(
      `select f.id from feedback f join public_service s on s.id = f.service_id where s.slug = $1 and f.moderation_status = 'PUBLISHED' and coalesce(f.redacted_comment, f.comment) = $2`,
      [service.slug, comment.trim()],
    );
    expect(row).toBeDefined();

    await first.getByText('Laporkan komentar ini').click();
    // Sent without a reason: the form comes back with the error, nothing stored.
    await first.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.waitForURL('**/laporkan');
    expect(await page.getByRole('alert').innerText()).toContain('Pilih alasan laporan.');
    expect(await stack.sql(`select 1 from report where feedback_id = $1`, [row!.id])).toHaveLength(0);

    await page.getByRole('radio', { name: 'Memuat data pribadi (nama, nomor telepon, NIK, alamat)' }).check();
    await page.getByRole('textbox', { name: 'Keterangan (tidak wajib)' }).fill('Ada nama petugas.');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.waitForURL(/\/laporkan\?terkirim=1/);
    expect(await h1(page).innerText()).toBe('Terima kasih, laporan Anda terkirim');
    const [report] = await stack.sql<{ reason: string; item_kind: string }>(`select reason, item_kind from report where feedback_id = $1`, [row!.id]);
    expect(report).toEqual({ reason: 'Memuat data pribadi: Ada nama petugas.', item_kind: 'FEEDBACK_COMMENT' });

    // Back where the citizen was.
    await page.getByRole('link', { name: 'Kembali ke halaman sebelumnya' }).click();
    expect(new URL(page.url()).pathname).toBe(`/layanan/${service.slug}`);
  });

  it('reports a forum post with JavaScript, and the form and its error state pass axe on a 360 px phone', async () => {
    const [post] = await stack.sql<{ id: string; thread_id: string }>(
      `select p.id, p.thread_id from forum_post p
        where p.moderation_status = 'PUBLISHED' and p.official_unit_id is null
          and not exists (select 1 from forum_post q where q.thread_id = p.thread_id and q.created_at < p.created_at)
        order by p.created_at desc limit 1`,
    );
    expect(post).toBeDefined();
    const session = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    session.allowConsoleError(/status of 400/);
    const { page } = session;
    await page.goto(url(`/forum/${post!.thread_id}`));
    await waitForHydration(page);
    const item = page.locator('.post').filter({ has: page.locator(`input[name="item"][value="${post!.id}"]`) });
    await item.getByText('Laporkan tulisan ini').click();
    await expectAccessible(page, `/forum/${post!.thread_id} with the report form open`);

    await item.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, '/laporkan with an error');

    await page.getByRole('radio', { name: 'Spam atau iklan' }).check();
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await h1(page).filter({ hasText: 'Terima kasih, laporan Anda terkirim' }).waitFor();
    const [report] = await stack.sql<{ reason: string; item_kind: string }>(`select reason, item_kind from report where forum_post_id = $1`, [post!.id]);
    expect(report).toEqual({ reason: 'Spam atau iklan', item_kind: 'FORUM_POST' });
  }, 120_000);

  it('refuses a report form posted from another site', async () => {
    const res = await fetch(url('/laporkan'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      body: new URLSearchParams({ item: randomUUID(), alasan: 'SPAM', kembali: '/' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
  });
});

describe('language', () => {
  it('marks Indonesian content on English pages with lang="id", and the page itself as English', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    await page.goto(url(`/layanan/${service.slug}?lang=en`));
    await waitForHydration(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await h1(page).getAttribute('lang')).toBe('id');
    expect(await h1(page).innerText()).toBe(service.name);
    expect(await page.locator('.lead').getAttribute('lang')).toBe('id');
    const comment = page.locator('.comment__text p').first();
    expect(await comment.getAttribute('lang')).toBe('id');
    // An answer's unit inside the English sentence is Indonesian too.
    const answerBy = page.locator('.comment__answer-by').first();
    if ((await answerBy.count()) > 0) {
      expect(await answerBy.innerText()).toMatch(/^Official answer from /);
      expect(await answerBy.locator('span[lang="id"]').count()).toBe(1);
    }
    // The English interface stays unmarked: its own words are the page's language.
    expect(await page.getByText('Report this comment').first().getAttribute('lang')).toBeNull();
    await expectAccessible(page, `/layanan/${service.slug}?lang=en`);

    await page.goto(url(`/wilayah/mataram`));
    expect(await h1(page).getAttribute('lang')).toBe('id');
    // And the reverse: the switch to English, on an Indonesian page, is marked as English.
    await page.goto(url('/?lang=id'));
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
  }, 120_000);

  it('opens in English on a first visit from a browser that asks for English, and in Indonesian from one that asks for Indonesian', async () => {
    const english = await openBrowser({ javaScriptEnabled: false, locale: 'en-GB' });
    await english.page.goto(url('/'));
    expect(await english.page.locator('html').getAttribute('lang')).toBe('en');
    // The choice in the header outranks the browser, and is remembered.
    await english.page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await english.page.waitForURL(url('/'));
    expect(await english.page.locator('html').getAttribute('lang')).toBe('id');
    await english.page.goto(url(`/layanan/${service.slug}`));
    expect(await english.page.locator('html').getAttribute('lang')).toBe('id');

    const indonesian = await openBrowser({ javaScriptEnabled: false, locale: 'id-ID' });
    await indonesian.page.goto(url('/'));
    expect(await indonesian.page.locator('html').getAttribute('lang')).toBe('id');
  });

  it('serves the cached public page in the language each first-time browser asks for', async () => {
    const ask = (language: string) => fetch(url(`/layanan/${service.slug}`), { headers: { 'Accept-Language': language } });
    for (const [language, lang] of [
      ['en-US,en;q=0.9', 'en'],
      ['id-ID,id;q=0.9,en;q=0.8', 'id'],
      ['en-GB', 'en'],
      ['fr-FR', 'id'],
    ] as const) {
      const res = await ask(language);
      expect(res.headers.get('vary') ?? '', language).toMatch(/Accept-Language/i);
      expect(await res.text(), language).toContain(`<html lang="${lang}"`);
    }
  });
});
