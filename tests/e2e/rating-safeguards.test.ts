import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import {
  MIXED_SCORES,
  RECEIPT_CODE,
  answer,
  endNetworkWindow,
  forgetNetworkCounter,
  formKeyOnPage,
  givenAnswers,
  licensingService,
  othersRateFromThisNetwork,
  receiptCodeOnPage,
  rowsWithKey,
  storedRating,
  submitButton,
  watchAnnouncements,
} from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The rating form's defences as a citizen meets them: a region that asks for a proof of work
 * (solved in the browser; explained when JavaScript is off), and the per-network submission limit,
 * over which the form checks automatically with JavaScript, and without it says how long to wait and
 * keeps every answer. The API's limit is set low for this file (its hard ceiling: network-ceiling.test.ts).
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

describe('many ratings from one network (an office or puskesmas Wi-Fi, a mobile carrier)', () => {
  const NOTICE_HEADING = 'Terlalu banyak penilaian dari jaringan ini';

  it('with JavaScript, checks automatically and stores the rating after one press of “Kirim”: a receipt, and one rating for the form’s key', async () => {
    const service = await licensingService(stack, 'kupang');
    await forgetNetworkCounter(stack);
    const others = await openBrowser({ javaScriptEnabled: false });
    await othersRateFromThisNetwork(stack, others.page, service.slug, LIMIT);

    const session = await openBrowser({ javaScriptEnabled: true });
    // The first POST is answered 429 with the challenge; Chromium logs that status on its own.
    session.allowConsoleError(/status of 429/);
    const { page } = session;
    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
    await page.goto(url(`/layanan/${service.slug}/nilai`));
    await waitForHydration(page);
    const announcements = await watchAnnouncements(page);
    await answer(page, MIXED_SCORES);
    await page.getByRole('textbox', { name: /komentar/i }).fill('Antrean terlalu panjang.');
    const key = await formKeyOnPage(page);

    await submitButton(page).click();
    await page.waitForURL(/\/terima-kasih\//, { timeout: 45_000 });

    const code = await receiptCodeOnPage(page);
    expect(code).toMatch(RECEIPT_CODE);
    expect(await rowsWithKey(stack, key)).toBe(1);
    const stored = await storedRating(stack, code);
    expect(stored).toMatchObject({ idempotency_key: key, comment: 'Antrean terlalu panjang.', spam: false });
    // The refused POST, then the same answers with the solved check: two, never more.
    expect(posts).toHaveLength(2);
    // A calm status line while it checked; no error summary and no notice on the way.
    const seen = await announcements();
    expect(seen.status).toContainEqual(expect.stringMatching(/^Memverifikasi otomatis… /));
    expect(seen.alertHeadings).toEqual([]);
  });

  it('without JavaScript, says what happened and that it is not the citizen’s fault, keeps the answers and the key (429), and stores one rating when sent again after the hour', async () => {
    const service = await licensingService(stack, 'kupang');
    await forgetNetworkCounter(stack);
    const others = await openBrowser({ javaScriptEnabled: false });
    await othersRateFromThisNetwork(stack, others.page, service.slug, LIMIT);

    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 429/);
    const { page } = session;
    await page.goto(url(`/layanan/${service.slug}/nilai`));
    await answer(page, MIXED_SCORES);
    await page.getByRole('textbox', { name: /komentar/i }).fill('Antrean terlalu panjang.');
    const key = await formKeyOnPage(page);

    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await submitButton(page).click();
    const response = await refused;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(3000);
    await page.waitForLoadState();

    const notice = page.getByRole('alert');
    expect(await notice.getByRole('heading', { level: 2 }).innerText()).toBe(NOTICE_HEADING);
    const text = await notice.innerText();
    expect(text).toContain('misalnya Wi-Fi kantor atau puskesmas, atau operator seluler yang sama. Ini bukan kesalahan Anda.');
    expect(text).toMatch(/jawaban Anda masih ada di formulir di bawah ini\. Silakan tekan “Kirim penilaian” lagi dalam (59|60) menit\./);
    // Where a check would be accepted, a browser without JavaScript is told what it would take.
    expect(text).toContain('Bila JavaScript di browser Anda aktif');
    expect(await page.getByText('Ada yang perlu diperbaiki').count()).toBe(0);
    // The browser itself moves focus to the notice (autofocus), as with the error summary.
    expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await givenAnswers(page)).toEqual(MIXED_SCORES);
    expect(await page.getByRole('textbox', { name: /komentar/i }).inputValue()).toBe('Antrean terlalu panjang.');
    expect(await formKeyOnPage(page)).toBe(key);
    expect(await rowsWithKey(stack, key)).toBe(0);

    // An hour later the same page, sent again as it is, stores exactly one rating.
    await endNetworkWindow(stack);
    await submitButton(page).click();
    await page.waitForURL(/\/terima-kasih\//);
    const code = await receiptCodeOnPage(page);
    expect(code).toMatch(RECEIPT_CODE);
    expect(await rowsWithKey(stack, key)).toBe(1);
    expect(await storedRating(stack, code)).toMatchObject({ idempotency_key: key, comment: 'Antrean terlalu panjang.' });
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
