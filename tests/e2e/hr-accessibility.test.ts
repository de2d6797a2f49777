import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * Every HR (BKPSDM) page, as HR of Mamuju opens it on a 360 px phone: no accessibility violation axe
 * can find, and nothing wider than the screen (tables scroll in their own region). A page added to
 * the HR navigation is checked here without being listed: the test follows the navigation itself.
 */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

it('has no accessibility violations axe can find on the HR pages, which fit a 360 px phone', async () => {
  const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
  await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, `/masuk?ke=${encodeURIComponent('/staf/sdm')}`);
  await page.waitForURL('**/staf/sdm');
  const nav = page.getByRole('navigation', { name: 'Navigasi SDM' });
  await nav.getByRole('link').first().waitFor();
  // The GraphQL explorer is GraphiQL's own desktop tool (decision record 0023), not one of our pages.
  const paths = (await nav.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).filter(
    (path) => path !== '/staf/graphql',
  );
  expect(paths.length).toBeGreaterThan(3);
  for (const path of paths) {
    const response = await page.goto(`${stack.portalUrl}${path}`);
    expect(response?.status(), path).toBe(200);
    await waitForHydration(page);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${path}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
}, 300_000);
