import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The citizens' forum (issue 8): reading a service's questions and the unit's official answers,
 * asking a question that waits for a moderator, replying, and hostile words staying text.
 */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

const url = (path: string) => `${stack.portalUrl}${path}`;
const main = (page: Page) => page.locator('main');

/** A published thread of the demo world about a service, with an official answer. */
async function answeredServiceThread() {
  const [row] = await stack.sql<{ id: string; title: string; slug: string; answer: string }>(
    `select t.id, t.title, s.slug, p.body as answer from forum_thread t
       join public_service s on s.id = t.service_id
       join forum_post p on p.thread_id = t.id and p.official_unit_id is not null and p.moderation_status = 'PUBLISHED'
      order by t.created_at limit 1`,
  );
  if (!row) throw new Error('The demo world has no answered forum thread about a service');
  return row;
}

/** Publishes a citizen's post as a moderator would (the moderation journey is its own test). */
const publish = (postId: string) =>
  stack.sql(`update forum_post set moderation_status = 'PUBLISHED', published_at = now() where id = $1`, [postId]);

describe('the citizens’ forum', () => {
  it('leads from a service to its questions and shows the unit’s official answer, without JavaScript', async () => {
    const thread = await answeredServiceThread();
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url(`/layanan/${thread.slug}`));
    await page.getByRole('link', { name: 'Buka forum layanan ini' }).click();
    await page.waitForURL(`**/layanan/${thread.slug}/forum`);
    await page.getByRole('link', { name: thread.title }).click();
    await page.waitForURL(`**/forum/${thread.id}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(thread.title);
    const official = page.locator('.post--official').first();
    expect(await official.innerText()).toContain('Jawaban resmi');
    expect(await official.innerText()).toContain(thread.answer.split('\n')[0]!.slice(0, 40));
  });

  it('keeps a new question back until a moderator approves it, and says so', async () => {
    const thread = await answeredServiceThread();
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await page.goto(url(`/layanan/${thread.slug}/forum`));
    await waitForHydration(page);

    await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.innerText()).toContain('Isi judul pertanyaan.');
    expect(await summary.innerText()).toContain('Isi nama yang ditampilkan.');

    const title = `Jam buka loket hari Sabtu ${Date.now()}`;
    await page.getByLabel('Judul pertanyaan').fill(title);
    await page.getByLabel('Pertanyaan Anda').fill('Apakah loket buka pada hari Sabtu?\n\nTerima kasih.');
    await page.getByLabel('Nama yang ditampilkan').fill('Wati');
    await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
    await expect.poll(() => main(page).innerText()).toContain('akan tampil setelah disetujui moderator');
    expect(await main(page).innerText()).not.toContain(title);

    const [stored] = await stack.sql<{ thread_id: string; post_id: string; status: string }>(
      `select t.id as thread_id, p.id as post_id, p.moderation_status as status from forum_thread t join forum_post p on p.thread_id = t.id where t.title = $1`,
      [title],
    );
    expect(stored!.status).toBe('PENDING');
    await publish(stored!.post_id);
    await page.goto(url(`/layanan/${thread.slug}/forum`));
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/forum/${stored!.thread_id}`);
    expect(await main(page).innerText()).toContain('Menunggu jawaban unit');
  });

  it('takes a reply, and shows hostile words in posts as plain text', async () => {
    const thread = await answeredServiceThread();
    const payload = `<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> '; DROP TABLE forum_post; --`;
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url(`/forum/${thread.id}`));
    await page.getByLabel('Balasan Anda').fill(payload);
    await page.getByLabel('Nama yang ditampilkan').fill('<b>Budi</b>');
    await page.getByRole('button', { name: 'Kirim balasan' }).click();
    await page.waitForURL(`**/forum/${thread.id}?terkirim=1*`);
    const [post] = await stack.sql<{ id: string; body: string }>(`select id, body from forum_post where thread_id = $1 and author_name = '<b>Budi</b>'`, [thread.id]);
    expect(post!.body).toBe(payload);
    await publish(post!.id);

    const browser = await openBrowser({ javaScriptEnabled: true });
    await browser.page.goto(url(`/forum/${thread.id}`));
    const text = await browser.page.locator('main').innerText();
    expect(text).toContain(payload);
    expect(text).toContain('<b>Budi</b>');
    expect(await browser.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    expect(await browser.page.locator('main img[src="x"], main b').count()).toBe(0);
  });

  it('lists a region’s questions and a unit’s general ones, where a general question can be asked', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    allowConsoleError(/status of 404/);
    await page.goto(url('/forum'));
    await page.getByLabel('Wilayah').selectOption({ label: 'Kota Mataram' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL('**/forum?wilayah=mataram');
    expect(await page.locator('.thread').count()).toBeGreaterThan(0);

    const [unit] = await stack.sql<{ unit_id: string; name: string }>(
      `select t.unit_id, u.name from forum_thread t join unit u on u.id = t.unit_id where t.service_id is null limit 1`,
    );
    if (unit) {
      await page.goto(url(`/forum?unit=${unit.unit_id}`));
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(unit.name);
      expect(await page.getByRole('button', { name: 'Kirim pertanyaan' }).count()).toBe(1);
    }
    const response = await page.goto(url('/forum/not-a-thread'));
    expect(response?.status()).toBe(404);
  });
});
