import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import {
  MIXED_SCORES,
  RECEIPT_CODE,
  answer,
  forgetNetworkCounter,
  formKeyOnPage,
  givenAnswers,
  licensingService,
  othersRateFromThisNetwork,
  receiptCodeOnPage,
  rowsWithKey,
  submitButton,
  watchAnnouncements,
} from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The hard ceiling on ratings from one network, far above the soft limit in real life and right
 * above it here: one rating an hour without a check, one more with it. Over the soft limit the form
 * checks automatically once per press of "Kirim"; over the ceiling nothing is solved, and the citizen
 * reads the same plain notice as without JavaScript.
 */

const SOFT = 1;
let stack: Stack;
let service: { slug: string; name: string };

beforeAll(async () => {
  stack = await startStack({ apiEnv: { SUARA_SUBMIT_RATE_LIMIT: String(SOFT), SUARA_SUBMIT_HARD_LIMIT: '2' } });
  service = await licensingService(stack, 'mamuju');
});

afterAll(async () => {
  await stack?.stop();
});

const ratingUrl = () => `${stack.portalUrl}/layanan/${service.slug}/nilai`;

/** A citizen with JavaScript on the rating form, every POST counted; 429s are expected here. */
async function citizenWithScript(): Promise<{ page: Page; posts: string[] }> {
  const session = await openBrowser({ javaScriptEnabled: true });
  session.allowConsoleError(/status of 429/);
  const { page } = session;
  const posts: string[] = [];
  page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
  await page.goto(ratingUrl());
  await waitForHydration(page);
  return { page, posts };
}

const notice = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Terlalu banyak penilaian dari jaringan ini' }) });

describe('the hard ceiling on ratings from one network', () => {
  it('lets the next citizen through after the automatic check, and shows the one after at once the notice: nothing solved, nothing stored', async () => {
    await forgetNetworkCounter(stack);
    const others = await openBrowser({ javaScriptEnabled: false });
    await othersRateFromThisNetwork(stack, others.page, service.slug, SOFT);

    // Over the soft limit: checked automatically, stored.
    const second = await citizenWithScript();
    await answer(second.page, MIXED_SCORES);
    await submitButton(second.page).click();
    await second.page.waitForURL(/\/terima-kasih\//, { timeout: 45_000 });
    expect(await receiptCodeOnPage(second.page)).toMatch(RECEIPT_CODE);

    // At the ceiling: the API sends no challenge, so there is nothing to solve.
    const third = await citizenWithScript();
    const announcements = await watchAnnouncements(third.page);
    await answer(third.page, MIXED_SCORES);
    const comment = third.page.getByRole('textbox', { name: /komentar/i });
    await comment.fill('Ruang tunggu penuh.');
    const key = await formKeyOnPage(third.page);
    await submitButton(third.page).click();
    await notice(third.page).waitFor();

    const text = await notice(third.page).innerText();
    expect(text).toContain('Ini bukan kesalahan Anda.');
    expect(text).toMatch(/lagi dalam (59|60) menit\./);
    // The hint for browsers without JavaScript is not shown with it on, nor would it help here.
    expect(text).not.toContain('JavaScript');
    expect(await notice(third.page).evaluate((el) => el === document.activeElement)).toBe(true);
    // Not solving, not sending: the status line is empty, the button is ready, one POST was all.
    expect(await third.page.locator('.rating-form__status').innerText()).toBe('');
    expect(await submitButton(third.page).isVisible()).toBe(true);
    expect(third.posts).toHaveLength(1);
    const seen = await announcements();
    expect(seen.status).toEqual([]);
    expect(seen.alertHeadings).toEqual(['Terlalu banyak penilaian dari jaringan ini']);
    expect(await rowsWithKey(stack, key)).toBe(0);
    expect(await givenAnswers(third.page)).toEqual(MIXED_SCORES);
    expect(await comment.inputValue()).toBe('Ruang tunggu penuh.');
    expect(await formKeyOnPage(third.page)).toBe(key);

    const { violations } = await new AxeBuilder({ page: third.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  it('checks once per press: when the API turns down the solved check, the notice says to wait, and the next press checks again and stores one rating', async () => {
    await forgetNetworkCounter(stack);
    const others = await openBrowser({ javaScriptEnabled: false });
    await othersRateFromThisNetwork(stack, others.page, service.slug, SOFT);

    const { page, posts } = await citizenWithScript();
    // The first solved check is spoiled on its way (as by a broken proxy): the API cannot read it.
    let spoiled = 0;
    await page.route('**/nilai*', async (route) => {
      const request = route.request();
      const body = request.postData();
      if (request.method() !== 'POST' || spoiled > 0 || !body?.includes('bukti-anti-spam')) return route.fallback();
      spoiled++;
      const fields = new URLSearchParams(body);
      fields.set('bukti-anti-spam', 'rusak');
      return route.continue({ postData: fields.toString() });
    });
    const announcements = await watchAnnouncements(page);
    await answer(page, MIXED_SCORES);
    const key = await formKeyOnPage(page);

    await submitButton(page).click();
    await notice(page).waitFor({ timeout: 45_000 });
    expect(spoiled).toBe(1);
    // The refused POST and the one automatic retry; no second check of its own accord.
    expect(posts).toHaveLength(2);
    expect(await page.locator('.rating-form__status').innerText()).toBe('');
    expect(await notice(page).innerText()).toMatch(/Ini bukan kesalahan Anda\.[\s\S]*lagi dalam (59|60) menit\./);
    expect(await page.getByText('Ada yang perlu diperbaiki').count()).toBe(0);
    expect(await rowsWithKey(stack, key)).toBe(0);
    expect((await announcements()).status).toEqual([expect.stringMatching(/^Memverifikasi otomatis… /)]);

    // Pressing "Kirim" again is a new attempt: one more check, and the same key stores one rating.
    await submitButton(page).click();
    await page.waitForURL(/\/terima-kasih\//, { timeout: 45_000 });
    expect(posts).toHaveLength(4);
    expect(await rowsWithKey(stack, key)).toBe(1);
  });
});
