import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { codeOf } from '../support/staff.js';

/**
 * HR types in paper SKM questionnaires (`importHrData(kind: SKM)`, decision record 0022): each good
 * row becomes a rating counted on the day the citizen answered, bad rows are reported by line and
 * column while the good ones are kept, a dry run stores nothing, and a re-run changes nothing.
 */
let api: TestApi;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  for (const region of ['mamuju', 'kupang', 'mataram', 'sawahlunto']) tokens[region] = await api.login(`hr@${region}.demo`);
});
afterAll(async () => {
  await api.close();
});

const IMPORT = `mutation($input: ImportHrDataInput!) {
  importHrData(input: $input) { kind dryRun rowsRead imported unchanged rejected problemCount problems { line column message } }
}`;

interface Report {
  kind: string;
  dryRun: boolean;
  rowsRead: number;
  imported: number;
  unchanged: number;
  rejected: number;
  problemCount: number;
  problems: Array<{ line: number; column: string; message: string }>;
}

async function importCsv(token: string, input: { kind: string; regionSlug: string; csv: string; dryRun: boolean }, lang = 'en') {
  return api.gql<{ importHrData: Report }>(IMPORT, { input }, { token, lang });
}

const lastYear = new Date().getUTCFullYear() - 1;
// Early in last year: the oldest day a paper questionnaire is accepted from, and before the demo's year of ratings.
const DAY = `${lastYear}-01-02`;
const NEXT_DAY = `${lastYear}-01-03`;
const HEADER = 'layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,komentar,umur,jenis_kelamin,pendidikan,pekerjaan,no_kuesioner';
const run = Math.random().toString(36).slice(2, 8);

