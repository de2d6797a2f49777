import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { SKM_ELEMENTS } from '@suara/skm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { licensingService, MIXED_SCORES } from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * Deletion of personal data on request (issue 11, point 7; decision record 0034), end to end in real
 * Chromium without JavaScript: a citizen asks on the tracking page, a moderator of the region
 * confirms on "Permintaan hapus data", and the comment is gone from the public service page while the
 * tracking page says the data was erased.
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

/** The service page as an anonymous visitor (no cookies) gets it right now, page cache included. */
const publicServicePage = async () => (await fetch(url(`/layanan/${service.slug}`))).text();

describe('a citizen deletes their personal data', () => {
  it('asks on the tracking page without JavaScript; a moderator confirms; the comment no longer shows', async () => {
    const comment = `Saya Pak Darto dari Ampenan, antre tiga jam ${randomUUID().slice(0, 8)}`;
    const { submitFeedback } = await stack.graphql<{ submitFeedback: { receiptCode: string; feedback: { id: string } } }>(
      'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode feedback { id } } }',
      {
        input: {
          serviceId: service.id,
          idempotencyKey: randomUUID(),
          scores: SKM_ELEMENTS.map((element) => ({ element, score: MIXED_SCORES[element] })),
          comment,
          contact: 'darto@contoh.id',
        },
      },
    );
    const code = submitFeedback.receiptCode;
    // Published, as a moderator's approval would leave it; the service page shows it.
    await stack.sql(`update feedback set moderation_status = 'PUBLISHED', published_at = now() where id = $1`, [submitFeedback.feedback.id]);
    expect(await publicServicePage()).toContain(comment);

    // The citizen, on the tracking page, without JavaScript.
    const citizen = await openBrowser({ javaScriptEnabled: false });
    await citizen.page.goto(url(`/lacak/${code}`));
    const personal = citizen.page.getByRole('region', { name: 'Data pribadi' });
    expect(await personal.innerText()).toContain('Nilai Anda tetap dihitung');
    await personal.getByRole('textbox', { name: 'Alasan (tidak wajib)' }).fill('Saya menyebut nama saya.');
    await personal.getByRole('button', { name: 'Hapus data pribadi saya' }).click();
    await citizen.page.waitForURL(`**/lacak/${code}#data-pribadi`);
    expect(await citizen.page.getByRole('region', { name: 'Data pribadi' }).innerText()).toContain('menunggu konfirmasi moderator');
    expect(await citizen.page.getByRole('button', { name: 'Hapus data pribadi saya' }).count()).toBe(0);

    // Another web site cannot send the form in a visitor's name.
    const forged = await fetch(url(`/lacak/${code}`), {
      method: 'POST',
      headers: { origin: 'https://bukan-suara.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'alasan=x',
    });
    expect(forged.status).toBe(403);

    // A moderator of Mataram confirms it on "Permintaan hapus data", without JavaScript.
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL(url('/staf'));
    await page.getByRole('navigation', { name: 'Navigasi staf' }).getByRole('link', { name: 'Hapus data' }).click();
    await page.waitForURL('**/staf/privasi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Permintaan hapus data: Kota Mataram');
    const card = page.locator('li.staff-card').filter({ hasText: code });
    expect(await card.innerText()).toContain('Saya menyebut nama saya.');
    expect(await card.innerText()).toContain('kontak, komentar');
    // The demo world's own requests wait there too.
    expect(await page.locator('li.staff-card').count()).toBeGreaterThanOrEqual(3);
    await card.getByRole('button', { name: 'Konfirmasi dan hapus data' }).click();
    await page.waitForURL(/selesai=confirmed/);
    expect(await page.getByRole('status').first().innerText()).toBe('Data pribadi penilaian itu sudah dihapus.');
    expect(await page.locator('li.staff-card').filter({ hasText: code }).count()).toBe(0);

    // Gone from the public page at once (the page cache was purged); the tracking page says so.
    expect(await publicServicePage()).not.toContain(comment);
    await citizen.page.goto(url(`/lacak/${code}`));
    expect(await citizen.page.getByRole('region', { name: 'Data pribadi' }).innerText()).toContain('sudah dihapus');
    const [row] = await stack.sql<{ contact: string | null; comment: string | null }>('select contact, comment from feedback where id = $1', [submitFeedback.feedback.id]);
    expect(row).toEqual({ contact: null, comment: null });

    // The decided request is listed with who decided and what was erased.
    await page.goto(url('/staf/privasi?status=CONFIRMED'));
    const decided = page.locator('li.staff-card').filter({ hasText: code });
    expect(await decided.innerText()).toContain('Diputuskan oleh');
    expect(await decided.innerText()).not.toContain('Pak Darto');
  });

  it('has no accessibility violations axe can find on the staff page and the tracking page’s form, which fit a 360 px phone', async () => {
    const [demo] = await stack.sql<{ receipt_code: string }>(
      `select f.receipt_code from data_deletion_request d join feedback f on f.id = d.feedback_id where d.status = 'PENDING' order by d.created_at limit 1`,
    );
    const { submitFeedback } = await stack.graphql<{ submitFeedback: { receiptCode: string } }>(
      'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode } }',
      { input: { serviceId: service.id, idempotencyKey: randomUUID(), scores: SKM_ELEMENTS.map((element) => ({ element, score: MIXED_SCORES[element] })) } },
    );
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL(url('/staf'));
    for (const path of ['/staf/privasi', '/staf/privasi?status=all', `/lacak/${demo!.receipt_code}`, `/lacak/${submitFeedback.receiptCode}`]) {
      await page.goto(url(path));
      await waitForHydration(page);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${path}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  }, 180_000);
});
