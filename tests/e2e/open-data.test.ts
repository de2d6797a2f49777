import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitForHydration } from '../support/browser.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The public open-data page of a region (issue 10, point 4; decision record 0027), as a citizen
 * opens it on a phone: Mataram's services for the last complete semester with the numbers of their
 * service pages, the revised row dated and numbered, the running semester clearly labelled and never
 * in the CSV, and a CSV that downloads and parses to the same numbers.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ databasePrefix: 'suara_e2e_opendata' });
});
afterAll(async () => {
  await stack?.stop();
});

interface Score {
  responseCount: number;
  ikm: number | null;
  grade: string | null;
}

/** The last complete semester in Mataram (WITA), as packages/skm's lastCompletePeriod says. */
function lastCompleteSemester(): { key: string; from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month >= 7 ? { key: `${year}-S1`, from: `${year}-01-01`, to: `${year}-06-30` } : { key: `${year - 1}-S2`, from: `${year - 1}-07-01`, to: `${year - 1}-12-31` };
}

/** What each service page reads for the same days: `satisfaction(from, to)`. */
async function servicePages(from: string, to: string): Promise<Map<string, Score>> {
  const data = await stack.graphql<{ region: { units: Array<{ services: Array<{ slug: string; satisfaction: Score }> }> } }>(
    `query($f: Date!, $t: Date!) { region(slug: "mataram") { units { services { slug satisfaction(from: $f, to: $t) { responseCount ikm grade } } } } }`,
    { f: from, t: to },
  );
  return new Map(data.region.units.flatMap((u) => u.services.map((s) => [s.slug, s.satisfaction])));
}

const idNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

