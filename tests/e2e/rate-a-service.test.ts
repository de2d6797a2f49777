import { AxeBuilder } from '@axe-core/playwright';
import { ELEMENT_TEXT, GRADE_LABEL, SKM_ELEMENTS, type Grade, type SkmElement } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factValue, openBrowser, waitForHydration } from '../support/browser.js';
import {
  MIXED_SCORES,
  RECEIPT_CODE,
  answer,
  givenAnswers,
  idDecimal,
  lastTwelveMonthsIn,
  licensingService,
  postForm,
  question,
  receiptCodeOnPage,
  renderedForm,
  rowsWithKey,
  storedRating,
  submitButton,
} from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * A citizen rates a service on the nine SKM questions (CONTRACT.md: `/layanan/<slug>/nilai`), gets a
 * receipt code, and follows it at `/lacak/<code>`: with JavaScript, without it, by keyboard alone,
 * in English. What was stored is read back from the database and the API of the same stack.
 */

let stack: Stack;
let service: { slug: string; name: string };

beforeAll(async () => {
  stack = await startStack();
  service = await licensingService(stack, 'mataram');
});

afterAll(async () => {
  await stack?.stop();
});

const url = (pathAndQuery: string) => `${stack.portalUrl}${pathAndQuery}`;
const ratingPath = () => `/layanan/${service.slug}/nilai`;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const keyOnPage = (page: Page) => page.locator('input[name="kunci"]').inputValue();
const scoreList = (scores: Partial<Record<SkmElement, number>>) => SKM_ELEMENTS.map((e) => scores[e]);

interface ServiceSatisfaction {
  service: {
    region: { timeZone: string };
    satisfaction: { responseCount: number; ikm: number | null; grade: Grade | null; elements: Array<{ element: SkmElement; average: number }> };
  };
}

async function apiSatisfaction(slug: string): Promise<ServiceSatisfaction['service']['satisfaction'] & { period: { from: string; to: string } }> {
  const { service: located } = await stack.graphql<{ service: { region: { timeZone: string } } }>('query ($slug: String!) { service(slug: $slug) { region { timeZone } } }', { slug });
  const period = lastTwelveMonthsIn(located.region.timeZone);
  const { service: found } = await stack.graphql<ServiceSatisfaction>(
    `query ($slug: String!, $from: Date!, $to: Date!) {
      service(slug: $slug) { region { timeZone } satisfaction(from: $from, to: $to) { responseCount ikm grade elements { element average } } }
    }`,
    { slug, ...period },
  );
  return { ...found.satisfaction, period };
}

