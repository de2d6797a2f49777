import { GRADE_LABEL, type Grade } from '@suara/skm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factValue, openBrowser, waitForHydration } from '../support/browser.js';
import { expectedUnitLabel, idDecimal, lastTwelveMonthsIn, licensingService, receiptCodeOnPage } from '../support/rating.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * What a citizen reads after rating, and what staff print: tracking a receipt code (`/lacak/<code>`,
 * CONTRACT.md), the published comments and official answers of a service, the region's scores, the
 * QR poster for the counter. Expectations come from the API and the database of the same stack.
 */

let stack: Stack;
let service: { slug: string; name: string };

beforeAll(async () => {
  stack = await startStack();
  service = await licensingService(stack, 'mataram');
});

afterAll(async () => {
  await stack?.stop();
});

const url = (pathAndQuery: string) => `${stack.portalUrl}${pathAndQuery}`;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const grouped = (stored: string) => `${stored.slice(0, 5)}-${stored.slice(5)}`;

/** A stored rating of the demo world matching a condition, as its receipt code (without the dash). */
async function receiptWhere(condition: string): Promise<string> {
  const [row] = await stack.sql<{ receipt_code: string }>(`select receipt_code from feedback f where ${condition} order by submitted_at desc limit 1`);
  if (!row) throw new Error(`The demo world has no rating where ${condition}`);
  return row.receipt_code;
}