/** RFC 4180 cells: quoted cells may hold the separator, a quote is doubled. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('open data of Mataram', () => {
  it('shows every service rated in the last complete semester with the numbers of its service page, and the revised row', async () => {
    const period = lastCompleteSemester();
    const { page } = await openBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    await page.goto(`${stack.portalUrl}/wilayah/mataram`);
    await page.getByRole('link', { name: 'Data terbuka hasil survei per periode' }).click();
    await page.waitForURL('**/wilayah/mataram/data');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Data terbuka kepuasan masyarakat: Kota Mataram');
    expect(await page.getByLabel('Periode').inputValue()).toBe(period.key);
    expect(await page.locator('#periode-terpilih').innerText()).toMatch(/^Semester [12] \d{4} \(/);
    expect(await page.getByText(/^Diterbitkan \d+ \w+ \d{4}\./).count()).toBe(1);

    const expected = await servicePages(period.from, period.to);
    const rows = page.locator('table.open-data__table > tbody > tr');
    const shown = new Map<string, { ikm: string; grade: string; responses: string; version: string }>();
    for (const row of await rows.all()) {
      const href = (await row.locator('th a').getAttribute('href'))!;
      const cells = await row.locator(':scope > td').allInnerTexts();
      shown.set(href.replace('/layanan/', ''), { ikm: cells[0]!, grade: cells[1]!, responses: cells[2]!, version: cells[3]! });
    }
    const rated = [...expected].filter(([, s]) => s.responseCount > 0).map(([slug]) => slug).sort();
    expect([...shown.keys()].sort()).toEqual(rated);
    for (const [slug, cells] of shown) {
      const truth = expected.get(slug)!;
      expect(idNumber(cells.responses), slug).toBe(truth.responseCount);
      if (truth.ikm === null) expect(cells.ikm, slug).toBe('kurang dari 5 responden');
      else expect(idNumber(cells.ikm), slug).toBe(truth.ikm);
      if (truth.grade) expect(cells.grade, slug).toMatch(new RegExp(`^${truth.grade} — `));
    }
    // Mataram's waste collection got paper questionnaires after publication: version 2, dated, the first kept.
    expect(shown.get('mataram-pengangkutan-sampah')!.version).toMatch(/^Direvisi \d+ \w+ \d{4}, versi 2 \(4 penilaian terlambat\)/);
    // Element averages wait behind a details element; the plain-words explanation is there.
    expect(await page.locator('details.open-data__elements').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Cara membaca tabel ini' }).count()).toBe(1);
    expect(await page.getByText(/kurang dari 5 responden hanya ditampilkan jumlah respondennya/).count()).toBe(1);
    // A phone's width: tables scroll in their own region, the page does not.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 361 && !e.closest('.table-wrap'))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth), wide.join(', ')).toBeLessThanOrEqual(360);
  });

  it("links each unit's published SKM report of the period, and the PDF downloads", async () => {
    const { page, context } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(`${stack.portalUrl}/wilayah/mataram/data`);
    // The demo publishes the last complete semester's Laporan SKM for several units of each region.
    const links = page.getByRole('link', { name: /^Laporan SKM .+ \(PDF\)$/ });
    expect(await links.count()).toBeGreaterThan(0);
    const href = (await links.first().getAttribute('href'))!;
    expect(href).toMatch(/^\/laporan\/[0-9a-f-]{36}\.pdf$/);
    expect(await page.getByText(/— versi \d+, terbit \d+ \w+ \d{4}/).count()).toBe(await links.count());
    const pdf = await context.request.get(`${stack.portalUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('downloads the same rows as a CSV for Excel and one for programs, and never a running semester', async () => {
    const period = lastCompleteSemester();
    const { page, context } = await openBrowser({ javaScriptEnabled: false });
    await page.goto(`${stack.portalUrl}/wilayah/mataram/data`);
    const expected = await servicePages(period.from, period.to);
    const rowsOnPage = await page.locator('table.open-data__table > tbody > tr').count();

    const href = (await page.getByRole('link', { name: 'Unduh CSV (Excel, pemisah titik koma)' }).getAttribute('href'))!;
    expect(href).toBe(`/wilayah/mataram/data.csv?periode=${period.key}`);
    const response = await context.request.get(`${stack.portalUrl}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="data-terbuka-mataram-${period.key}.csv"`);
    const body = (await response.body()).toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = parseCsv(body.slice(1), ';');
    expect(header!.slice(0, 10)).toEqual(['Unit', 'Layanan', 'Kode layanan', 'Periode', 'Dari', 'Sampai', 'Jumlah responden', 'IKM', 'Mutu', 'Kinerja unit pelayanan']);
    expect(header!.slice(-3)).toEqual(['Versi', 'Tanggal terbit', 'Penilaian terlambat (alasan revisi)']);
    expect(lines).toHaveLength(rowsOnPage);
    for (const cells of lines) {
      const truth = expected.get(cells[2]!)!;
      expect(cells[3]).toBe(period.key);
      expect(Number(cells[6])).toBe(truth.responseCount);
      expect(cells[7] === '' ? null : idNumber(cells[7]!)).toBe(truth.ikm);
      expect(cells[8] || null).toBe(truth.grade);
      expect(Number(cells.at(-3))).toBeGreaterThanOrEqual(1);
      expect(cells.at(-2)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    const revised = lines.find((cells) => cells[2] === 'mataram-pengangkutan-sampah')!;
    expect([revised.at(-3), revised.at(-1)]).toEqual(['2', '4']);

    const comma = await context.request.get(`${stack.portalUrl}${href}&format=comma`);
    const text = (await comma.body()).toString('utf8');
    expect(text.startsWith('unit,service,service_slug,period,from,to,responses,ikm,grade,grade_label,persyaratan,')).toBe(true);
    const machine = parseCsv(text, ',');
    expect(machine.length - 1).toBe(rowsOnPage);
    for (const cells of machine.slice(1)) expect(cells[7] === '' ? null : Number(cells[7])).toBe(expected.get(cells[2]!)!.ikm);

    // The running semester: labelled as running on the page, and no CSV of it.
    const running = (await page.locator('#periode option').first().getAttribute('value'))!;
    expect(await page.locator('#periode option').first().innerText()).toMatch(/sedang berjalan$/);
    await page.getByLabel('Periode').selectOption(running);
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(`**/wilayah/mataram/data?periode=${running}`);
    expect(await page.getByText(/^Periode ini sedang berjalan: angka sementara/).count()).toBe(1);
    expect(await page.getByRole('link', { name: /Unduh CSV/ }).count()).toBe(0);
    const refused = await context.request.get(`${stack.portalUrl}/wilayah/mataram/data.csv?periode=${running}`);
    expect(refused.status()).toBe(404);
  });

  it('has no accessibility violation axe can find, in Indonesian and in English', async () => {
    const { page } = await openBrowser({ javaScriptEnabled: true, viewport: { width: 360, height: 800 } });
    for (const path of ['/wilayah/mataram/data', '/wilayah/mataram/data?lang=en']) {
      await page.goto(`${stack.portalUrl}${path}`);
      await waitForHydration(page);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${path}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Open data on citizen satisfaction: Kota Mataram');
  });
});
