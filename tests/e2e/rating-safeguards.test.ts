import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import {
  MIXED_SCORES,
  RECEIPT_CODE,
  answer,
  givenAnswers,
  licensingService,
  postForm,
  receiptCodeOnPage,
  renderedForm,
  storedRating,
  submitButton,
} from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The rating form's defences as a citizen meets them: a region that asks for a proof of work
 * (solved in the browser; explained when JavaScript is off), and the per-network submission limit,
 * which must say how long to wait and keep every answer. The API's limit is set low for this file.
 */

const LIMIT = 3;
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ apiEnv: { SUARA_SUBMIT_RATE_LIMIT: String(LIMIT) } });
});

afterAll(async () => {
  await stack?.stop();
});

const url = (pathAndQuery: string) => `${stack.portalUrl}${pathAndQuery}`;
const setProofOfWork = (region: string, on: boolean) => stack.sql('update region set proof_of_work_required = $2 where slug = $1', [region, on]);

describe('a region that asks for a proof of work', () => {
  it('solves it in the browser with JavaScript before sending, and the rating is stored', async () => {
    const service = await licensingService(stack, 'sawahlunto');
    await setProofOfWork('sawahlunto', true);
    try {
      const { page } = await openBrowser({ javaScriptEnabled: true });
      const challenges: string[] = [];
      page.on('request', (request) => request.url().includes('/nilai/tantangan') && challenges.push(request.url()));
      await page.goto(url(`/layanan/${service.slug}/nilai`));
      await waitForHydration(page);
      await answer(page, MIXED_SCORES);
      await submitButton(page).click();
      await page.waitForURL(/\/terima-kasih\//, { timeout: 45_000 });
      expect(challenges).toHaveLength(1);
      const code = await receiptCodeOnPage(page);
      expect(code).toMatch(RECEIPT_CODE);
      const stored = await storedRating(stack, code);
      expect(stored.spam).toBe(false);
    } finally {
      await setProofOfWork('sawahlunto', false);
    }
  });

  it('says plainly, without JavaScript, that this region needs it for its anti-spam check, and keeps the answers when sent anyway', async () => {
    const service = await licensingService(stack, 'sawahlunto');
    await setProofOfWork('sawahlunto', true);
    try {
      const session = await openBrowser({ javaScriptEnabled: false });
      session.allowConsoleError(/status of 400/);
      const { page } = session;
      const stored = async () =>
        (await stack.sql<{ n: number }>('select count(*)::int as n from feedback where service_id = (select id from public_service where slug = $1)', [service.slug]))[0]!.n;
      const before = await stored();
      await page.goto(url(`/layanan/${service.slug}/nilai`));
      expect(await page.locator('main').innerText()).toContain('Wilayah ini memakai pemeriksaan anti-spam otomatis yang membutuhkan JavaScript.');
      await answer(page, MIXED_SCORES);
      await submitButton(page).click();
      await page.waitForURL(/\?kirim/);
      // The API refuses it and says why, in the summary; nothing was stored.
      expect(await page.getByRole('alert').innerText()).toMatch(/anti-spam/);
      expect(await stored()).toBe(before);
      expect(await givenAnswers(page)).toEqual(MIXED_SCORES);
    } finally {
      await setProofOfWork('sawahlunto', false);
    }
  });

  it('asks for nothing where the region has not switched it on', async () => {
    const service = await licensingService(stack, 'mataram');
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url(`/layanan/${service.slug}/nilai`));
    expect(await page.locator('main').innerText()).not.toContain('anti-spam');
    const response = await fetch(url(`/layanan/${service.slug}/nilai/tantangan`));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ challenge: null });
  });
});

describe('too many ratings from one network', () => {
  it('says how long to wait and keeps every answer, with and without JavaScript', async () => {
    const service = await licensingService(stack, 'kupang');
    const ratingUrl = url(`/layanan/${service.slug}/nilai`);

    // Use up the network's allowance with complete ratings sent as the form sends them.
    const filler = await openBrowser({ javaScriptEnabled: true });
    await filler.page.goto(ratingUrl);
    await waitForHydration(filler.page);
    await answer(filler.page, MIXED_SCORES);
    const { action, body } = await renderedForm(filler.page, stack.portalUrl);
    let limited: Response | null = null;
    for (let sent = 0; sent <= LIMIT && !limited; sent++) {
      body.set('kunci', crypto.randomUUID());
      const response = await postForm(action, body);
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(303);
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);

    for (const javaScriptEnabled of [false, true]) {
      const session = await openBrowser({ javaScriptEnabled });
      session.allowConsoleError(/status of 429/);
      const { page } = session;
      await page.goto(ratingUrl);
      if (javaScriptEnabled) await waitForHydration(page);
      await answer(page, MIXED_SCORES);
      await page.getByRole('textbox', { name: /komentar/i }).fill('Antrean terlalu panjang.');
      await submitButton(page).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(await summary.innerText()).toMatch(/Terlalu banyak penilaian dikirim dari jaringan Anda dalam waktu singkat\. Coba kirim lagi dalam \d+ (menit|detik)\. Jawaban Anda masih ada di formulir ini\./);
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByRole('textbox', { name: /komentar/i }).inputValue()).toBe('Antrean terlalu panjang.');
      expect(await givenAnswers(page)).toEqual(MIXED_SCORES);
      expect(new URL(page.url()).pathname).toBe(`/layanan/${service.slug}/nilai`);
    }
  });
});

// Last in this file: the API stays stopped.
describe('an API that goes away while the form is open', () => {
  it('keeps every answer with JavaScript and says to send again later; without it, answers 503 with the “unavailable” page', async () => {
    const service = await licensingService(stack, 'mataram');
    const ratingUrl = url(`/layanan/${service.slug}/nilai`);
    const scripted = await openBrowser({ javaScriptEnabled: true });
    scripted.allowConsoleError(/status of 503/);
    await scripted.page.goto(ratingUrl);
    await waitForHydration(scripted.page);
    await answer(scripted.page, MIXED_SCORES);
    await scripted.page.getByRole('textbox', { name: /komentar/i }).fill('Antrean terlalu panjang.');
    const plain = await openBrowser({ javaScriptEnabled: false });
    plain.allowConsoleError(/status of 503/);
    await plain.page.goto(ratingUrl);
    await answer(plain.page, MIXED_SCORES);

    await stack.stopApi();

    await submitButton(scripted.page).click();
    const summary = scripted.page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Penilaian belum terkirim karena Suara sedang tidak dapat dihubungi. Jawaban Anda masih ada di formulir ini');
    expect(await givenAnswers(scripted.page)).toEqual(MIXED_SCORES);
    expect(await scripted.page.getByRole('textbox', { name: /komentar/i }).inputValue()).toBe('Antrean terlalu panjang.');

    // Without JavaScript the page around the form cannot be drawn without the API: a plain 503, not a crash.
    const answered = plain.page.waitForResponse((r) => r.request().method() === 'POST');
    await submitButton(plain.page).click();
    expect((await answered).status()).toBe(503);
    expect(await plain.page.getByRole('heading', { level: 1 }).innerText()).toBe('Layanan sedang tidak tersedia');
  });
});
