import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { onTestFinished } from 'vitest';

/**
 * Debian's Chromium driven by playwright-core, launched exactly as shared/STACK-NOTES.md
 * says works on these machines (never a downloaded browser). Each test gets its own profile, so
 * cookies (the language choice) never leak from one test into another.
 */

export interface BrowserOptions {
  javaScriptEnabled: boolean;
  /** CSS pixels; a common small phone unless said otherwise. */
  viewport?: { width: number; height: number };
  /**
   * The browser's language, sent as Accept-Language; a first visit follows it (decision record 0039).
   * Indonesian unless a test asks for another, so pages open as most citizens' do.
   */
  locale?: string;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every full page load (document request) the page made, in order. */
  documentRequests: string[];
  /** Console errors matching this are expected by the test (a 404 page logs its own status). */
  allowConsoleError(pattern: RegExp): void;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens Chromium for the current test and closes it when the test ends. A console error or an
 * uncaught exception in the page fails the test (STYLE.md, 9), unless the test said it expects it.
 */
export async function openBrowser({ javaScriptEnabled, viewport = { width: 390, height: 844 }, locale = 'id-ID' }: BrowserOptions): Promise<BrowserSession> {
  const profile = mkdtempSync(path.join(tmpdir(), 'suara-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled,
    viewport,
    locale,
  });
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = `${message.text()} (${message.location().url})`;
    if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`);
  });
  context.on('weberror', (error) => problems.push(`uncaught in page: ${error.error().message}`));

  const page = context.pages()[0] ?? (await context.newPage());
  const documentRequests: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'document' && request.frame() === page.mainFrame()) documentRequests.push(request.url());
  });

  onTestFinished(async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    if (problems.length) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
  });

  return { context, page, documentRequests, allowConsoleError: (pattern) => allowed.push(pattern) };
}

/**
 * Waits until React has hydrated the page, so a click is handled by Remix's router rather than
 * by the browser's own navigation. React marks each hydrated element with a `__reactFiber$…` key;
 * the footer is rendered last.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const footer = document.querySelector('footer');
    return Boolean(footer && Object.keys(footer).some((key) => key.startsWith('__reactFiber$')) && '__remixRouter' in window);
  });
}

/** The value shown for a label in a list of facts (`<dt>label</dt><dd>value</dd>`). */
export async function factValue(page: Page, label: string | RegExp): Promise<string> {
  const term = page.locator('dt').filter({ hasText: label }).first();
  return (await term.locator('xpath=following-sibling::dd[1]').innerText()).trim();
}
