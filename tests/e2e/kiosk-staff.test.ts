import { AxeBuilder } from '@axe-core/playwright';
import { SKM_ELEMENTS } from '@suara/skm';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { MIXED_SCORES } from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';
import { signIn } from '../support/staff.js';

/**
 * The staff side of counter kiosks in real Chromium (issue 12, point 2): Mataram's moderator
 * registers a kiosk for Disdukcapil and sees its pairing QR code and short code once; the code pairs
 * a device through the API; the list shows the device's last contact and today's ratings; revoking
 * it locks the device out; a new pairing code locks the previous tablet out. Another region's
 * moderator can neither see nor revoke Mataram's kiosks.
 */
let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

const DISDUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)';
const PAGE = '/staf/kios';
const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;

const kioskHeader = (token: string) => ({ headers: { 'X-Kiosk-Token': token } });

async function pair(code: string): Promise<{ token: string; kiosk: { id: string; label: string } }> {
  const { pairKiosk } = await stack.graphql<{ pairKiosk: { token: string; kiosk: { id: string; label: string } } }>(
    'mutation ($code: String!) { pairKiosk(code: $code) { token kiosk { id label } } }',
    { code },
  );
  return pairKiosk;
}

const currentKiosk = (token: string) =>
  stack.graphql<{ currentKiosk: { id: string; label: string; services: Array<{ id: string; name: string }> } | null }>(
    '{ currentKiosk { id label services { id name } } }',
    {},
    kioskHeader(token),
  );

const rateOnKiosk = (token: string, serviceId: string, idempotencyKey = randomUUID()) =>
  stack.graphql<{ submitFeedback: { receiptCode: string; feedback: { channel: string } } }>(
    'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode feedback { channel } } }',
    { input: { serviceId, idempotencyKey, scores: SKM_ELEMENTS.map((element) => ({ element, score: MIXED_SCORES[element] })) } },
    kioskHeader(token),
  );

/** A kiosk's card in the list, found by its name. */
const card = (page: Page, label: string) => page.locator('li.staff-card').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
const fact = (page: Page, label: string, term: string) => card(page, label).locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();

async function register(page: Page, label: string) {
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: DISDUKCAPIL });
  await page.getByLabel('Nama kios').fill(label);
  await page.getByRole('button', { name: 'Daftarkan kios' }).click();
  await page.getByRole('heading', { name: `Pasangkan tablet untuk “${label}”` }).waitFor();
  return (await page.locator('.kiosk-pairing__code').innerText()).trim();
}

/** Mataram's kiosk the second test pairs, for the third to try to revoke from another region. */
let secondToken = '';
let secondKioskId = '';