describe('tracking a rating', () => {
  it('finds a rating by its code typed in small letters with a space, and shows the official answer, without JavaScript', async () => {
    const [answered] = await stack.sql<{ receipt_code: string; body: string; unit: string }>(
      `select f.receipt_code, r.body, u.name as unit from feedback f
         join official_response r on r.feedback_id = f.id join unit u on u.id = r.unit_id
        where f.comment is not null and f.moderation_status = 'PUBLISHED' and not f.spam
        order by r.responded_at desc limit 1`,
    );
    expect(answered).toBeDefined();
    const code = grouped(answered!.receipt_code);
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/'));
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Lacak penilaian' }).click();
    await page.waitForURL('**/lacak');
    await page.getByRole('textbox', { name: 'Kode tanda terima' }).fill(`${code.slice(0, 5).toLowerCase()} ${code.slice(6).toLowerCase()}`);
    await page.getByRole('button', { name: 'Lacak' }).click();

    await page.waitForURL(`**/lacak/${code}`);
    expect(await h1(page).innerText()).toBe(`Penilaian ${code}`);
    expect(await factValue(page, 'Status')).toBe('Dipublikasikan');
    const answer = page.getByRole('region', { name: 'Tanggapan resmi' });
    expect(await answer.innerText()).toContain(answered!.body);
    expect(await answer.innerText()).toContain(`Dari ${answered!.unit}, `);
  });

  it('says each comment status in words, and “counted” for a rating without a comment', async () => {
    const cases: Array<[string, string]> = [
      [await receiptWhere(`comment is not null and moderation_status = 'PUBLISHED' and not spam`), 'Dipublikasikan'],
      [await receiptWhere(`comment is null and moderation_status = 'PUBLISHED' and not spam`), 'Penilaian Anda sudah dihitung'],
    ];
    // Moderation has its own journey; here a moderator's outcome is set in the database directly, with
    // the log entry that makes SPAM a moderator's decision (a rating the honeypot caught reads ordinary).
    for (const [status, words] of [
      ['PENDING', 'Menunggu moderasi'],
      ['HIDDEN', 'Disembunyikan'],
      ['SPAM', 'Ditandai spam'],
    ] as const) {
      const [row] = await stack.sql<{ receipt_code: string }>(
        `update feedback set moderation_status = $1, spam = $2
          where id = (select id from feedback where comment is not null and moderation_status = 'PUBLISHED' and not (receipt_code = any($3)) order by submitted_at limit 1)
          returning receipt_code`,
        [status, status === 'SPAM', cases.map(([c]) => c)],
      );
      if (status === 'SPAM') {
        await stack.sql(
          `insert into moderation_action (id, created_at, item_kind, feedback_id, region_id, action, reason, moderator_id, at)
           select gen_random_uuid(), now(), 'FEEDBACK_COMMENT', f.id, f.region_id, 'MARK_SPAM', 'Promosi', a.id, now()
             from feedback f, staff_account a where f.receipt_code = $1 and a.email = 'moderator@mataram.demo'`,
          [row!.receipt_code],
        );
      }
      cases.push([row!.receipt_code, words]);
    }
    const { page } = await openBrowser({ javaScriptEnabled: true });
    for (const [stored, words] of cases) {
      await page.goto(url(`/lacak/${grouped(stored)}`));
      expect(await factValue(page, 'Status'), stored).toBe(words);
    }
  });

  it('keeps one thank-you address per receipt: the code as printed, under the service it rated; an unknown code is not found', async () => {
    const [row] = await stack.sql<{ receipt_code: string; slug: string }>(
      `select f.receipt_code, s.slug from feedback f join public_service s on s.id = f.service_id where s.slug <> $1 order by f.submitted_at desc limit 1`,
      [service.slug],
    );
    const code = grouped(row!.receipt_code);
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 404/);
    const { page } = session;
    // Under another service's address and typed in small letters without the dash: sent to the right one.
    await page.goto(url(`/layanan/${service.slug}/terima-kasih/${row!.receipt_code.toLowerCase()}`));
    expect(new URL(page.url()).pathname).toBe(`/layanan/${row!.slug}/terima-kasih/${code}`);
    expect(await receiptCodeOnPage(page)).toBe(code);

    for (const unknown of ['ABCDE-FGHJK', 'K7M2Q'.repeat(9)]) {
      const response = await page.goto(url(`/layanan/${service.slug}/terima-kasih/${unknown}`));
      expect(response?.status(), unknown).toBe(404);
      expect(await h1(page).innerText()).toBe('Halaman tidak ditemukan');
      expect(await page.locator('main').innerText()).toContain('Kami tidak menemukan penilaian dengan kode tanda terima ini.');
    }
  });

  it('says plainly that an unknown code was not found, with status 404, and offers the form again', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 404/);
    const { page } = session;
    const response = await page.goto(url('/lacak/ABCDE-FGHJK'));
    expect(response?.status()).toBe(404);
    expect(await h1(page).innerText()).toBe('Kode tidak ditemukan');
    expect(await page.locator('main').innerText()).toContain('Tidak ada penilaian dengan kode ABCDE-FGHJK.');
    expect(await page.getByRole('textbox', { name: 'Kode tanda terima' }).inputValue()).toBe('ABCDE-FGHJK');
    expect(await page.title()).toBe('Kode tidak ditemukan · Suara');
  });

  it('says so with JavaScript too, when the unknown code is typed into the form', async () => {
    const session = await openBrowser({ javaScriptEnabled: true });
    session.allowConsoleError(/status of 404/);
    const { page } = session;
    await page.goto(url('/lacak'));
    await waitForHydration(page);
    await page.getByRole('textbox', { name: 'Kode tanda terima' }).fill('zzzzz-zzzzz');
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.waitForURL('**/lacak/ZZZZZ-ZZZZZ');
    await h1(page).filter({ hasText: 'Kode tidak ditemukan' }).waitFor();
  });

  it('explains a malformed code in an error summary linked to the code box, and an empty one too', async () => {
    const session = await openBrowser({ javaScriptEnabled: false });
    session.allowConsoleError(/status of 400/);
    const { page } = session;
    await page.goto(url('/lacak'));
    await page.getByRole('textbox', { name: 'Kode tanda terima' }).fill('k7m2q');
    const answered = page.waitForResponse((r) => r.url().endsWith('/lacak/K7M2Q'));
    await page.getByRole('button', { name: 'Lacak' }).click();
    expect((await answered).status()).toBe(400);

    const summary = page.getByRole('alert');
    expect(await summary.getByRole('heading').innerText()).toBe('Kode belum dapat dilacak');
    // The API's own words, in the citizen's language.
    expect(await summary.getByRole('link').innerText()).toBe('Kode tanda terima terdiri dari 10 huruf dan angka, misalnya K7M2Q-XW9PD.');
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#kode');
    const box = page.getByRole('textbox', { name: 'Kode tanda terima' });
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${(await box.getAttribute('aria-describedby'))!.split(' ').at(-1)}`).innerText()).toBe('Periksa kembali kodenya.');
    expect(await box.inputValue()).toBe('K7M2Q');

    await box.fill('   ');
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.waitForURL(/\/lacak\?kode=/);
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe('Masukkan kode tanda terima.');

    // An address far longer than any code (pasted twice, say) is refused without asking the API.
    const tooLong = 'K7M2Q'.repeat(9);
    expect((await page.goto(url(`/lacak/${tooLong}`)))?.status()).toBe(400);
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe('Kode tanda terima terdiri dari 10 huruf dan angka, misalnya K7M2Q-XW9PD.');
    expect(await box.inputValue()).toBe(tooLong.slice(0, 40));
  });
});

describe('reading a service and a region', () => {
  interface Comments {
    service: {
      region: { timeZone: string };
      feedback: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { comment: string; response: { body: string; unit: { name: string } } | null } }>;
      };
    };
  }
  const COMMENTS = `query ($slug: String!, $after: String) {
    service(slug: $slug) { region { timeZone } feedback(first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { comment response { body unit { name } } } } } }
  }`;

  it('pages through the published comments, newest first, each with its official answer, without JavaScript', async () => {
    const first = (await stack.graphql<Comments>(COMMENTS, { slug: service.slug })).service.feedback;
    expect(first.pageInfo.hasNextPage).toBe(true); // more than one page, or this test proves nothing
    const second = (await stack.graphql<Comments>(COMMENTS, { slug: service.slug, after: first.pageInfo.endCursor })).service.feedback;
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url(`/layanan/${service.slug}`));

    const comments = page.getByRole('region', { name: 'Komentar warga' });
    expect(await comments.innerText()).toContain(`${first.totalCount.toLocaleString('id-ID')} komentar dipublikasikan.`);
    const readPage = async () =>
      comments.locator('.comment').evaluateAll((items) =>
        items.map((item) => ({
          comment: item.querySelector('blockquote')?.textContent?.trim() ?? '',
          answer: item.querySelector('.comment__answer-body')?.textContent?.trim() ?? null,
          answeredBy: item.querySelector('.comment__answer-by')?.textContent?.trim() ?? null,
        })),
      );
    const expected = (edges: Comments['service']['feedback']['edges']) =>
      edges.map(({ node }) => ({
        comment: node.comment.trim(),
        answer: node.response?.body.trim() ?? null,
        answeredBy: node.response ? `Tanggapan resmi ${node.response.unit.name}` : null,
      }));
    expect(await readPage()).toEqual(expected(first.edges));
    expect(first.edges.some(({ node }) => node.response)).toBe(true);

    await comments.getByRole('link', { name: 'Komentar berikutnya' }).click();
    await page.waitForURL(/\?komentar=/);
    expect(await readPage()).toEqual(expected(second.edges));
    await comments.getByRole('link', { name: 'Kembali ke komentar terbaru' }).click();
    await page.waitForURL(`**/layanan/${service.slug}#komentar`);
    expect(await readPage()).toEqual(expected(first.edges));
  });

  it('shows the newest comments with a note, not an error page, for an outdated or mangled “more comments” link', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    // The second is longer than any cursor: the portal drops it without asking the API.
    for (const cursor of ['halaman-lama', 'x'.repeat(600)]) {
      const response = await page.goto(url(`/layanan/${service.slug}?komentar=${cursor}`));
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('region', { name: 'Komentar warga' }).innerText()).toContain('Halaman komentar itu tidak tersedia lagi.');
      expect(await page.locator('.comment').count()).toBe(10);
    }
  });

  it('shows the region’s IKM and each unit’s score for the last 12 months, as the API computes them', async () => {
    const { region: located } = await stack.graphql<{ region: { timeZone: string } }>('{ region(slug: "mataram") { timeZone } }');
    const period = lastTwelveMonthsIn(located.timeZone);
    type Score = { responseCount: number; ikm: number | null; grade: Grade | null };
    const { region } = await stack.graphql<{ region: { satisfaction: Score; units: Array<{ name: string; abbreviation: string | null; satisfaction: Score; services: unknown[] }> } }>(
      `query ($from: Date!, $to: Date!) { region(slug: "mataram") {
        satisfaction(from: $from, to: $to) { responseCount ikm grade }
        units { name abbreviation services { slug } satisfaction(from: $from, to: $to) { responseCount ikm grade } } } }`,
      period,
    );
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url('/wilayah/mataram'));
    expect(await factValue(page, 'Indeks Kepuasan Masyarakat (IKM)')).toBe(idDecimal(region.satisfaction.ikm!));
    expect(await factValue(page, 'Mutu pelayanan')).toBe(`${region.satisfaction.grade} — ${GRADE_LABEL.id[region.satisfaction.grade!]}`);
    expect(await factValue(page, 'Jumlah penilaian')).toContain(region.satisfaction.responseCount.toLocaleString('id-ID'));

    const units = region.units.filter((unit) => unit.services.length > 0);
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: expectedUnitLabel(unit), exact: true }) });
      const { ikm, grade, responseCount } = unit.satisfaction;
      const line = await card.locator('.unit__score').innerText();
      if (ikm === null || grade === null) expect(line).toBe('Belum ada skor: kurang dari 5 penilaian dalam 12 bulan terakhir.');
      else expect(line).toBe(`IKM ${idDecimal(ikm)} (${grade} — ${GRADE_LABEL.id[grade]}) dari ${responseCount.toLocaleString('id-ID')} penilaian`);
    }
  });
});

