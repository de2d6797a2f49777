import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { storePaperRatings } from '../../src/modules/feedback/index.js';
import { reviseOnTimer } from '../../src/modules/reports/index.js';
import { codeOf } from '../support/staff.js';

/**
 * The Laporan SKM (facts/LAPORAN.md; decision record 0026): published per unit and COMPLETE period as
 * a snapshot whose numbers are the service pages' numbers, refused for a running period or fewer than
 * 5 responses, idempotent, revised as version 2 when late paper ratings arrive (version 1 kept),
 * visible to the region's staff and, once published, to everyone; another region's mayor sees nothing.
 */
let api: TestApi;
const tokens: Record<string, string> = {};
const sql = <T>(q: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(q, params);

beforeAll(async () => {
  api = await startTestApi();
  for (const email of ['hr@mataram.demo', 'mayor@mataram.demo', 'mayor@kupang.demo', 'officer@mataram.demo', 'hr@sawahlunto.demo']) {
    tokens[email] = await api.login(email);
  }
});
afterAll(async () => {
  await api.close();
});

// The demo's year of ratings ends the day before 2026-11-01 (test global setup): the first semester
// of 2026 is complete and fully inside it; the second semester is running on the real clock.
const PERIOD = '2026-S1';
const FROM = '2026-01-01';
const TO = '2026-06-30';

interface Report {
  id: string;
  version: number;
  periodKey: string;
  responseCount: number;
  ikm: number | null;
  grade: string | null;
  signedBy: string;
  revisionReason: string | null;
  unit: { id: string; name: string };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the snapshot is JSON; the test reads into it freely
  content: Record<string, any>;
  versions: Array<{ id: string; version: number; responseCount: number; revisionReason: string | null }>;
}

const REPORT_FIELDS = 'id version periodKey responseCount ikm grade signedBy revisionReason unit { id name } content versions { id version responseCount revisionReason }';
const PUBLISH = `mutation($u: ID!, $p: String!, $s: String!) { publishSkmReport(unitId: $u, period: $p, signedBy: $s) { ${REPORT_FIELDS} } }`;

async function unitId(region: string, slug: string): Promise<string> {
  const [row] = await sql<{ id: string }>('select u.id from unit u join region r on r.id = u.region_id where r.slug = ? and u.slug = ?', [region, slug]);
  return row!.id;
}

async function publish(token: string, unit: string, period = PERIOD, signedBy = 'Dra. Baiq Nurul Aini, Kepala Dinas') {
  return api.gql<{ publishSkmReport: Report }>(PUBLISH, { u: unit, p: period, s: signedBy }, { token, lang: 'en' });
}

describe('Laporan SKM', () => {
  it('prints the same numbers as the unit and service pages for the period', async () => {
    const unit = await unitId('mataram', 'disdik');
    const res = await publish(tokens['hr@mataram.demo']!, unit);
    expect(res.errors).toBeUndefined();
    const report = res.data!.publishSkmReport;
    expect(report.unit.id).toBe(unit);
    expect(report.periodKey).toBe(PERIOD);

    const page = await api.gql<{ unit: { satisfaction: { responseCount: number; ikm: number; grade: string; elements: Array<{ element: string; average: number }> }; services: Array<{ slug: string; name: string; satisfaction: { responseCount: number; ikm: number | null; grade: string | null } }> } }>(
      'query($id: ID!, $f: Date!, $t: Date!) { unit(id: $id) { satisfaction(from: $f, to: $t) { responseCount ikm grade elements { element average } } services { slug name satisfaction(from: $f, to: $t) { responseCount ikm grade } } } }',
      { id: unit, f: FROM, t: TO },
    );
    expect(page.errors).toBeUndefined();
    const s = page.data!.unit.satisfaction;
    expect(s.responseCount).toBeGreaterThanOrEqual(5);
    expect(report.responseCount).toBe(s.responseCount);
    expect(report.ikm).toBe(s.ikm);
    expect(report.grade).toBe(s.grade);
    expect(report.content.results.elements).toEqual(s.elements);
    // Each service of the unit, as its own page shows it.
    for (const service of page.data!.unit.services) {
      const printed = report.content.services.find((x: { slug: string }) => x.slug === service.slug);
      expect(printed).toMatchObject({ responseCount: service.satisfaction.responseCount, ikm: service.satisfaction.ikm, grade: service.satisfaction.grade });
    }
    // The method counts every respondent once by channel, and names the Krejcie–Morgan sample.
    const channelTotal = report.content.method.channels.reduce((a: number, c: { count: number }) => a + c.count, 0);
    expect(channelTotal).toBe(report.responseCount);
    expect(report.content.method.requiredSampleSize).toBeGreaterThan(0);
    expect(report.content.legalBasis.join(' ')).toMatch(/25 Tahun 2009/);
    expect(report.content.legalBasis.join(' ')).toMatch(/14 Tahun 2017/);
    // The weakest element is the lowest average, and no contact ever travels in the snapshot.
    const lowest = [...s.elements].sort((a, b) => a.average - b.average)[0]!;
    expect(report.content.analysis.weakest[0].element).toBe(lowest.element);
    expect(JSON.stringify(report.content)).not.toMatch(/contact|@/i);
  });

  it('refuses a running period and a period with fewer than 5 responses, with a reason in both languages', async () => {
    const unit = await unitId('mataram', 'disdik');
    const running = await publish(tokens['hr@mataram.demo']!, unit, '2026-S2');
    expect(codeOf(running)).toBe('BAD_USER_INPUT');
    expect(running.errors![0]!.message).toMatch(/only for a period that has ended/);
    const runningId = await api.gql(PUBLISH, { u: unit, p: '2026-S2', s: 'Kepala Dinas' }, { token: tokens['hr@mataram.demo']!, lang: 'id' });
    expect(runningId.errors![0]!.message).toMatch(/masih berjalan/);

    const empty = await publish(tokens['hr@mataram.demo']!, unit, '2025-S1');
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0]!.message).toMatch(/at least 5/);

    const wrongKind = await publish(tokens['hr@mataram.demo']!, unit, '2026-Q1');
    expect(codeOf(wrongKind)).toBe('BAD_USER_INPUT');

    const [row] = await sql<{ n: number }>(`select count(*)::int as n from skm_report where unit_id = ? and period_key in ('2026-S2', '2025-S1', '2026-Q1')`, [unit]);
    expect(row!.n).toBe(0);
  });

  it('returns the published report when it is published again with unchanged numbers', async () => {
    const unit = await unitId('mataram', 'dinsos');
    // The demo officer works for DPMPTSP, not Dinas Sosial: HR publishes.
    expect(codeOf(await publish(tokens['officer@mataram.demo']!, unit))).toBe('FORBIDDEN');
    const a = await publish(tokens['hr@mataram.demo']!, unit);
    expect(a.errors).toBeUndefined();
    const b = await publish(tokens['hr@mataram.demo']!, unit, PERIOD, 'Someone Else, Kepala Dinas');
    expect(b.errors).toBeUndefined();
    expect(b.data!.publishSkmReport.id).toBe(a.data!.publishSkmReport.id);
    expect(b.data!.publishSkmReport.version).toBe(1);
    expect(b.data!.publishSkmReport.signedBy).toBe(a.data!.publishSkmReport.signedBy);
    const [row] = await sql<{ n: number }>(`select count(*)::int as n from skm_report where unit_id = ? and period_key = ?`, [unit, PERIOD]);
    expect(row!.n).toBe(1);
  });

  it('makes version 2 when paper questionnaires of the period are imported late, and keeps version 1 as it was', async () => {
    const unit = await unitId('sawahlunto', 'dinsos');
    const hr = tokens['hr@sawahlunto.demo']!;
    const v1 = (await publish(hr, unit, PERIOD, 'Yulia Rahmi, S.Sos., Kepala Dinas Sosial')).data!.publishSkmReport;
    expect(v1.version).toBe(1);

    const [service] = await sql<{ slug: string }>('select slug from public_service where unit_id = ? order by slug limit 1', [unit]);
    const run = Math.random().toString(36).slice(2, 8);
    const csv = [
      'layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,no_kuesioner',
      ...[0, 1, 2].map((i) => `${service!.slug},2026-03-1${i},4,4,4,4,4,4,4,4,4,LATE-${run}-${i}`),
    ].join('\n');
    const imported = await api.gql<{ importHrData: { imported: number } }>(
      'mutation($input: ImportHrDataInput!) { importHrData(input: $input) { imported } }',
      { input: { kind: 'SKM', regionSlug: 'sawahlunto', csv, dryRun: false } },
      { token: hr },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importHrData.imported).toBe(3);

    const list = await api.gql<{ skmReports: Report[] }>(
      `query($u: ID!) { skmReports(regionSlug: "sawahlunto", period: "${PERIOD}", unitId: $u) { ${REPORT_FIELDS} } }`,
      { u: unit },
      { token: hr },
    );
    expect(list.errors).toBeUndefined();
    const latest = list.data!.skmReports[0]!;
    expect(latest.version).toBe(2);
    expect(latest.responseCount).toBe(v1.responseCount + 3);
    expect(latest.signedBy).toBe(v1.signedBy);
    expect(latest.revisionReason).toMatch(/^3 tanggapan terlambat masuk/);
    expect(latest.content.revision).toMatchObject({ previousVersion: 1, previousResponseCount: v1.responseCount, addedResponses: 3 });
    expect(latest.versions.map((v) => v.version)).toEqual([2, 1]);

    // Version 1 is still there, exactly as it was published, for everyone to read.
    const old = await api.gql<{ publishedSkmReport: Report }>(`query($id: ID!) { publishedSkmReport(id: $id, version: 1) { ${REPORT_FIELDS} } }`, { id: latest.id });
    expect(old.errors).toBeUndefined();
    expect(old.data!.publishedSkmReport.id).toBe(v1.id);
    expect(old.data!.publishedSkmReport.responseCount).toBe(v1.responseCount);
    expect(old.data!.publishedSkmReport.content).toEqual(v1.content);

    // Publishing again now returns version 2: nothing new arrived since.
    const again = await publish(hr, unit, PERIOD);
    expect(again.data!.publishSkmReport.id).toBe(latest.id);
  });

  it('shows a region’s reports to its mayor and nobody else’s; previews are staff only; published reports are public', async () => {
    const unit = await unitId('mataram', 'dpmptsp');
    const mine = await api.gql<{ skmReports: Report[] }>(`{ skmReports(regionSlug: "mataram", period: "${PERIOD}") { id unit { name } version } }`, {}, { token: tokens['mayor@mataram.demo']! });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.skmReports.length).toBeGreaterThan(0);

    const other = await api.gql(`{ skmReports(regionSlug: "mataram") { id } }`, {}, { token: tokens['mayor@kupang.demo']! });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.data?.skmReports ?? null).toBeNull();
    const otherPreview = await api.gql(`query($u: ID!) { skmReportPreview(unitId: $u, period: "${PERIOD}") { responseCount } }`, { u: unit }, { token: tokens['mayor@kupang.demo']! });
    expect(codeOf(otherPreview)).toBe('FORBIDDEN');
    const mayorPublish = await publish(tokens['mayor@mataram.demo']!, unit);
    expect(codeOf(mayorPublish)).toBe('FORBIDDEN');

    const preview = await api.gql<{ skmReportPreview: { publishable: boolean; responseCount: number; published: { id: string } | null } }>(
      `query($u: ID!) { skmReportPreview(unitId: $u, period: "${PERIOD}") { publishable responseCount published { id } } }`,
      { u: unit },
      { token: tokens['mayor@mataram.demo']! },
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.skmReportPreview.publishable).toBe(true);

    const anonymousPreview = await api.gql(`query($u: ID!) { skmReportPreview(unitId: $u, period: "${PERIOD}") { responseCount } }`, { u: unit });
    expect(codeOf(anonymousPreview)).toBe('UNAUTHENTICATED');
    const anonymousList = await api.gql('{ skmReports(regionSlug: "mataram") { id } }');
    expect(codeOf(anonymousList)).toBe('UNAUTHENTICATED');

    const open = await api.gql<{ publishedSkmReports: Array<{ id: string; version: number; unit: { id: string } }> }>('{ publishedSkmReports(regionSlug: "mataram") { id version unit { id } } }');
    expect(open.errors).toBeUndefined();
    const [count] = await sql<{ n: number }>(
      `select count(distinct (unit_id, period_key))::int as n from skm_report s join region r on r.id = s.region_id where r.slug = 'mataram'`,
    );
    expect(open.data!.publishedSkmReports.length).toBe(count!.n);
    // Drafts never show: a unit without a published report is not in the public list.
    const [unpublished] = await sql<{ id: string }>(
      `select u.id from unit u join region r on r.id = u.region_id where r.slug = 'mataram' and not exists (select 1 from skm_report s where s.unit_id = u.id) limit 1`,
    );
    expect(open.data!.publishedSkmReports.some((r) => r.unit.id === unpublished!.id)).toBe(false);
  });

  it('refuses a signer name that is too short or holds control characters, storing nothing', async () => {
    const unit = await unitId('mataram', 'kecamatan');
    const short = await publish(tokens['hr@mataram.demo']!, unit, PERIOD, 'ab');
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.extensions).toMatchObject({ fields: [{ field: 'signedBy' }] });
    const control = await publish(tokens['hr@mataram.demo']!, unit, PERIOD, 'Kepala\u0007 Camat');
    expect(codeOf(control)).toBe('BAD_USER_INPUT');
    const [row] = await sql<{ n: number }>(`select count(*)::int as n from skm_report where unit_id = ?`, [unit]);
    expect(row!.n).toBe(0);
  });

  it('revises on the API’s timer, one process at a time, when a late rating of the period arrives', async () => {
    const unit = await unitId('kupang', 'dinsos');
    const hr = await api.login('hr@kupang.demo');
    const v1 = (await publish(hr, unit, PERIOD, 'Kepala Dinas Sosial Kota Kupang')).data!.publishSkmReport;
    const [service] = await sql<{ id: string }>('select id from public_service where unit_id = ? order by slug limit 1', [unit]);
    const run = Math.random().toString(36).slice(2, 8);
    await api.orm.em.fork().transactional((tx) =>
      storePaperRatings(tx, [
        {
          serviceId: service!.id,
          answeredOn: '2026-05-20',
          paperRef: `TIMER-${run}`,
          scores: { PERSYARATAN: 1, SISTEM_MEKANISME_PROSEDUR: 1, WAKTU_PENYELESAIAN: 1, BIAYA_TARIF: 1, PRODUK_SPESIFIKASI: 1, KOMPETENSI_PELAKSANA: 1, PERILAKU_PELAKSANA: 1, PENANGANAN_PENGADUAN: 1, SARANA_PRASARANA: 1 },
          comment: null,
          respondent: { ageGroup: null, gender: null, education: null, occupation: null },
        },
      ]),
    );
    const catalog = await api.app.catalog.get(() => api.orm.em.fork());

    // Another API process holds the sweep: this one skips its round and stores nothing.
    const other = new pg.Client({ connectionString: inject('databaseUrl') });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock(4202611026)');
      expect(await reviseOnTimer(api.orm.em.fork(), catalog)).toBe(0);
    } finally {
      await other.query('rollback');
      await other.end();
    }
    expect((await sql<{ n: number }>('select count(*)::int as n from skm_report where unit_id = ?', [unit]))[0]!.n).toBe(1);

    expect(await reviseOnTimer(api.orm.em.fork(), catalog)).toBeGreaterThanOrEqual(1);
    const rows = await sql<{ version: number; response_count: number; revision_reason: string | null }>(
      'select version, response_count, revision_reason from skm_report where unit_id = ? and period_key = ? order by version',
      [unit, PERIOD],
    );
    expect(rows.map((r) => [r.version, r.response_count])).toEqual([
      [1, v1.responseCount],
      [2, v1.responseCount + 1],
    ]);
    expect(rows[1]!.revision_reason).toMatch(/^1 tanggapan terlambat masuk/);
  });
});