describe('counter kiosks for staff', () => {
  it('registers a kiosk without JavaScript, shows its code once, and follows the device until it is revoked', async () => {
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    allowConsoleError(/status of 40[09]/);
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent(PAGE)}`);
    await page.waitForURL(`**${PAGE}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kios layanan: Kota Mataram');
    expect(await page.getByRole('navigation', { name: 'Navigasi staf' }).getByRole('link', { name: 'Kios' }).count()).toBe(1);

    // The demo world's kiosks: Disdukcapil's "Loket 1" at work, the tablet it replaced revoked below.
    expect(await fact(page, 'Loket 1 Disdukcapil', 'Status')).toBe('Aktif');
    expect(await fact(page, 'Loket 1 Disdukcapil', 'Kontak terakhir')).not.toBe('Belum pernah');
    expect(await page.getByRole('region', { name: 'Kios yang dicabut' }).getByRole('heading', { name: 'Loket 2 Disdukcapil (tablet lama)' }).count()).toBe(1);

    // A form with nothing chosen is refused beside its fields; what was typed stays.
    await page.getByLabel('Nama kios').fill('L');
    await page.getByRole('button', { name: 'Daftarkan kios' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
    expect(await summary.innerText()).toContain('Pilih unit tempat kios dipasang.');
    expect(await summary.innerText()).toContain('Isi nama kios (paling sedikit 2 karakter).');
    expect(await page.getByLabel('Nama kios').inputValue()).toBe('L');
    expect(await page.getByLabel('Nama kios').getAttribute('aria-invalid')).toBe('true');

    const label = 'Loket Uji Satu';
    const code = await register(page, label);
    expect(code).toMatch(CODE);
    const answer = await page.content();
    // The code lives in this answer only: not in the address, where history and links would keep it.
    expect(page.url()).not.toContain(code);
    const qr = page.getByRole('img', { name: /^Kode QR pemasangan kios: / });
    expect(await qr.getAttribute('aria-label')).toMatch(new RegExp(`/kiosk/pasang\\?kode=${code}$`));
    expect(await qr.locator('svg').count()).toBe(1);
    const panel = page.getByRole('region', { name: `Pasangkan tablet untuk “${label}”` });
    expect(await panel.innerText()).toMatch(/Berlaku sampai pukul \d{2}[.:]\d{2} \(10 menit\)/);
    expect(await panel.innerText()).toContain('/kiosk di peramban tablet');
    expect(await panel.innerText()).toContain('HTTPS');
    expect(await fact(page, label, 'Status')).toMatch(/^Menunggu pemasangan sampai pukul \d{2}[.:]\d{2}$/);
    expect(await fact(page, label, 'Kontak terakhir')).toBe('Belum pernah');

    // Reloading the answer, or sending the same form again, makes no second kiosk and no new code.
    await page.reload();
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const unitId = await page.locator('#kios-unit option', { hasText: DISDUKCAPIL }).getAttribute('value');
    const again = await page.request.post(`${stack.portalUrl}${PAGE}?wilayah=mataram`, {
      form: { csrf, unit: unitId ?? '', nama: label, tindakan: 'daftar' },
      headers: { Origin: stack.portalUrl },
      maxRedirects: 0,
    });
    expect(again.status()).toBe(409);
    const againText = await again.text();
    expect(againText).toContain(`Kios “${label}” di unit ini sudah terdaftar`);
    expect(againText).not.toContain('kiosk-pairing__code');
    await page.goto(`${stack.portalUrl}${PAGE}`);
    expect(await card(page, label).count()).toBe(1);
    expect(await page.content()).not.toContain(code);

    // The code pairs a device once; the token it gets was never on the staff page.
    const { token, kiosk } = await pair(code);
    expect(kiosk.label).toBe(label);
    expect(answer).not.toContain(token);
    await expect(pair(code)).rejects.toThrow(/BAD_USER_INPUT/);

    const { currentKiosk: seen } = await currentKiosk(token);
    expect(seen?.id).toBe(kiosk.id);
    await page.reload();
    expect(await fact(page, label, 'Kontak terakhir')).toMatch(/menit/);
    expect(await fact(page, label, 'Status')).toBe('Aktif');
    expect(await fact(page, label, 'Penilaian terkirim hari ini')).toBe('0');

    const service = seen!.services[0]!;
    const { submitFeedback } = await rateOnKiosk(token, service.id);
    expect(submitFeedback.feedback.channel).toBe('KIOSK');
    await page.reload();
    expect(await fact(page, label, 'Penilaian terkirim hari ini')).toBe('1');

    // Revoking asks first; after it the device is refused and nothing it sends is stored.
    await card(page, label).getByRole('link', { name: `Cabut kios: ${label}` }).click();
    await page.getByRole('heading', { name: `Cabut kios “${label}”?` }).waitFor();
    expect(await card(page, label).innerText()).toContain('berhenti mengirim penilaian');
    await page.getByRole('button', { name: 'Ya, cabut kios ini' }).click();
    await page.getByRole('status').filter({ hasText: `Kios “${label}” dicabut.` }).waitFor();
    const revokedSection = page.getByRole('region', { name: 'Kios yang dicabut' });
    expect(await revokedSection.getByRole('heading', { name: label, exact: true }).count()).toBe(1);
    expect(await fact(page, label, 'Status')).toMatch(/^Dicabut /);
    expect(await card(page, label).getByRole('link').count()).toBe(0);

    await expect(currentKiosk(token)).rejects.toThrow(/UNAUTHENTICATED/);
    const key = randomUUID();
    await expect(rateOnKiosk(token, service.id, key)).rejects.toThrow(/UNAUTHENTICATED/);
    expect(await stack.sql('select id from feedback where idempotency_key = $1', [key])).toEqual([]);
  });

  it('gives a kiosk a new pairing code with JavaScript, which locks out the tablet paired before, in an accessible page', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 740 } });
    await signIn(page, stack.portalUrl, 'moderator@mataram.demo', undefined, `/masuk?ke=${encodeURIComponent(PAGE)}`);
    await page.waitForURL(`**${PAGE}`);
    await waitForHydration(page);

    const label = 'Loket Uji Dua';
    const first = await register(page, label);
    // With JavaScript the panel also counts down the code's ten minutes.
    await expect.poll(() => page.getByText(/^Sisa waktu: \d:\d{2}$/).count()).toBe(1);
    expect(page.url()).not.toContain(first);
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect((await axe()).violations.map((v) => `${v.id} — ${v.help}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const old = await pair(first);
    expect((await currentKiosk(old.token)).currentKiosk?.label).toBe(label);

    await card(page, label).getByRole('link', { name: `Kode pemasangan baru: ${label}` }).click();
    await page.getByRole('heading', { name: `Buat kode pemasangan baru untuk “${label}”?` }).waitFor();
    expect(await card(page, label).innerText()).toContain('Tablet yang sekarang terpasang berhenti bekerja');
    expect((await axe()).violations.map((v) => `${v.id} — ${v.help}`)).toEqual([]);
    const renewForm = page.locator('form', { has: page.getByRole('button', { name: 'Ya, buat kode baru' }) });
    const resend = {
      csrf: await renewForm.locator('input[name="csrf"]').inputValue(),
      kios: await renewForm.locator('input[name="kios"]').inputValue(),
      'kode-terlihat': await renewForm.locator('input[name="kode-terlihat"]').inputValue(),
      tindakan: 'kode-baru',
    };
    await page.getByRole('button', { name: 'Ya, buat kode baru' }).click();
    await page.getByRole('heading', { name: `Pasangkan tablet untuk “${label}”` }).waitFor();
    const second = (await page.locator('.kiosk-pairing__code').innerText()).trim();
    expect(second).toMatch(CODE);
    expect(second).not.toBe(first);

    // The same confirmation sent again (a reload of the answer) makes no third code: the second still pairs.
    const again = await page.request.post(`${stack.portalUrl}${PAGE}?wilayah=mataram`, { form: resend, headers: { Origin: stack.portalUrl }, maxRedirects: 0 });
    expect(again.status()).toBe(303);
    expect(again.headers()['location']).toContain('kode-baru=');

    await expect(currentKiosk(old.token)).rejects.toThrow(/UNAUTHENTICATED/);
    const renewed = await pair(second);
    expect(renewed.kiosk.id).toBe(old.kiosk.id);
    expect((await currentKiosk(renewed.token)).currentKiosk?.label).toBe(label);
    secondToken = renewed.token;
    secondKioskId = renewed.kiosk.id;
  });

  it('shows another region’s moderator neither Mataram’s kiosks nor lets them revoke one', async () => {
    expect(secondToken).not.toBe('');
    const { page, allowConsoleError } = await openBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    allowConsoleError(/status of 40[34]/);
    await signIn(page, stack.portalUrl, 'moderator@kupang.demo', undefined, `/masuk?ke=${encodeURIComponent(PAGE)}`);
    await page.waitForURL(`**${PAGE}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kios layanan: Kota Kupang');
    expect(await page.content()).not.toContain('Loket Uji');

    const other = await page.goto(`${stack.portalUrl}${PAGE}?wilayah=mataram`);
    expect(other?.status()).toBe(403);
    expect(await page.content()).not.toContain('Loket Uji');

    await page.goto(`${stack.portalUrl}${PAGE}`);
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const forged = await page.request.post(`${stack.portalUrl}${PAGE}`, {
      form: { csrf, kios: secondKioskId, tindakan: 'cabut' },
      headers: { Origin: stack.portalUrl },
      maxRedirects: 0,
    });
    expect([403, 404]).toContain(forged.status());
    expect((await currentKiosk(secondToken)).currentKiosk?.id).toBe(secondKioskId);
  });
});
