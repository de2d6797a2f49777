import type { Page } from 'playwright-core';

/** The demo password of every demo staff account (CONTRACT.md, demo data). */
export const DEMO_PASSWORD = 'suara-demo';

/** Signs in at `/masuk` as a person would: email, password, the button. Works with JavaScript on or off. */
export async function signIn(page: Page, portalUrl: string, email: string, password = DEMO_PASSWORD, path = '/masuk'): Promise<void> {
  if (!page.url().includes('/masuk')) await page.goto(`${portalUrl}${path}`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}