async function dayCount(slug: string, day: string): Promise<{ responseCount: number; ikm: number | null }> {
  const res = await api.gql<{ service: { satisfaction: { responseCount: number; ikm: number | null } } }>(
    'query($s: String!, $d: Date!) { service(slug: $s) { satisfaction(from: $d, to: $d) { responseCount ikm } } }',
    { s: slug, d: day },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.service.satisfaction;
}

const sql = <T>(q: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(q, params);

describe('importing paper SKM questionnaires', () => {
  it('counts good rows on the days they were answered, reports bad rows by line and column, and a re-run changes nothing', async () => {
    const csv = [
      HEADER,
      `mamuju-ktp-el,${DAY},4,4,4,4,4,4,4,4,4,,,,,,${run}-001`,
      `mamuju-ktp-el,${DAY},3,3,3,3,3,3,3,3,3,"Petugas ramah, antrean panjang",30-39,P,SMA,SWASTA,${run}-002`,
      `mamuju-ktp-el,${DAY},4,3,4,3,4,3,4,3,4,,,,,,${run}-003`,
      `mamuju-ktp-el,${DAY},2,2,2,2,2,2,2,2,2,,,L,,,${run}-004`,
      `mamuju-ktp-el,${NEXT_DAY},4,4,4,4,4,4,4,4,4,,,,,,${run}-005`,
      `mamuju-ktp-el,${DAY},4,4,5,4,4,4,4,4,4,,,,,,${run}-006`,
      `mamuju-ktp-el,2999-01-01,4,4,4,4,4,4,4,4,4,,,,,,${run}-007`,
      `kupang-ktp-el,${DAY},4,4,4,4,4,4,4,4,4,,,,,,${run}-008`,
      `mamuju-ktp-el,${DAY},4,4,4,4,4,4,4,4,4,,,X,,,${run}-009`,
      `mamuju-ktp-el,${DAY},4,4,4,4,4,4,4,4,4,,,,,,${run}-001`,
    ].join('\n');
    const before = await dayCount('mamuju-ktp-el', DAY);
    const [paperBefore] = await sql<{ n: number }>(`select count(*)::int as n from feedback where channel = 'PAPER'`);

    const dry = await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importHrData).toMatchObject({ kind: 'SKM', dryRun: true, rowsRead: 10, imported: 5, unchanged: 0, rejected: 5 });
    expect(await dayCount('mamuju-ktp-el', DAY)).toEqual(before);
    const [paperAfterDry] = await sql<{ n: number }>(`select count(*)::int as n from feedback where channel = 'PAPER'`);
    expect(paperAfterDry!.n).toBe(paperBefore!.n);

    const real = await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv, dryRun: false });
    expect(real.errors).toBeUndefined();
    const report = real.data!.importHrData;
    expect(report).toMatchObject({ dryRun: false, rowsRead: 10, imported: 5, unchanged: 0, rejected: 5 });
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([
      [7, 'u3'],
      [8, 'tanggal'],
      [9, 'layanan'],
      [10, 'jenis_kelamin'],
      [11, 'no_kuesioner'],
    ]);
    expect(report.problems[0]!.message).toMatch(/between 1 and 4/);
    expect(report.problems[4]!.message).toMatch(/line 2/);
    // Four on the first day (4, 3, 3.5, 2 on average) and one the day after: counted where they were answered.
    const after = await dayCount('mamuju-ktp-el', DAY);
    expect(after.responseCount).toBe(before.responseCount + 4);
    expect((await dayCount('mamuju-ktp-el', NEXT_DAY)).responseCount).toBeGreaterThanOrEqual(1);
    const stored = await sql<{ channel: string; moderation_status: string; respondent_gender: string | null; comment: string | null }>(
      `select channel, moderation_status, respondent_gender, comment from feedback where channel = 'PAPER' and service_id = (select id from public_service where slug = 'mamuju-ktp-el') and comment is not null`,
    );
    // The paper comment waits for a moderator, as a web comment does.
    expect(stored.find((s) => s.comment === 'Petugas ramah, antrean panjang')).toMatchObject({ channel: 'PAPER', moderation_status: 'PENDING', respondent_gender: 'P' });
    // The rollup and the rows agree: the day's count from the raw rows.
    const [raw] = await sql<{ n: number }>(
      `select count(*)::int as n from feedback f join region r on r.id = f.region_id where f.service_id = (select id from public_service where slug = 'mamuju-ktp-el')
        and not f.spam and (f.submitted_at at time zone r.time_zone)::date = ?`,
      [DAY],
    );
    expect(raw!.n).toBe(after.responseCount);

    const again = await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv, dryRun: false });
    expect(again.data!.importHrData).toMatchObject({ imported: 0, unchanged: 5, rejected: 5 });
    expect(await dayCount('mamuju-ktp-el', DAY)).toEqual(after);
  });

  it('never changes a stored questionnaire: other answers under its number are reported', async () => {
    const first = [HEADER, `mamuju-kartu-keluarga,${DAY},4,4,4,4,4,4,4,4,4,,,,,,${run}-X1`].join('\n');
    expect((await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv: first, dryRun: false })).data!.importHrData.imported).toBe(1);
    const before = await dayCount('mamuju-kartu-keluarga', DAY);
    const changed = [HEADER, `mamuju-kartu-keluarga,${DAY},1,1,1,1,1,1,1,1,1,,,,,,${run}-X1`].join('\n');
    const res = await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv: changed, dryRun: false }, 'id');
    expect(res.data!.importHrData).toMatchObject({ imported: 0, unchanged: 0, rejected: 1 });
    expect(res.data!.importHrData.problems[0]).toMatchObject({ line: 2, column: 'no_kuesioner' });
    expect(res.data!.importHrData.problems[0]!.message).toMatch(/tidak diubah/);
    expect(await dayCount('mamuju-kartu-keluarga', DAY)).toEqual(before);
  });

  it('refuses another region’s import, and another region’s service inside one’s own', async () => {
    const csv = [HEADER, `mamuju-ktp-el,${DAY},4,4,4,4,4,4,4,4,4,,,,,,${run}-K1`].join('\n');
    expect(codeOf(await importCsv(tokens.kupang!, { kind: 'SKM', regionSlug: 'mamuju', csv, dryRun: true }))).toBe('FORBIDDEN');
    const own = await importCsv(tokens.kupang!, { kind: 'SKM', regionSlug: 'kupang', csv, dryRun: false });
    expect(own.data!.importHrData).toMatchObject({ imported: 0, rejected: 1 });
    expect(own.data!.importHrData.problems[0]).toMatchObject({ line: 2, column: 'layanan' });
    expect(codeOf(await importCsv('', { kind: 'SKM', regionSlug: 'mamuju', csv, dryRun: true }))).toBe('UNAUTHENTICATED');
  });

  it('tells a missing column, and never echoes a citizen’s comment in a problem', async () => {
    const secret = 'rahasia warga nomor 0812';
    const csv = ['layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,no_kuesioner,komentar', `mamuju-ktp-el,${DAY},4,4,4,4,4,4,4,4,${run}-M1,${secret}`].join('\n');
    const res = await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv, dryRun: true });
    expect(res.data!.importHrData.problems).toEqual([{ line: 1, column: 'u9', message: 'The header has no "u9" column.' }]);
    const long = [HEADER, `mamuju-ktp-el,${DAY},4,4,4,4,4,4,4,4,4,"${secret} ${'x'.repeat(2100)}",,,,,${run}-M2`].join('\n');
    const tooLong = await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv: long, dryRun: true });
    expect(tooLong.data!.importHrData.problems[0]).toMatchObject({ line: 2, column: 'komentar' });
    expect(JSON.stringify(tooLong)).not.toContain(secret);
  });
});

