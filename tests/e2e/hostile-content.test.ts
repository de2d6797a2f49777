import { randomUUID } from 'node:crypto';
import { SKM_ELEMENTS } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * What citizens and staff write is shown to everyone, so every word must reach the page as text:
 * markup in a comment or an answer never runs or becomes an element, and SQL metacharacters are
 * stored and shown exactly as typed (issue 8). Chromium with JavaScript on, as an attacker hopes.
 */

const PAYLOADS = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned='img'">`,
  `"><svg onload="window.__pwned='svg'"></svg>`,
  `javascript:window.__pwned='link' <a href="javascript:window.__pwned='a'">klik</a>`,
  `{{constructor.constructor('window.__pwned=1')()}} \${window.__pwned='template'}`,
];
const SQL_TEXT = `Robert'); DROP TABLE feedback; -- 100% _ \\ "kutip" ; select * from staff_account where ''='`;

let stack: Stack;
let service: { id: string; slug: string };

beforeAll(async () => {
  stack = await startStack();
  const [row] = await stack.sql<{ id: string; slug: string }>(
    `select s.id, s.slug from public_service s join region r on r.id = s.region_id where r.slug = 'mataram' order by s.slug limit 1`,
  );
  service = row!;
});

afterAll(async () => {
  await stack?.stop();
});

/** A citizen's rating with this comment, through the real API; published and answered as staff would. */
async function publishedComment(comment: string, answer: string): Promise<string> {
  const { submitFeedback } = await stack.graphql<{ submitFeedback: { receiptCode: string; feedback: { id: string } } }>(
    'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode feedback { id } } }',
    {
      input: {
        serviceId: service.id,
        idempotencyKey: randomUUID(),
        scores: SKM_ELEMENTS.map((element) => ({ element, score: 2 })),
        comment,
      },
    },
  );
  const id = submitFeedback.feedback.id;
  // Moderation and answering have their own browser journey; here only what is shown matters.
  await stack.sql(`update feedback set moderation_status = 'PUBLISHED', published_at = now() where id = $1`, [id]);
  await stack.sql(
    `insert into official_response (id, created_at, feedback_id, unit_id, body, responded_at)
     select $1, now(), f.id, s.unit_id, $2, now() from feedback f join public_service s on s.id = f.service_id where f.id = $3`,
    [randomUUID(), answer, id],
  );
  return submitFeedback.receiptCode;
}

async function expectInert(page: Page, texts: string[]): Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const body = await page.locator('main').innerText();
  for (const text of texts) expect(body).toContain(text);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  // Nothing a citizen wrote became an element.
  expect(await page.locator('main img[src="x"], main svg[onload], main a[href^="javascript:"], main script:not([nonce])').count()).toBe(0);
  expect(dialogs).toEqual([]);
}

describe('hostile words from citizens and staff', () => {
  it('shows markup in a comment and in its answer as plain text on the service page and in tracking', async () => {
    const comment = PAYLOADS.join(' | ');
    const answer = `Terima kasih. ${PAYLOADS[1]} ${PAYLOADS[0]}`;
    const code = await publishedComment(comment, answer);
    const { page } = await openBrowser({ javaScriptEnabled: true });

    // The public read cache lives one second; the page shows the comment right after.
    await expect
      .poll(async () => {
        await page.goto(`${stack.portalUrl}/layanan/${service.slug}`);
        return (await page.locator('main').innerText()).includes(PAYLOADS[0]!);
      }, { timeout: 10_000 })
      .toBe(true);
    await expectInert(page, [...PAYLOADS, 'Terima kasih.']);

    await page.goto(`${stack.portalUrl}/lacak/${code}`);
    await expectInert(page, [answer]);
  });

  it('stores and shows SQL metacharacters exactly as the citizen typed them', async () => {
    const code = await publishedComment(SQL_TEXT, `Jawaban: ${SQL_TEXT}`);
    const [stored] = await stack.sql<{ comment: string }>('select comment from feedback where receipt_code = $1', [code.replace('-', '')]);
    expect(stored!.comment).toBe(SQL_TEXT);

    const { page } = await openBrowser({ javaScriptEnabled: false });
    await expect
      .poll(async () => {
        await page.goto(`${stack.portalUrl}/layanan/${service.slug}`);
        return (await page.locator('main').innerText()).includes(SQL_TEXT);
      }, { timeout: 10_000 })
      .toBe(true);
    await page.goto(`${stack.portalUrl}/lacak/${code}`);
    expect(await page.locator('main').innerText()).toContain(`Jawaban: ${SQL_TEXT}`);
    const [{ n }] = (await stack.sql<{ n: number }>('select count(*)::int as n from feedback')) as [{ n: number }];
    expect(n).toBeGreaterThan(1000);
  });
});
