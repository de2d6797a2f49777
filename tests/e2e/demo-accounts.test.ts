import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * Demo accounts sign in with a password the README prints (decision record 0031): while any is
 * active, every staff page says so, in Indonesian and English, before the staff navigation; once
 * none is left, the note is gone.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const url = (path: string) => `${stack.portalUrl}${path}`;
const note = (page: import('playwright-core').Page) => page.getByRole('note', { name: /^(Akun demo|Demo accounts)$/ });

describe('demo accounts with the public password', () => {
  it('are named on every staff page, in both languages, without JavaScript, until none is left', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/staf'));
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo');
    await page.waitForURL('**/staf');
    const n = (await stack.sql<{ n: number }>('select count(*)::int as n from staff_account where demo_password and active'))[0]!.n;
    expect(n).toBeGreaterThan(1);

    expect(await note(page).innerText()).toBe(
      `Akun demo aktif: ${n} akun staf demo masih memakai kata sandi umum suara-demo yang tercantum di README, sehingga siapa pun dapat masuk sebagai akun tersebut. ` +
        'Untuk pemakaian sungguhan, mulai dengan basis data kosong (SUARA_DEMO=0) atau nonaktifkan akun demo dengan pnpm suara demo:deactivate-accounts.',
    );
    await page.goto(url('/staf/moderasi'));
    expect(await note(page).count()).toBe(1);

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await note(page).innerText()).toMatch(new RegExp(`^Demo accounts are active: ${n} demo staff accounts still use the public password suara-demo`));

    // What `pnpm suara demo:deactivate-accounts` leaves, but for the signed-in moderator.
    await stack.sql(`update staff_account set demo_password = false where email = 'moderator@mataram.demo'`);
    await stack.sql(`update staff_account set active = false where demo_password`);
    await page.reload();
    expect(await page.locator('.staff-bar').count()).toBe(1);
    expect(await note(page).count()).toBe(0);
  });
});
