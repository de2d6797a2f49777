import { AxeBuilder } from '@axe-core/playwright';
import { ELEMENT_TEXT, lowScoreReasonLabel, SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * HR reads citizens' published words and tags them with a competency (issue 9, point 4), in real
 * Chromium without JavaScript: the filters are in the address, the tag comes back to the same list,
 * and the tag joins the development needs' evidence for the unit and competency. Beside each comment
 * stand the "what went wrong?" reasons its citizen picked, and the unit's counts of reasons over 12
 * months open in a table (the demo's reasons, issue 13).
 */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** Tags on Puskesmas Simboro's comments and forum posts for Pelayanan Publik: what the needs' taggedCount counts. */
async function simboroTags(): Promise<number> {
  const [row] = await stack.sql<{ n: number }>(
    `select count(*)::int as n from competency_tag t join competency c on c.id = t.competency_id
       left join feedback f on f.id = t.feedback_id left join public_service s on s.id = f.service_id
       left join forum_post p on p.id = t.forum_post_id left join forum_thread th on th.id = p.thread_id
       join unit u on u.id = coalesce(s.unit_id, th.unit_id) join region r on r.id = u.region_id
     where r.slug = 'mamuju' and u.name = 'Puskesmas Simboro' and c.code = 'M-PELAYANAN-PUBLIK'`,
  );
  return row!.n;
}

/** The demo's Puskesmas Simboro (Mamuju's rude-staff story). */
async function simboroId(): Promise<string> {
  const [row] = await stack.sql<{ id: string }>(`select u.id from unit u join region r on r.id = u.region_id where r.slug = 'mamuju' and u.name = 'Puskesmas Simboro'`);
  return row!.id;
}

/** The reasons the citizens of these comments picked, by comment. */
async function picksOf(ids: string[]): Promise<Map<string, Array<{ element: SkmElement; reason: string }>>> {
  const rows = await stack.sql<{ feedback_id: string; element: SkmElement; reason: string }>('select feedback_id, element, reason from feedback_reason where feedback_id = any($1::uuid[])', [ids]);
  const picks = new Map<string, Array<{ element: SkmElement; reason: string }>>();
  for (const r of rows) picks.set(r.feedback_id, [...(picks.get(r.feedback_id) ?? []), r]);
  return picks;
}

/** The unit's reason counts as HR's table lists them: a group per element in the order of the SKM, most given first. */
async function reasonRows(unitId: string, lang: 'id' | 'en'): Promise<{ elements: string[]; rows: string[][] }> {
  const rows = await stack.sql<{ element: SkmElement; reason: string; n: number }>(
    `select r.element, r.reason, count(*)::int as n from feedback_reason r join feedback f on f.id = r.feedback_id join public_service s on s.id = r.service_id
      where s.unit_id = $1 and r.submitted_at >= now() - interval '12 months' and not f.spam group by r.element, r.reason`,
    [unitId],
  );
  rows.sort((a, b) => SKM_ELEMENTS.indexOf(a.element) - SKM_ELEMENTS.indexOf(b.element) || b.n - a.n || a.reason.localeCompare(b.reason));
  const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB');
  return {
    elements: [...new Set(rows.map((r) => ELEMENT_TEXT[lang][r.element].name))],
    rows: rows.map((r) => [lowScoreReasonLabel(r.element, r.reason, lang), number.format(r.n)]),
  };
}

/** Each item's low-score line names the reasons its citizen picked, in the page's language; at least one item has some. */
async function expectPicks(page: Page, lang: 'id' | 'en') {
  const items = page.locator('ol.voices > li');
  const ids = (await items.evaluateAll((lis) => lis.map((li) => li.id))).map((id) => id.replace(/^kiriman-/, ''));
  const picks = await picksOf(ids);
  expect(picks.size, 'the demo holds reasons behind Simboro’s low scores').toBeGreaterThan(0);
  for (const [id, mine] of picks) {
    const line = await page.locator(`#kiriman-${id} .voice__low`).innerText();
    for (const p of mine) expect(line).toContain(`${ELEMENT_TEXT[lang][p.element].name} (`);
    for (const p of mine) expect(line).toContain(lowScoreReasonLabel(p.element, p.reason, lang));
  }
}

/** Opens the reason counts and compares them, row by row, with the stored reasons. */
async function expectCounts(page: Page, unitId: string, lang: 'id' | 'en', summary: RegExp) {
  await page.locator('summary', { hasText: summary }).click();
  const table = page.getByRole('table', { name: lang === 'id' ? /Alasan nilai rendah \(1–2\) di Puskesmas Simboro/ : /Low-score \(1–2\) reasons in Puskesmas Simboro/ });
  expect(await table.isVisible()).toBe(true);
  const shown = await table
    .locator('tbody tr:has(td)')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())));
  const expected = await reasonRows(unitId, lang);
  expect(shown).toEqual(expected.rows);
  expect(await table.locator('th[scope="rowgroup"]').allInnerTexts()).toEqual(expected.elements);
}

describe('citizens’ voices for HR', () => {
  it('lets HR filter Puskesmas Simboro’s comments on Pelayanan Publik, tag one, and see the tag count in the needs', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/sdm/suara-warga')}`);
    await page.waitForURL('**/staf/sdm/suara-warga');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Suara warga');

    await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Puskesmas Simboro' });
    await page.getByLabel('Kompetensi', { exact: true }).selectOption({ label: 'Pelayanan Publik' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/kompetensi=/);
    const items = page.locator('ol.voices > li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().innerText()).toContain('Puskesmas Simboro');

    // What went wrong, beside each comment and counted for the unit.
    await expectPicks(page, 'id');
    await expectCounts(page, await simboroId(), 'id', /Yang salah menurut warga di Puskesmas Simboro/);

    // The first item not yet tagged with Pelayanan Publik.
    const before = await simboroTags();
    const item = items.filter({ has: page.locator('select option', { hasText: 'Pelayanan Publik' }) }).first();
    const id = (await item.getAttribute('id'))!;
    await item.getByLabel('Tandai kompetensi').selectOption({ label: 'Pelayanan Publik' });
    await item.getByRole('button', { name: 'Tandai', exact: true }).click();
    await page.waitForURL(/suara-warga\?.*kompetensi=.*#kiriman-/);

    const tagged = page.locator(`#${id}`);
    expect(await tagged.locator('.competency-tags__list').innerText()).toContain('Pelayanan Publik');
    expect(await tagged.getByRole('button', { name: 'Hapus tanda Pelayanan Publik' }).count()).toBe(1);
    expect(await simboroTags()).toBe(before + 1);
  });

  it('shows the reasons and their counts in English on a phone, accessibly', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    const unitId = await simboroId();
    const here = `/staf/sdm/suara-warga?unit=${unitId}&rendah=1`;
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, `/masuk?ke=${encodeURIComponent(here)}`);
    await page.waitForURL(/suara-warga\?unit=/);
    await page.goto(`${stack.portalUrl}${here}&lang=en`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Citizens’ voices');
    await expectPicks(page, 'en');
    await expectCounts(page, unitId, 'en', /What citizens said went wrong in Puskesmas Simboro/);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }, 120_000);
});
