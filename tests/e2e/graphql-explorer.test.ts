import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * The GraphQL explorer (issue 9, point 11; decision record 0023): GraphiQL served by the portal
 * itself, opening with the saved HR operations, sending them through the portal as the signed-in
 * staff member. The stack's portal runs without SUARA_DEMO, as in production; a second portal in
 * front of the same API runs the demo.
 */

let stack: Stack;
let demoPortalUrl: string;
beforeAll(async () => {
  stack = await startStack({ databasePrefix: 'suara_e2e_explorer' });
  demoPortalUrl = await stack.startPortal({ SUARA_DEMO: '1' });
});
afterAll(async () => {
  await stack?.stop();
});
const url = (path: string) => `${stack.portalUrl}${path}`;

describe('an HR analyst', () => {
  it('opens the explorer, runs the saved development-needs operation and sees the needs, with nothing loaded from another origin', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fgraphql');
    await page.waitForURL(url('/staf/graphql'));
    await waitForHydration(page);

    // The saved HR operations, one tab each, the needs first.
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.allInnerTexts(), { timeout: 30_000 }).toEqual([
      'DevelopmentNeeds',
      'CompetencyGaps',
      'UnitCompetencyProfile',
      'TrainingImpact',
      'FacilitiesIssues',
      'RegionUnits',
    ]);
    // The editors load after the page (CodeMirror): run once the query is in the editor.
    const editor = page.locator('.graphiql-query-editor .CodeMirror-code');
    await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toContain('developmentNeeds');
    const answered = page.waitForResponse((response) => response.url().endsWith('/graphql/kirim') && response.request().postData()?.includes('DevelopmentNeeds') === true);
    await page.getByRole('button', { name: /Execute query/ }).click();
    expect((await answered).status()).toBe(200);
    const result = page.locator('.result-window');
    // The demo's Mamuju story: Puskesmas Simboro among the needs, with the evidence behind each.
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain('Puskesmas Simboro');
    const text = await result.innerText();
    expect(text).toContain('"feedbackSignal"');
    expect(text).toContain('"suggestedPrograms"');
    expect(text).not.toContain('"errors"');

    // The other tabs open with a real unit of Mamuju: the gaps run as they are.
    await tabs.filter({ hasText: 'CompetencyGaps' }).click();
    await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toContain('competencyGaps');
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain('"competencyGaps"');
    expect(await result.innerText()).toContain('"employeesBelowStandard"');

    // The schema came by introspection through the portal too: the docs know the HR types.
    expect([...origins]).toEqual([stack.portalUrl]);
  });

  it("sees only what the API lets their role see: another region's needs are refused", async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fgraphql');
    await page.waitForURL(url('/staf/graphql'));
    await waitForHydration(page);
    const answer = await page.evaluate(async () => {
      const csrf = (document.querySelector('input[name="csrf"]') as HTMLInputElement | null)?.value ?? '';
      const response = await fetch('/graphql/kirim', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Suara-Csrf': csrf },
        body: JSON.stringify({ query: 'query { developmentNeeds(regionSlug: "kupang", first: 1) { priority } }' }),
      });
      return (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the explorer outside the demo', () => {
  it('sends an anonymous visitor to sign in, and has no public address', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/staf/graphql'));
    expect(new URL(page.url()).pathname).toBe('/masuk');
    expect(new URL(page.url()).searchParams.get('ke')).toBe('/staf/graphql');
    allowConsoleError(/404/);
    const demo = await page.goto(url('/demo/graphql'));
    expect(demo?.status()).toBe(404);
  });

  it('forwards nothing without a session, nor a post from another site, nor one without the CSRF header', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const anonymous = await fetch(url('/graphql/kirim'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const crossSite = await fetch(url('/graphql/kirim'), { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, body });
    expect(crossSite.status).toBe(403);

    // A signed-in browser whose page forgot (or never had) the session's CSRF token.
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: true });
    allowConsoleError(/403 \(Forbidden\)/);
    await signIn(page, stack.portalUrl, 'hr@mamuju.demo', undefined, '/masuk?ke=%2Fstaf%2Fgraphql');
    await page.waitForURL(url('/staf/graphql'));
    const status = await page.evaluate(async (payload) => {
      const response = await fetch('/graphql/kirim', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Suara-Csrf': 'not-the-token' }, body: payload });
      return response.status;
    }, body);
    expect(status).toBe(403);
  });
});

describe('the explorer in the demo', () => {
  it('opens for anyone, who can sign in with the login mutation and then query HR data as that staff member', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const response = await page.goto(`${demoPortalUrl}/demo/graphql`);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await expect.poll(() => page.locator('.graphiql-tab').first().innerText(), { timeout: 30_000 }).toBe('DevelopmentNeeds');

    const answer = await page.evaluate(async () => {
      const post = async (query: string, headers: Record<string, string> = {}) =>
        (await fetch('/graphql/kirim', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) }).then((r) => r.json())) as {
          data?: Record<string, unknown>;
          errors?: Array<{ extensions?: { code?: string } }>;
        };
      const withoutToken = await post('{ developmentNeeds(regionSlug: "mamuju", first: 1) { priority } }');
      const login = await post('mutation { login(email: "hr@mamuju.demo", password: "suara-demo") { token } }');
      const token = (login.data?.login as { token: string }).token;
      const withToken = await post('{ developmentNeeds(regionSlug: "mamuju", first: 1) { unit { name } } }', { Authorization: `Bearer ${token}` });
      return { withoutToken: withoutToken.errors?.[0]?.extensions?.code, withToken: withToken.data };
    });
    expect(answer.withoutToken).toBe('UNAUTHENTICATED');
    expect(answer.withToken?.developmentNeeds).toHaveLength(1);
    expect([...origins]).toEqual([demoPortalUrl]);
  });
});
