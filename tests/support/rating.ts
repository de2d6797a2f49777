import { ELEMENT_TEXT, SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import type { Page } from 'playwright-core';
import type { Stack } from './stack.js';

/**
 * What the rating, tracking and finding tests share: the official questions and answer labels (from
 * @suara/skm, the same source the portal must use, so a retyped label on the page fails here), the
 * rating form as a citizen or a script sends it, and the facts the API and the database hold.
 */

export type Scores = Record<SkmElement, 1 | 2 | 3 | 4>;

/** A realistic mixed rating: neither all best nor all worst, so a wrong mapping of score to label shows. */
export const MIXED_SCORES: Scores = {
  PERSYARATAN: 3,
  SISTEM_MEKANISME_PROSEDUR: 2,
  WAKTU_PENYELESAIAN: 1,
  BIAYA_TARIF: 4,
  PRODUK_SPESIFIKASI: 3,
  KOMPETENSI_PELAKSANA: 4,
  PERILAKU_PELAKSANA: 2,
  PENANGANAN_PENGADUAN: 1,
  SARANA_PRASARANA: 3,
};

/** The question as a group (fieldset and legend) found by its official wording. */
export function question(page: Page, element: SkmElement, lang: 'id' | 'en' = 'id') {
  return page.getByRole('group', { name: ELEMENT_TEXT[lang][element].question });
}

/** Ticks the answer with the official label for each score, by clicking its label as a person would. */
export async function answer(page: Page, scores: Partial<Scores>, lang: 'id' | 'en' = 'id'): Promise<void> {
  for (const element of SKM_ELEMENTS) {
    const score = scores[element];
    if (score === undefined) continue;
    await question(page, element, lang)
      .getByRole('radio', { name: ELEMENT_TEXT[lang][element].answers[score - 1], exact: true })
      .check();
  }
}

/**
 * The answer ticked in each question, read back by its official label; unanswered questions are
 * left out, so `toEqual(scores)` also proves that nothing else is ticked.
 */
export async function givenAnswers(page: Page, lang: 'id' | 'en' = 'id'): Promise<Partial<Scores>> {
  const given: Partial<Scores> = {};
  for (const element of SKM_ELEMENTS) {
    const labels = await question(page, element, lang)
      .getByRole('radio', { checked: true })
      .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    if (labels.length === 0) continue;
    if (labels.length > 1) throw new Error(`${element}: ${labels.length} answers ticked`);
    const score = ELEMENT_TEXT[lang][element].answers.indexOf(labels[0]!) + 1;
    if (score === 0) throw new Error(`${element}: "${labels[0]}" is not an official answer`);
    given[element] = score as Scores[SkmElement];
  }
  return given;
}

export const submitButton = (page: Page) => page.getByRole('button', { name: 'Kirim penilaian' });

/** The idempotency key the rendered form will be sent with. */
export const formKeyOnPage = (page: Page) => page.locator('input[name="kunci"]').inputValue();

export interface Announcements {
  /** Each text the rating form's status line (role=status) showed, in order. */
  status: string[];
  /** Each heading of an alert (error summary or notice) that appeared. */
  alertHeadings: string[];
}

/**
 * Starts keeping what the rating form announces, for the life of the page's document (client-side
 * navigations included): a check that takes a second must not slip by between two looks.
 */
export async function watchAnnouncements(page: Page): Promise<() => Promise<Announcements>> {
  await page.evaluate(() => {
    const seen: Announcements = { status: [], alertHeadings: [] };
    (window as unknown as { __announcements: Announcements }).__announcements = seen;
    const look = () => {
      const status = document.querySelector('.rating-form__status')?.textContent?.trim() ?? '';
      if (status && seen.status.at(-1) !== status) seen.status.push(status);
      for (const heading of document.querySelectorAll('[role="alert"] h2')) {
        const text = heading.textContent?.trim() ?? '';
        if (text && !seen.alertHeadings.includes(text)) seen.alertHeadings.push(text);
      }
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __announcements: Announcements }).__announcements);
}

/** The receipt code as the thank-you page prints it. */
export const receiptCodeOnPage = async (page: Page) => (await page.locator('#kode').innerText()).trim();

/** The rating form on the page as the browser would send it: the address it posts to and its fields. */
export async function renderedForm(page: Page, origin: string): Promise<{ action: string; body: URLSearchParams }> {
  const form = page.locator('form.rating-form');
  const fields = await form.evaluate((el) => [...new FormData(el as HTMLFormElement)].map(([name, value]) => [name, String(value)]));
  return { action: new URL((await form.getAttribute('action'))!, origin).href, body: new URLSearchParams(fields) };
}

/** Posts a form's fields as a script would, without following the redirect. */
export const postForm = (action: string, body: URLSearchParams) =>
  fetch(action, { method: 'POST', body, redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });

/** How the pages name a unit, written here on its own terms: `Dinas Sosial (Dinsos)`. */
export const expectedUnitLabel = (unit: { name: string; abbreviation: string | null }) => (unit.abbreviation ? `${unit.name} (${unit.abbreviation})` : unit.name);

/** The scores stored for a receipt code (without its dash), straight from the database. */
export async function storedRating(stack: Stack, receiptCode: string) {
  const rows = await stack.sql<{
    comment: string | null;
    moderation_status: string;
    spam: boolean;
    idempotency_key: string;
    contact: string | null;
    respondent_age_group: string | null;
    respondent_gender: string | null;
    respondent_education: string | null;
    respondent_occupation: string | null;
    scores: number[];
  }>(
    `select comment, moderation_status, spam, idempotency_key, contact, respondent_age_group, respondent_gender,
            respondent_education, respondent_occupation,
            array[score_persyaratan, score_sistem_mekanisme_prosedur, score_waktu_penyelesaian, score_biaya_tarif,
                  score_produk_spesifikasi, score_kompetensi_pelaksana, score_perilaku_pelaksana,
                  score_penanganan_pengaduan, score_sarana_prasarana]::int[] as scores
       from feedback where receipt_code = $1`,
    [receiptCode.replace('-', '')],
  );
  if (rows.length !== 1) throw new Error(`expected one stored rating for ${receiptCode}, found ${rows.length}`);
  return rows[0]!;
}

/** How many ratings one idempotency key stored. */
export async function rowsWithKey(stack: Stack, key: string): Promise<number> {
  const [row] = await stack.sql<{ n: number }>('select count(*)::int as n from feedback where idempotency_key = $1', [key]);
  return row!.n;
}

/**
 * Every browser test reaches the portal, and the portal the API, from this machine's one address,
 * just as a puskesmas's visitors share its Wi-Fi: these read and set that address's hourly counter of
 * ratings (`rate_limit`, key `submit:client:<hash>`) in the stack's database.
 */
export const forgetNetworkCounter = (stack: Stack) => stack.sql("delete from rate_limit where key like 'submit:client:%'");

/** The network's hour is over: its counter's window ends now, as it would on its own later. */
export const endNetworkWindow = (stack: Stack) => stack.sql("update rate_limit set expire = now() - interval '1 second' where key like 'submit:client:%'");

/**
 * Other people on the same network rate first: `count` complete ratings, each with its own key, posted
 * through the portal as the rendered form sends them. Each must be stored (303 to the thank-you page).
 */
export async function othersRateFromThisNetwork(stack: Stack, page: Page, serviceSlug: string, count: number): Promise<void> {
  await page.goto(`${stack.portalUrl}/layanan/${serviceSlug}/nilai`);
  await answer(page, MIXED_SCORES);
  const { action, body } = await renderedForm(page, stack.portalUrl);
  for (let sent = 0; sent < count; sent++) {
    body.set('kunci', crypto.randomUUID());
    const response = await postForm(action, body);
    if (response.status !== 303) throw new Error(`rating ${sent + 1} of ${count} from this network was not stored: HTTP ${response.status}`);
  }
}

/** A licensing service of a region, as the API lists it. */
export async function licensingService(stack: Stack, regionSlug: string): Promise<{ slug: string; name: string }> {
  const { services } = await stack.graphql<{ services: { edges: Array<{ node: { slug: string; name: string } }> } }>(
    'query ($region: String!) { services(regionSlug: $region, search: "izin", first: 1) { edges { node { slug name } } } }',
    { region: regionSlug },
  );
  const first = services.edges[0]?.node;
  if (!first) throw new Error(`The demo world has no licensing service in ${regionSlug}`);
  return first;
}

/**
 * The last twelve months ending today in a time zone, computed here on its own terms (not with the
 * portal's code): from the day after the same date a year ago, to today.
 */
export function lastTwelveMonthsIn(timeZone: string, now = new Date()): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const sameDayLastYear = new Date(Date.UTC(y - 1, m - 1, Math.min(d, new Date(Date.UTC(y - 1, m, 0)).getUTCDate())));
  sameDayLastYear.setUTCDate(sameDayLastYear.getUTCDate() + 1);
  return { from: sameDayLastYear.toISOString().slice(0, 10), to: today };
}

export const RECEIPT_CODE = /^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/;

/** A score as an Indonesian reader expects it, written here with Node's own Intl: `76,94`. */
export const idDecimal = (value: number) => value.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
