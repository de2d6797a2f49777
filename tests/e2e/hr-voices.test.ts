import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * HR reads citizens' published words and tags them with a competency (issue 9, point 4), in real
 * Chromium without JavaScript: the filters are in the address, the tag comes back to the same list,
 * and the tag joins the development needs' evidence for the unit and competency.
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
});