describe('importHrData limits', () => {
  it('refuses a file over its size and a NUL byte, storing nothing', async () => {
    const big = `${HEADER}\n${`mamuju-ktp-el,${DAY},4,4,4,4,4,4,4,4,4,,,,,,big\n`.repeat(16_000)}`;
    expect(big.length).toBeLessThan(1_000_000);
    const res = await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv: big, dryRun: false });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/at most 800 KB/);
    const nul = await importCsv(tokens.mamuju!, { kind: 'SKM', regionSlug: 'mamuju', csv: `${HEADER}\nmamuju-ktp-el,${DAY},4,4,4,4,4,4,4,4,4,a\u0000b,,,,,${run}-N`, dryRun: false });
    expect(codeOf(nul)).toBe('BAD_USER_INPUT');
    const [n] = await sql<{ n: number }>(`select count(*)::int as n from feedback where idempotency_key like 'paper:%' and comment like 'a%b'`);
    expect(n!.n).toBe(0);
  });

  it('runs imports of every region at once at the default pool size, each one complete', async () => {
    const regions = ['mamuju', 'kupang', 'mataram', 'sawahlunto'];
    const skm = (region: string) =>
      [HEADER, ...Array.from({ length: 300 }, (_, i) => `${region}-ktp-el,${DAY},${1 + (i % 4)},3,3,3,3,3,3,3,3,,,,,,${run}-C${i}`)].join('\n');
    const employees = (region: string) => ['nip,nama,unit,jabatan,jenis_pegawai', `19800101 200501 1 ${String(900 + regions.indexOf(region))},Pegawai Uji,tidak-ada,,PNS`].join('\n');
    const calls = regions.flatMap((region) => [
      importCsv(tokens[region]!, { kind: 'SKM', regionSlug: region, csv: skm(region), dryRun: false }),
      importCsv(tokens[region]!, { kind: 'SKM', regionSlug: region, csv: skm(region), dryRun: true }),
      importCsv(tokens[region]!, { kind: 'EMPLOYEES', regionSlug: region, csv: employees(region), dryRun: true }),
      importCsv(tokens[region]!, { kind: 'ASSESSMENTS', regionSlug: region, csv: 'nip,kompetensi,level,tanggal,metode', dryRun: true }),
    ]);
    const answers = await Promise.all(calls);
    for (const a of answers) expect(a.errors).toBeUndefined();
    // The two SKM imports of a region race on the same questionnaires: 300 stored once, whoever wins.
    for (const region of regions) {
      const [n] = await sql<{ n: number }>(
        `select count(*)::int as n from feedback f join public_service s on s.id = f.service_id where s.slug = ? and f.channel = 'PAPER' and f.submitted_at < ?`,
        [`${region}-ktp-el`, `${lastYear}-01-05`],
      );
      expect(n!.n).toBeGreaterThanOrEqual(300);
    }
    const real = answers.filter((_, i) => i % 4 === 0).map((a) => a.data!.importHrData);
    for (const r of real) expect(r.imported + r.unchanged).toBe(300);
  }, 60_000);

  it('stores each employee once when the same file is imported twice at once', async () => {
    const seq = String(100 + Math.floor(Math.random() * 800));
    const nips = [`19850312 201001 1 ${seq}`, `19870704 201203 2 ${seq}`, `19900101 201503 1 ${seq}`];
    const csv = ['nip,nama,unit,jabatan,jenis_pegawai', ...nips.map((n, i) => `${n},Pegawai Kembar ${i},dinsos,,PNS`)].join('\n');
    const [a, b] = await Promise.all([
      importCsv(tokens.sawahlunto!, { kind: 'EMPLOYEES', regionSlug: 'sawahlunto', csv, dryRun: false }),
      importCsv(tokens.sawahlunto!, { kind: 'EMPLOYEES', regionSlug: 'sawahlunto', csv, dryRun: false }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.importHrData.imported + b.data!.importHrData.imported).toBe(3);
    expect(a.data!.importHrData.unchanged + b.data!.importHrData.unchanged).toBe(3);
    const [n] = await sql<{ n: number }>(`select count(*)::int as n from employee where nip in (?)`, [nips.map((x) => x.replace(/ /g, ''))]);
    expect(n!.n).toBe(3);
  });
});
