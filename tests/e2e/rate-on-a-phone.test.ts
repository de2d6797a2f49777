import { AxeBuilder } from '@axe-core/playwright';
import { ELEMENT_TEXT, LOW_SCORE_REASONS, SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { MIXED_SCORES, answer, givenAnswers, licensingService, question, receiptCodeOnPage, storedRating, submitButton } from '../support/rating.js';
import { RATING_PAGE_JS_TARGET_BYTES, pageJavaScript } from '../support/page-js.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Rating on a 360 px phone (issue 13, point 2; decision record 0038): the answers are faces with
 * their official words, chosen by touch and by keyboard; with JavaScript a progress indicator
 * follows the answers; an error link brings the question's text into view; the summary's heading
 * is on screen after an empty submit; the title says "Galat:"; a low score opens "what went
 * wrong?", whose ticks reach the database — with JavaScript and without.
 */

const PHONE = { width: 360, height: 740 };
let stack: Stack;
let service: { slug: string; name: string };

beforeAll(async () => {
  stack = await startStack();
  service = await licensingService(stack, 'kupang');
});
afterAll(async () => {
  await stack?.stop();
});

const ratingUrl = () => `${stack.portalUrl}/layanan/${service.slug}/nilai`;
const summaryHeading = (page: Page) => page.getByRole('heading', { name: 'Ada yang perlu diperbaiki' });
const progressText = (page: Page) => page.locator('.rating-progress__text');

/** Where a locator sits in the viewport, in CSS pixels. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not rendered`);
  return found;
}

/**
 * A touch on the middle of a face's tile, where a thumb lands: a pointer press at those coordinates
 * (whatever element is on top there), not a click on a chosen element.
 */
async function tapFace(page: Page, element: SkmElement, score: number) {
  const tile = question(page, element).locator('.faces__label').nth(score - 1);
  await tile.scrollIntoViewIfNeeded();
  const b = (await tile.boundingBox())!;
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

/** The legend of a question is wholly on screen, below the sticky progress bar when there is one. */
async function expectLegendInView(page: Page, element: SkmElement) {
  const legend = await box(page, `#pertanyaan-${element} > legend`);
  const bar = (await page.locator('.rating-progress').count()) ? await page.locator('.rating-progress').boundingBox() : null;
  const top = bar ? bar.y + bar.height : 0;
  expect(legend.y).toBeGreaterThanOrEqual(top - 1);
  expect(legend.y + legend.height).toBeLessThanOrEqual(PHONE.height);
  // …and the first answer is on screen below it, not at the very top.
  const firstFace = await box(page, `#pertanyaan-${element} .faces__label`);
  expect(firstFace.y).toBeGreaterThan(legend.y);
  expect(firstFace.y).toBeLessThan(PHONE.height);
}

describe('rating on a phone', () => {
  it('with JavaScript: faces by touch, progress that follows, an error link that shows the question, "Galat:" in the title, axe clean', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: PHONE });
    await page.goto(ratingUrl());
    await waitForHydration(page);
    expect(await page.title()).not.toMatch(/^Galat/);
    expect(await progressText(page).innerText()).toBe('0 dari 9 pertanyaan terjawab');

    // Each face is a radio named by its official answer word: a tap on the face chooses it.
    const first = question(page, 'PERSYARATAN');
    await tapFace(page, 'PERSYARATAN', 3);
    expect(await first.getByRole('radio', { name: ELEMENT_TEXT.id.PERSYARATAN.answers[2], exact: true }).isChecked()).toBe(true);
    expect(await progressText(page).innerText()).toBe('1 dari 9 pertanyaan terjawab');
    // The faces fit four in a row at 360 px, each a large touch target, and nothing scrolls sideways.
    const faces = await first.locator('.faces__label').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    expect(new Set(faces.map((f) => Math.round(f.y))).size).toBe(1);
    for (const f of faces) expect(Math.min(f.w, f.h)).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await answer(page, { SISTEM_MEKANISME_PROSEDUR: 3, WAKTU_PENYELESAIAN: 4, BIAYA_TARIF: 2 });
    expect(await progressText(page).innerText()).toBe('4 dari 9 pertanyaan terjawab');
    // A low score opens "what went wrong?"; a higher one closes it again.
    const reasons = page.getByRole('group', { name: /Apa yang kurang/ });
    expect(await reasons.count()).toBe(1);
    expect(await reasons.getByRole('checkbox').count()).toBe(LOW_SCORE_REASONS.BIAYA_TARIF.length);

    // An empty-ish submit: the summary's heading is on screen, the title says so.
    await submitButton(page).click();
    await summaryHeading(page).waitFor();
    const heading = await box(page, '#ringkasan-masalah');
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y + heading.height).toBeLessThanOrEqual(PHONE.height);
    await expect.poll(() => page.title()).toMatch(/^Galat: /);

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Progress, errors and the error title all came with the page: no whole catalogue was fetched
    // (decision record 0043), which would have cost the phone about 34 KB more.
    expect(await page.evaluate(() => document.documentElement.dataset.wholeCatalogue ?? null)).toBeNull();

    // The link to question 5 shows its text (legend) below the progress bar, focus on its first face.
    await page.getByRole('link', { name: /pertanyaan 5/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skor-PRODUK_SPESIFIKASI-1');
    await expectLegendInView(page, 'PRODUK_SPESIFIKASI');

    // By keyboard: arrow keys move between the faces of the question.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skor-PRODUK_SPESIFIKASI-2');
    expect(await question(page, 'PRODUK_SPESIFIKASI').getByRole('radio', { name: ELEMENT_TEXT.id.PRODUK_SPESIFIKASI.answers[1], exact: true }).isChecked()).toBe(true);

    await answer(page, { ...MIXED_SCORES, BIAYA_TARIF: 2, PERILAKU_PELAKSANA: 1 });
    expect(await progressText(page).innerText()).toBe('9 dari 9 pertanyaan terjawab');
    await question(page, 'PERILAKU_PELAKSANA').getByRole('checkbox', { name: 'Meminta uang di luar tarif' }).check();
    await question(page, 'BIAYA_TARIF').getByRole('checkbox', { name: 'Ditarik lebih dari tarif yang diumumkan' }).check();
    await submitButton(page).click();
    await page.waitForURL(/\/terima-kasih\//);
    expect(await page.title()).not.toMatch(/^Galat/);
    const code = await receiptCodeOnPage(page);
    const stored = await storedRating(stack, code);
    const rows = await stack.sql<{ element: string; reason: string }>(
      'select element, reason from feedback_reason where feedback_id = (select id from feedback where idempotency_key = $1) order by element, reason',
      [stored.idempotency_key],
    );
    expect(rows).toEqual([
      { element: 'BIAYA_TARIF', reason: 'ABOVE_TARIFF' },
      { element: 'PERILAKU_PELAKSANA', reason: 'ASKED_FOR_MONEY' },
    ]);
  });

  it('without JavaScript: the same faces and reasons, the summary heading on screen, a link that shows the question, "Galat:" in the title', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false, viewport: PHONE });
    // The refused POST answers 400 (the form with its errors), which the browser logs.
    allowConsoleError(/status of 400/);
    await page.goto(ratingUrl());
    // No progress without JavaScript (nothing could update it); the faces are the same radios.
    expect(await page.locator('.rating-progress').count()).toBe(0);
    await tapFace(page, 'PERSYARATAN', 1);
    await answer(page, { SISTEM_MEKANISME_PROSEDUR: 1 });
    // "What went wrong?" is a closed details under every question; open one and tick a reason.
    const procedure = question(page, 'SISTEM_MEKANISME_PROSEDUR');
    await procedure.locator('summary').click();
    await procedure.getByRole('checkbox', { name: 'Dioper dari loket ke loket' }).check();

    await submitButton(page).click();
    await summaryHeading(page).waitFor();
    expect(await page.title()).toMatch(/^Galat: /);
    const heading = await box(page, '#ringkasan-masalah');
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y + heading.height).toBeLessThanOrEqual(PHONE.height);
    // The answers and the tick came back; the low answers' reasons are open.
    expect(await givenAnswers(page)).toEqual({ PERSYARATAN: 1, SISTEM_MEKANISME_PROSEDUR: 1 });
    expect(await procedure.getByRole('checkbox', { name: 'Dioper dari loket ke loket' }).isChecked()).toBe(true);
    expect(await question(page, 'PERSYARATAN').locator('details').getAttribute('open')).not.toBeNull();
    expect(await question(page, 'WAKTU_PENYELESAIAN').locator('details').getAttribute('open')).toBeNull();

    // The link goes to the question's fieldset: its legend at the top of the screen, not its radios.
    await page.getByRole('link', { name: /pertanyaan 7/ }).click();
    await expectLegendInView(page, 'PERILAKU_PELAKSANA');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pertanyaan-PERILAKU_PELAKSANA');

    await answer(page, { ...MIXED_SCORES, PERSYARATAN: 1, SISTEM_MEKANISME_PROSEDUR: 1 });
    await submitButton(page).click();
    await page.waitForURL(/\/terima-kasih\//);
    const stored = await storedRating(stack, await receiptCodeOnPage(page));
    const rows = await stack.sql<{ element: string; reason: string }>(
      'select element, reason from feedback_reason where feedback_id = (select id from feedback where idempotency_key = $1)',
      [stored.idempotency_key],
    );
    expect(rows).toEqual([{ element: 'SISTEM_MEKANISME_PROSEDUR', reason: 'SENT_AROUND' }]);
  });

  it('says "Error:" in English, and the progress in English', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: PHONE });
    await page.goto(`${ratingUrl()}?lang=en`);
    await waitForHydration(page);
    expect(await progressText(page).innerText()).toBe('0 of 9 questions answered');
    await answer(page, { PERSYARATAN: 4 }, 'en');
    expect(await progressText(page).innerText()).toBe('1 of 9 questions answered');
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    void SKM_ELEMENTS;
  });
});

describe('the rating page’s weight', () => {
  // The 100 KB target is reported by `pnpm bench` (tests/bench/run.ts), which does not judge; here
  // only what must never come back: the proof-of-work solver is fetched when a region asks for it,
  // never with the page.
  it('loads its JavaScript without the proof-of-work solver, and says how much it loads', async () => {
    const measured = await pageJavaScript(ratingUrl());
    const list = measured.files.map((f) => `${f.path} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join('\n');
    console.log(`rating page JS: ${(measured.totalGzipBytes / 1024).toFixed(1)} KB gzip (target ${RATING_PAGE_JS_TARGET_BYTES / 1024} KB)\n${list}`);
    expect(measured.files.some((f) => /entry\.client/.test(f.path))).toBe(true);
    expect(measured.files.filter((f) => /proof-of-work|altcha/i.test(f.path))).toEqual([]);
  });
});
