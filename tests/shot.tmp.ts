import { openBrowser } from './support/browser.js';
import { startStack } from './support/stack.js';
import { signIn } from './support/staff.js';
const stack = await startStack();
try {
  for (const [w, h, name, q] of [[1280, 900, 'desk', '?unsur=WAKTU_PENYELESAIAN&unsur=PERSYARATAN'], [360, 740, 'phone', '']] as const) {
    const { chromium } = await import('playwright-core');
    const { mkdtempSync } = await import('node:fs');
    const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/shot-'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: w, height: h } });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${stack.portalUrl}/masuk?ke=${encodeURIComponent('/staf/pimpinan' + q)}`);
    await page.getByRole('textbox', { name: 'Email' }).fill('mayor@kupang.demo');
    await page.getByLabel('Kata sandi', { exact: true }).fill('suara-demo');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/staf/pimpinan');
    await page.getByRole('heading', { level: 1, name: /Kualitas/ }).waitFor();
    const sections = page.locator('section.dashboard-section');
    for (let i = 0; i < (await sections.count()); i++) await sections.nth(i).screenshot({ path: `/tmp/dash-${name}-${i}.png` });
    await page.emulateMedia({ media: 'print' });
    if (name === 'desk') await page.pdf({ path: '/tmp/dash-print.pdf', format: 'A4' });
    await ctx.close();
  }
} finally {
  await stack.stop();
}