describe('rating a service', () => {
  it('rates with JavaScript: nine answers and a comment give a receipt, tracking says it awaits moderation, and the service page shows the API’s IKM', async () => {
    const before = await apiSatisfaction(service.slug);
    const { page, context, documentRequests } = await openBrowser({ javaScriptEnabled: true });
    await page.goto(url(`/layanan/${service.slug}`));
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Nilai layanan ini' }).click();
    await page.waitForURL(`**${ratingPath()}`);
    await h1(page).filter({ hasText: service.name }).waitFor();

    await answer(page, MIXED_SCORES);
    const comment = 'Petugas ramah, tetapi antrean panjang sekali di pagi hari.';
    await page.getByRole('textbox', { name: /komentar/i }).fill(comment);
    // The live count follows the typing (JavaScript only): 2,000 minus what was typed.
    await page.getByText(`Sisa ${(2000 - comment.length).toLocaleString('id-ID')} karakter.`).waitFor();
    await submitButton(page).click();

    await page.waitForURL(/\/terima-kasih\//);
    await h1(page).filter({ hasText: 'Terima kasih' }).waitFor();
    const code = await receiptCodeOnPage(page);
    expect(code).toMatch(RECEIPT_CODE);
    expect(page.url()).toBe(url(`/layanan/${service.slug}/terima-kasih/${code}`));
    const stored = await storedRating(stack, code);
    expect(stored.scores).toEqual(scoreList(MIXED_SCORES));
    expect(stored.comment).toBe(comment);
    expect(stored.moderation_status).toBe('PENDING');
    expect(stored.spam).toBe(false);

    // "Salin kode" copies the code and says so to screen readers.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.portalUrl });
    await page.getByRole('button', { name: 'Salin kode' }).click();
    await page.getByRole('status').filter({ hasText: `Kode ${code} sudah disalin.` }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await page.getByRole('link', { name: 'Lacak penilaian ini' }).click();
    await page.waitForURL(`**/lacak/${code}`);
    await h1(page).filter({ hasText: code }).waitFor();
    expect(await factValue(page, 'Status')).toBe('Menunggu moderasi');
    expect(await factValue(page, 'Layanan')).toBe(service.name);

    // Back on the service page, the IKM is the API's for the same twelve months, the new rating counted.
    await page.getByRole('link', { name: service.name, exact: true }).click();
    await page.waitForURL(`**/layanan/${service.slug}`);
    await page.getByRole('heading', { level: 2, name: 'Kepuasan masyarakat' }).waitFor();
    const after = await apiSatisfaction(service.slug);
    expect(after.period).toEqual(before.period);
    expect(after.responseCount).toBe(before.responseCount + 1);
    expect(after.ikm).not.toBeNull();
    expect(await factValue(page, 'Indeks Kepuasan Masyarakat (IKM)')).toBe(idDecimal(after.ikm!));
    expect(await factValue(page, 'Mutu pelayanan')).toBe(`${after.grade} — ${GRADE_LABEL.id[after.grade!]}`);
    expect(await factValue(page, 'Jumlah penilaian')).toContain(after.responseCount.toLocaleString('id-ID'));
    // Each element's average is there in words and numbers, not only as a bar.
    const elements = (await page.getByRole('region', { name: 'Nilai per unsur' }).getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(elements).toEqual(after.elements.map(({ element, average }) => `${ELEMENT_TEXT.id[element].name} ${idDecimal(average)} dari 4`));
    const [fromYear, fromMonth, fromDay] = after.period.from.split('-').map(Number) as [number, number, number];
    const fromText = new Date(Date.UTC(fromYear, fromMonth - 1, fromDay)).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await page.getByRole('region', { name: 'Kepuasan masyarakat' }).innerText()).toContain(`12 bulan terakhir: ${fromText} – `);

    // All of it without a single full page load after the first.
    expect(documentRequests).toHaveLength(1);
  });

  it('checks the answers in the browser before sending: nothing is sent while questions are unanswered', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true });
    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
    await page.goto(url(ratingPath()));
    await waitForHydration(page);
    await answer(page, { ...MIXED_SCORES, BIAYA_TARIF: undefined, SARANA_PRASARANA: undefined });
    await submitButton(page).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('heading').innerText()).toBe('Ada yang perlu diperbaiki');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Pilih jawaban untuk pertanyaan 4 (Biaya/Tarif).', 'Pilih jawaban untuk pertanyaan 9 (Sarana dan Prasarana).']);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(posts).toEqual([]);

    // A comment one character over the limit: the count says so as it is typed, and the check stops it too.
    const comment = page.getByRole('textbox', { name: /komentar/i });
    await comment.fill('a'.repeat(2001));
    await page.getByText('Kelebihan 1 karakter.').waitFor();
    await answer(page, { BIAYA_TARIF: 4, SARANA_PRASARANA: 2 });
    await submitButton(page).click();
    await summary.getByRole('link', { name: 'Komentar paling banyak 2.000 karakter; sekarang 2.001 karakter.' }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(1);
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect(posts).toEqual([]);

    // Fixing it clears the way: the rating goes out and lands on the thank-you page.
    await comment.fill('a'.repeat(2000));
    await page.getByText('Sisa 0 karakter.').waitFor();
    await submitButton(page).click();
    await page.waitForURL(/\/terima-kasih\//);
    expect(posts).toHaveLength(1);
  });

  it('rates without JavaScript as a plain form: two unanswered questions bring an error summary and errors beside them, every other answer is kept, and fixing them sends it', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 400/);
    const { page, documentRequests } = session;
    await page.goto(url(ratingPath()));
    const key = await keyOnPage(page);

    const skipped: SkmElement[] = ['WAKTU_PENYELESAIAN', 'KOMPETENSI_PELAKSANA'];
    const answered = Object.fromEntries(SKM_ELEMENTS.filter((e) => !skipped.includes(e)).map((e) => [e, MIXED_SCORES[e]]));
    await answer(page, answered);
    const comment = 'Berkas saya diproses cepat.\nTerima kasih.';
    await page.getByRole('textbox', { name: /komentar/i }).fill(comment);
    await page.getByRole('combobox', { name: 'Umur' }).selectOption({ label: '30–39 tahun' });
    await page.getByRole('combobox', { name: 'Jenis kelamin' }).selectOption({ label: 'Perempuan' });
    await page.getByRole('combobox', { name: 'Pendidikan terakhir' }).selectOption({ label: 'D4/S1' });
    await page.getByRole('combobox', { name: 'Pekerjaan' }).selectOption({ label: 'Wirausaha' });
    await page.getByRole('textbox', { name: /kontak/i }).fill('0812-3456-7890');
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await submitButton(page).click();
    expect((await refused).status()).toBe(400);
    await page.waitForLoadState();

    const summary = page.getByRole('alert');
    expect(await summary.getByRole('heading').innerText()).toBe('Ada yang perlu diperbaiki');
    const links = summary.getByRole('link');
    expect(await links.allInnerTexts()).toEqual(['Pilih jawaban untuk pertanyaan 3 (Waktu Penyelesaian).', 'Pilih jawaban untuk pertanyaan 6 (Kompetensi Pelaksana).']);
    // The browser itself moves focus to the summary (autofocus): no script needed.
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);

    // Beside each unanswered question: the error, tied to the group and its radios.
    for (const element of skipped) {
      const group = question(page, element);
      const errorId = await group.getAttribute('aria-describedby');
      expect(errorId).toBeTruthy();
      expect(await page.locator(`#${errorId}`).innerText()).toMatch(/^Pilih jawaban untuk pertanyaan/);
      expect(await group.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.getAttribute('aria-invalid')))).toEqual(['true', 'true', 'true', 'true']);
    }
    // Every answer given is still there.
    expect(await givenAnswers(page)).toEqual(answered);
    expect(await page.getByRole('textbox', { name: /komentar/i }).inputValue()).toBe(comment);
    expect(await page.getByRole('combobox', { name: 'Umur' }).inputValue()).toBe('30-39');
    expect(await page.getByRole('combobox', { name: 'Jenis kelamin' }).inputValue()).toBe('P');
    expect(await page.getByRole('combobox', { name: 'Pendidikan terakhir' }).inputValue()).toBe('D4-S1');
    expect(await page.getByRole('combobox', { name: 'Pekerjaan' }).inputValue()).toBe('WIRAUSAHA');
    expect(await page.getByRole('textbox', { name: /kontak/i }).inputValue()).toBe('0812-3456-7890');
    // The same form, the same key: fixing and sending again cannot store a second rating.
    expect(await keyOnPage(page)).toBe(key);

    // A summary link takes the citizen to that question, its text first (issue 13): the group takes
    // focus, so the next Tab reaches its first answer.
    await links.first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pertanyaan-WAKTU_PENYELESAIAN');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skor-WAKTU_PENYELESAIAN-1');

    await answer(page, { WAKTU_PENYELESAIAN: MIXED_SCORES.WAKTU_PENYELESAIAN, KOMPETENSI_PELAKSANA: MIXED_SCORES.KOMPETENSI_PELAKSANA });
    await submitButton(page).click();
    await page.waitForURL(/\/terima-kasih\//);
    const code = await receiptCodeOnPage(page);
    expect(code).toMatch(RECEIPT_CODE);
    // No script, no copy button: it would do nothing.
    expect(await page.getByRole('button', { name: 'Salin kode' }).count()).toBe(0);

    const stored = await storedRating(stack, code);
    expect(stored.idempotency_key).toBe(key);
    expect(stored.scores).toEqual(scoreList(MIXED_SCORES));
    expect(stored.comment).toBe(comment);
    expect([stored.respondent_age_group, stored.respondent_gender, stored.respondent_education, stored.respondent_occupation]).toEqual(['30-39', 'P', 'D4-S1', 'WIRAUSAHA']);
    expect(stored.contact).toBe('0812-3456-7890');

    await page.getByRole('link', { name: 'Lacak penilaian ini' }).click();
    await page.waitForURL(`**/lacak/${code}`);
    expect(await factValue(page, 'Status')).toBe('Menunggu moderasi');
    // The contact is private: the tracking page never shows it.
    expect(await page.locator('main').innerText()).not.toContain('0812');
    // Every step was a full page load: form, refused POST, fixed POST (+ redirect), tracking.
    expect(documentRequests.length).toBeGreaterThanOrEqual(4);
  });

  it('rates by keyboard alone: Tab between questions, arrow keys and Space to answer, Enter to send', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await page.goto(url(ratingPath()));
    await waitForHydration(page);
    const focused = () => page.evaluate(() => ({ name: (document.activeElement as HTMLInputElement | null)?.name ?? '', tag: document.activeElement?.tagName ?? '' }));
    /** Presses Tab until focus reaches the field with this name (a radio group, the comment, the button). */
    const tabTo = async (name: string, tag = 'INPUT') => {
      for (let presses = 0; presses < 60; presses++) {
        await page.keyboard.press('Tab');
        const now = await focused();
        if (now.name === name && now.tag === tag) return;
      }
      throw new Error(`Tab never reached ${tag} ${name}`);
    };

    for (const element of SKM_ELEMENTS) {
      await tabTo(`skor-${element}`);
      const score = MIXED_SCORES[element];
      // The first Tab into a group lands on its first answer: Space picks it, each ArrowDown picks the next.
      if (score === 1) await page.keyboard.press('Space');
      for (let step = 1; step < score; step++) await page.keyboard.press('ArrowDown');
    }
    await tabTo('komentar', 'TEXTAREA');
    await page.keyboard.type('Dinilai dengan papan ketik saja.');
    // Tab past the optional profile and contact to the button; the hidden anti-spam field is never reached.
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab');
      const now = await page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', name: (document.activeElement as HTMLInputElement).name }));
      expect(now.name).not.toBe('situs-web');
      if (now.text === 'Kirim penilaian') break;
    }
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/terima-kasih\//);
    const code = await receiptCodeOnPage(page);
    const stored = await storedRating(stack, code);
    expect(stored.scores).toEqual(scoreList(MIXED_SCORES));
    expect(stored.comment).toBe('Dinilai dengan papan ketik saja.');
  });

  it('stores one rating when the same form is sent twice: a double click, copies sent at once, and going back to send it again', async () => {
    // With JavaScript: two copies of the rendered form posted at once, then a double click on the button.
    const { page } = await openBrowser({ javaScriptEnabled: true });
    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
    await page.goto(url(ratingPath()));
    await waitForHydration(page);
    await answer(page, MIXED_SCORES);
    const key = await keyOnPage(page);
    const { action, body } = await renderedForm(page, stack.portalUrl);
    const copies = await Promise.all([1, 2].map(() => postForm(action, body)));
    expect(copies.map((r) => r.status)).toEqual([303, 303]);
    const [first, second] = copies.map((r) => r.headers.get('location'));
    expect(first).toMatch(/\/terima-kasih\/[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(second).toBe(first);

    await submitButton(page).dblclick();
    await page.waitForURL(/\/terima-kasih\//);
    await h1(page).filter({ hasText: 'Terima kasih' }).waitFor();
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(new URL(page.url()).pathname).toBe(first);
    expect(await rowsWithKey(stack, key)).toBe(1);

    // Without JavaScript: send, go back to the same rendered form, send it again.
    const plain = await openBrowser({ javaScriptEnabled: false });
    await plain.page.goto(url(ratingPath()));
    const plainKey = await keyOnPage(plain.page);
    expect(plainKey).not.toBe(key);
    await answer(plain.page, MIXED_SCORES);
    await submitButton(plain.page).click();
    await plain.page.waitForURL(/\/terima-kasih\//);
    const code = await receiptCodeOnPage(plain.page);
    await plain.page.goBack();
    await plain.page.waitForURL(`**${ratingPath()}`);
    // The back button shows the very form that was sent (the page may be cached privately, never shared).
    expect(await keyOnPage(plain.page)).toBe(plainKey);
    await answer(plain.page, MIXED_SCORES);
    await submitButton(plain.page).click();
    await plain.page.waitForURL(/\/terima-kasih\//);
    expect(await receiptCodeOnPage(plain.page)).toBe(code);
    expect(await rowsWithKey(stack, plainKey)).toBe(1);
  });

  it('still shows a receipt when the hidden anti-spam field is filled in, but keeps that rating as spam that never counts', async () => {
    const before = await apiSatisfaction(service.slug);
    // A form-filling bot: no JavaScript, every field filled, the hidden one too.
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url(ratingPath()));
    const honeypot = page.locator('input[name="situs-web"]');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    expect(await honeypot.evaluate((el) => el.closest('[aria-hidden="true"]') !== null)).toBe(true);
    await answer(page, MIXED_SCORES);
    await honeypot.fill('https://obat-murah.example', { force: true });
    await submitButton(page).click();

    await page.waitForURL(/\/terima-kasih\//);
    const code = await receiptCodeOnPage(page);
    expect(code).toMatch(RECEIPT_CODE);
    const stored = await storedRating(stack, code);
    expect(stored.spam).toBe(true);
    expect(stored.moderation_status).toBe('SPAM');
    const after = await apiSatisfaction(service.slug);
    expect(after.responseCount).toBe(before.responseCount);
  });

  it('asks the questions in English, with the official answers, to a citizen who reads English', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true });
    await page.goto(url(`${ratingPath()}?lang=en`));
    await waitForHydration(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await h1(page).innerText()).toBe(`Rate this service: ${service.name}`);
    const legends = await page.locator('fieldset.question > legend').allInnerTexts();
    expect(legends).toEqual(SKM_ELEMENTS.map((element, index) => `${index + 1}. ${ELEMENT_TEXT.en[element].question}`));
    for (const element of SKM_ELEMENTS) {
      const labels = await question(page, element, 'en').locator('.faces__label').allInnerTexts();
      expect(labels).toEqual([...ELEMENT_TEXT.en[element].answers]);
    }
    expect(await submitButton(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send rating' }).count()).toBe(1);

    // The language stays for the service page, whose numbers are then written the English way.
    const { ikm, grade } = await apiSatisfaction(service.slug);
    await page.getByRole('link', { name: service.name, exact: true }).click();
    await page.waitForURL(`**/layanan/${service.slug}`);
    await page.getByRole('heading', { level: 2, name: 'Citizen satisfaction' }).waitFor();
    expect(await factValue(page, 'Community Satisfaction Index (IKM)')).toBe(ikm!.toFixed(2));
    expect(await factValue(page, 'Service quality grade')).toBe(`${grade} — ${GRADE_LABEL.en[grade!]}`);
  });

  it('shows the questions in the regulation’s order with the official Indonesian answers, scores 1 to 4', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url(ratingPath()));
    for (const [index, element] of SKM_ELEMENTS.entries()) {
      const group = question(page, element);
      expect(await group.locator(':scope > legend').innerText()).toBe(`${index + 1}. ${ELEMENT_TEXT.id[element].question}`);
      const radios = group.getByRole('radio');
      expect(await radios.evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).labels?.[0]?.textContent]))).toEqual(
        ELEMENT_TEXT.id[element].answers.map((label, i) => [String(i + 1), label]),
      );
    }
  });

  it('passes the WCAG 2.1 AA checks of axe on the home, service, rating (also with errors), thank-you and tracking pages', async () => {
    const session = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    session.allowConsoleError(/status of 40[04]/);
    const { page } = session;
    const audit = async (label: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    };
    for (const path of ['/', `/layanan/${service.slug}`, '/wilayah/mataram', ratingPath(), '/lacak', `/layanan/${service.slug}/poster`]) {
      await page.goto(url(path));
      await waitForHydration(page);
      await audit(path);
    }

    await page.goto(url(ratingPath()));
    await waitForHydration(page);
    await answer(page, { PERSYARATAN: 3 });
    await submitButton(page).click();
    await page.getByRole('alert').waitFor();
    await audit('rating with errors');

    await answer(page, MIXED_SCORES);
    await submitButton(page).click();
    await page.waitForURL(/\/terima-kasih\//);
    await waitForHydration(page);
    await audit('thank-you');
    const code = await receiptCodeOnPage(page);

    await page.goto(url(`/lacak/${code}`));
    await waitForHydration(page);
    await audit('tracking a rating');
    await page.goto(url('/lacak/ABCDE-FGHJK'));
    await waitForHydration(page);
    await audit('tracking an unknown code');
    await page.goto(url('/lacak/abc'));
    await waitForHydration(page);
    await audit('tracking a malformed code');

    // Last: ?lang=en makes the language cookie remember English for the pages after it.
    await page.goto(url(`${ratingPath()}?lang=en`));
    await waitForHydration(page);
    await audit('rating in English');
  });
});