describe('the QR poster for the counter', () => {
  it('carries an inline SVG QR code and the absolute rating address, and prints on one A4 page without the site around it', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(url(`/layanan/${service.slug}`));
    await page.getByRole('link', { name: 'Cetak poster kode QR untuk loket' }).click();
    await page.waitForURL(`**/layanan/${service.slug}/poster`);

    // The stack sets no PUBLIC_URL: the poster prints the portal's own default address, and says so.
    const address = `http://localhost:${new URL(stack.portalUrl).port}/layanan/${service.slug}/nilai`;
    expect(await page.getByRole('region', { name: 'Alamat publik portal belum diatur' }).isVisible()).toBe(true);
    const poster = page.locator('.poster');
    expect(await poster.getAttribute('lang')).toBe('id');
    expect(await poster.innerText()).toContain('Bagaimana layanan kami? Pindai untuk menilai.');
    expect(await poster.innerText()).toContain(service.name);
    expect(await poster.locator('.poster__url').innerText()).toBe(address);
    const qr = poster.getByRole('img', { name: `Kode QR menuju ${address}` });
    expect(await qr.locator('svg').count()).toBe(1);
    // Drawn as SVG paths (no <img>, no script): a QR code of this length has hundreds of dark modules.
    expect(await qr.locator('svg path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').join('').length)).toBeGreaterThan(500);

    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.site-header', 'footer.site-footer', 'nav.breadcrumbs', '.poster-tools__note']) {
      expect(await page.locator(chrome).isVisible(), chrome).toBe(false);
    }
    expect(await poster.isVisible()).toBe(true);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d* 84[12]\.\d*\s*\]/); // A4 in PDF points
  });
});
