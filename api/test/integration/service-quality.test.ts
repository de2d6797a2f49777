import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, bucketStart, nextBucket } from '@suara/skm';
import { startTestApi, type TestApi } from '../support/api.js';
import { codeOf } from '../support/sign-in.js';
import { Role } from '../../src/common/enums.js';
import { Viewer } from '../../src/modules/identity/index.js';
import { declineAlerts, regionOverview, trainingImpactSummary } from '../../src/modules/insights/index.js';

/**
 * The mayor's view of service quality (issue 10) on the demo world, seeded with today = TEST_TODAY
 * (2026-11-01): the year of feedback runs 2025-11-01 … 2026-10-31.
 */

let api: TestApi;
let admin = '';
let mayorKupang = '';
let mayorMataram = '';
let hrMataram = '';
const today = inject('today');
const NOW = new Date(`${today}T04:00:00Z`);

beforeAll(async () => {
  api = await startTestApi();
  [admin, mayorKupang, mayorMataram, hrMataram] = (await Promise.all(
    ['admin@suara.demo', 'mayor@kupang.demo', 'mayor@mataram.demo', 'hr@mataram.demo'].map((e) => api.login(e)),
  )) as [string, string, string, string];
});
afterAll(async () => {
  await api.close();
});

interface Score {
  responseCount: number;
  ikm: number | null;
  grade: string | null;
  elements: Array<{ element: string; average: number }>;
}
interface Point extends Score {
  periodStart: string;
  periodEnd: string;
  complete: boolean;
}
interface UnitRow {
  unit: { id: string; name: string; abbreviation: string | null };
  responseCount: number;
  ikm: number | null;
  grade: string | null;
  change: number | null;
  previousIkm: number | null;
  previousResponseCount: number;
}
const SCORE = 'responseCount ikm grade elements { element average }';
const TREND = `query ($r: String!, $from: Date!, $to: Date!, $g: Granularity, $u: ID, $s: ID) {
  serviceQualityTrend(regionSlug: $r, from: $from, to: $to, granularity: $g, unitId: $u, serviceId: $s) { periodStart periodEnd complete ${SCORE} } }`;
const RANKING = `query ($r: String!, $from: Date!, $to: Date!) {
  unitRanking(regionSlug: $r, from: $from, to: $to) { unit { id name abbreviation } responseCount ikm grade change previousIkm previousResponseCount } }`;

async function trend(token: string, vars: Record<string, unknown>): Promise<Point[]> {
  const res = await api.gql<{ serviceQualityTrend: Point[] }>(TREND, vars, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.serviceQualityTrend;
}

async function ranking(token: string, r: string, from: string, to: string): Promise<UnitRow[]> {
  const res = await api.gql<{ unitRanking: UnitRow[] }>(RANKING, { r, from, to }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.unitRanking;
}

async function regionIds(slug: string): Promise<{ id: string; units: Array<{ id: string; abbreviation: string | null; slug: string; services: Array<{ id: string; slug: string }> }> }> {
  const res = await api.gql<{ region: { id: string; units: Array<{ id: string; abbreviation: string | null; slug: string; services: Array<{ id: string; slug: string }> }> } }>(
    `query ($s: String!) { region(slug: $s) { id units { id slug abbreviation services { id slug } } } }`,
    { s: slug },
  );
  return res.data!.region;
}

/** The service pages' numbers: `satisfaction(from, to)` of the region, a unit or a service, many ranges in one request. */
async function satisfactionOf(kind: 'region' | 'unit' | 'service', key: string, ranges: Array<{ from: string; to: string }>, regionSlug = ''): Promise<Score[]> {
  // A request may hold at most 30 aliases (operation limits): ask in pages of 25.
  if (ranges.length > 25) return [...(await satisfactionOf(kind, key, ranges.slice(0, 25), regionSlug)), ...(await satisfactionOf(kind, key, ranges.slice(25), regionSlug))];
  const fields = ranges.map((r, i) => `s${i}: satisfaction(from: "${r.from}", to: "${r.to}") { ${SCORE} }`).join(' ');
  const query =
    kind === 'region'
      ? `{ x: region(slug: "${key}") { ${fields} } }`
      : kind === 'service'
        ? `{ x: service(slug: "${key}") { ${fields} } }`
        : `{ x: region(slug: "${regionSlug}") { units { id ${fields} } } }`;
  const res = await api.gql<{ x: Record<string, Score> & { units?: Array<Record<string, Score> & { id: string }> } }>(query);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const holder: Record<string, Score> = kind === 'unit' ? res.data!.x.units!.find((u) => u.id === key)! : res.data!.x;
  return ranges.map((_, i) => holder[`s${i}`]!);
}

const same = (a: Score, b: Score) => {
  expect(a.responseCount).toBe(b.responseCount);
  expect(a.ikm).toBe(b.ikm);
  expect(a.grade).toBe(b.grade);
  expect(a.elements).toEqual(b.elements);
};

describe('the service-quality trend', () => {
  it('covers the range with one point per week, month or quarter, empty ones included and cut ones marked partial', async () => {
    const from = '2025-09-10';
    const to = '2026-03-20';
    for (const g of ['WEEK', 'MONTH', 'QUARTER'] as const) {
      const points = await trend(mayorMataram, { r: 'mataram', from, to, g });
      expect(points[0]!.periodStart).toBe(bucketStart(from, g));
      for (let i = 1; i < points.length; i++) expect(points[i]!.periodStart).toBe(nextBucket(points[i - 1]!.periodStart, g));
      expect(points.at(-1)!.periodEnd).toBe(to);
      expect(nextBucket(points.at(-1)!.periodStart, g) > to).toBe(true);
      // The first and last buckets are cut by from/to; the ones between are whole.
      expect(points[0]!.complete).toBe(false);
      expect(points.at(-1)!.complete).toBe(false);
      if (points.length > 2) expect(points.slice(1, -1).every((p) => p.complete)).toBe(true);
      // Before the year of feedback (it begins 2025-11-01) the buckets are there, empty.
      const empty = points.filter((p) => p.periodEnd < '2025-11-01');
      expect(empty.length).toBeGreaterThan(0);
      for (const p of empty) expect(p).toMatchObject({ responseCount: 0, ikm: null, grade: null, elements: [] });
    }
    const weeks = await trend(mayorMataram, { r: 'mataram', from: '2026-06-01', to: '2026-06-30', g: 'WEEK' });
    expect(new Date(`${weeks[0]!.periodStart}T00:00:00Z`).getUTCDay()).toBe(1); // ISO weeks start on Monday
  });

  it('marks a bucket that runs past today as partial', async () => {
    const realToday = new Date().toISOString().slice(0, 10);
    const points = await trend(admin, { r: 'kupang', from: addDays(realToday, -200), to: addDays(realToday, 10), g: 'QUARTER' });
    expect(points.at(-1)!.complete).toBe(false);
  });

  it('shows for every point the very numbers of the service pages for the same days (region, unit, service)', async () => {
    const kupang = await regionIds('kupang');
    const pupr = kupang.units.find((u) => u.abbreviation === 'Dinas PUPR')!;
    const service = pupr.services[0]!;
    const cases = [
      { kind: 'region' as const, key: 'kupang', vars: {}, g: 'MONTH' },
      { kind: 'unit' as const, key: pupr.id, vars: { u: pupr.id }, g: 'QUARTER' },
      { kind: 'service' as const, key: service.slug, vars: { s: service.id }, g: 'WEEK' },
    ];
    for (const c of cases) {
      const points = await trend(mayorKupang, { r: 'kupang', from: '2026-02-11', to: '2026-10-31', g: c.g, ...c.vars });
      const pages = await satisfactionOf(
        c.kind,
        c.key,
        points.map((p) => ({ from: p.periodStart < '2026-02-11' ? '2026-02-11' : p.periodStart, to: p.periodEnd })),
        'kupang',
      );
      expect(points.some((p) => p.ikm !== null)).toBe(true);
      points.forEach((p, i) => same(p, pages[i]!));
    }
  });

  it('shows the rise of Sawahlunto’s licensing office and Mataram’s civil registry after their training', async () => {
    for (const [slug, abbreviation, storyDay] of [
      ['sawahlunto', 'DPMPTSP', 170],
      ['mataram', 'Disdukcapil', 190],
    ] as const) {
      const region = await regionIds(slug);
      const unit = region.units.find((u) => u.abbreviation === abbreviation)!;
      const token = await api.login(`mayor@${slug}.demo`);
      const points = await trend(token, { r: slug, from: '2025-11-01', to: '2026-10-31', g: 'QUARTER', u: unit.id });
      const change = addDays('2025-11-01', storyDay);
      const before = points.filter((p) => p.periodEnd < change && p.ikm !== null);
      const after = points.filter((p) => p.periodStart > addDays(change, 30) && p.ikm !== null);
      expect(before.length).toBeGreaterThan(0);
      expect(after.length).toBeGreaterThan(0);
      expect(Math.min(...after.map((p) => p.ikm!))).toBeGreaterThan(Math.max(...before.map((p) => p.ikm!)));
    }
  });

  it('refuses a range longer than two years and a start after the end, in both languages', async () => {
    const long = await api.gql(TREND, { r: 'mataram', from: '2024-01-01', to: '2026-01-02' }, { token: mayorMataram });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0]!.message).toMatch(/two years|dua tahun/);
    const reversed = await api.gql(RANKING, { r: 'mataram', from: '2026-05-01', to: '2026-04-01' }, { token: mayorMataram });
    expect(codeOf(reversed)).toBe('BAD_USER_INPUT');
    for (const bad of [{ from: '2026-02-30' }, { r: 'mata\u0000ram' }, { u: 'x\u0000' }]) {
      const res = await api.gql(TREND, { r: 'mataram', from: '2026-01-01', to: '2026-03-31', ...bad }, { token: mayorMataram });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
    // An explicit null granularity is the default, months.
    const months = await trend(mayorMataram, { r: 'mataram', from: '2026-01-01', to: '2026-03-31', g: null });
    expect(months.map((p) => p.periodStart)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });
});

describe('the unit ranking', () => {
  it('puts the best IKM first, units under 5 responses last, and equals each unit’s page numbers with the change against the previous equal range', async () => {
    const from = '2026-05-01';
    const to = '2026-10-31';
    const rows = await ranking(mayorKupang, 'kupang', from, to);
    expect(rows.length).toBeGreaterThan(3);
    const scored = rows.filter((r) => r.ikm !== null);
    for (let i = 1; i < scored.length; i++) expect(scored[i - 1]!.ikm!).toBeGreaterThanOrEqual(scored[i]!.ikm!);
    const firstUnscored = rows.findIndex((r) => r.ikm === null);
    if (firstUnscored >= 0) expect(rows.slice(firstUnscored).every((r) => r.ikm === null && r.responseCount < 5)).toBe(true);
    // 184 days: the previous range is the 184 days before 1 May.
    const previous = { from: addDays(from, -184), to: addDays(from, -1) };
    for (const row of rows) {
      const [now, before] = await satisfactionOf('unit', row.unit.id, [{ from, to }, previous], 'kupang');
      expect(row.responseCount).toBe(now!.responseCount);
      expect(row.ikm).toBe(now!.ikm);
      expect(row.grade).toBe(now!.grade);
      expect(row.previousIkm).toBe(before!.ikm);
      expect(row.previousResponseCount).toBe(before!.responseCount);
      expect(row.change).toBe(now!.ikm !== null && before!.ikm !== null ? Math.round((now!.ikm - before!.ikm) * 100) / 100 : null);
    }
    // Kupang's public works fell in the second half of the year.
    expect(rows.find((r) => r.unit.abbreviation === 'Dinas PUPR')!.change!).toBeLessThan(0);
  });

  it('shows Mamuju’s complained-about puskesmas low, lowest of all on staff behaviour', async () => {
    const mamuju = await regionIds('mamuju');
    const puskesmas = mamuju.units.find((u) => u.slug.endsWith('puskesmas-1') || u.services.some((s) => s.slug.includes('imunisasi-anak')))!;
    const token = await api.login('mayor@mamuju.demo');
    const rows = await ranking(token, 'mamuju', '2025-11-01', '2026-10-31');
    const scored = rows.filter((r) => r.ikm !== null);
    const place = scored.findIndex((r) => r.unit.id === puskesmas.id);
    expect(place).toBeGreaterThanOrEqual(Math.floor(scored.length / 2));
    const behaviour: Array<{ id: string; average: number }> = [];
    for (const row of scored) {
      const points = await trend(token, { r: 'mamuju', from: '2025-11-01', to: '2026-10-31', g: 'QUARTER', u: row.unit.id });
      const [whole] = await satisfactionOf('unit', row.unit.id, [{ from: '2025-11-01', to: '2026-10-31' }], 'mamuju');
      expect(points.reduce((n, p) => n + p.responseCount, 0)).toBe(whole!.responseCount);
      behaviour.push({ id: row.unit.id, average: whole!.elements.find((e) => e.element === 'PERILAKU_PELAKSANA')!.average });
    }
    behaviour.sort((a, b) => a.average - b.average);
    expect(behaviour[0]!.id).toBe(puskesmas.id);
  });
});

describe('who sees service quality', () => {
  it('lets the mayor and HR of the region and ADMIN read it, and gives the mayor of another region FORBIDDEN and nothing else', async () => {
    for (const token of [mayorMataram, hrMataram, admin]) expect(codeOf(await api.gql(RANKING, { r: 'mataram', from: '2026-01-01', to: '2026-03-31' }, { token }))).toBe('OK');
    const foreign = await api.gql<{ serviceQualityTrend: Point[] | null }>(TREND, { r: 'mataram', from: '2026-01-01', to: '2026-03-31' }, { token: mayorKupang });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(foreign.data?.serviceQualityTrend ?? null).toBeNull();
    for (const q of [
      `{ regionOverview(regionSlug: "mataram") { current { ikm } } }`,
      `{ declineAlerts(regionSlug: "mataram") { ikm } }`,
      `{ trainingImpactSummary(regionSlug: "mataram") { completions } }`,
      `{ unitRanking(regionSlug: "mataram", from: "2026-01-01", to: "2026-03-31") { ikm } }`,
    ]) {
      const res = await api.gql(q, {}, { token: mayorKupang });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    expect(codeOf(await api.gql(RANKING, { r: 'mataram', from: '2026-01-01', to: '2026-03-31' }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a unit or service of another region inside the mayor’s own region', async () => {
    const mataram = await regionIds('mataram');
    const unit = mataram.units.find((u) => u.services.length > 0)!;
    for (const vars of [{ u: unit.id }, { s: unit.services[0]!.id }, { u: '00000000-0000-0000-0000-000000000000' }, { u: 'not-an-id' }]) {
      const res = await api.gql(TREND, { r: 'kupang', from: '2026-01-01', to: '2026-03-31', ...vars }, { token: mayorKupang });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });
});

/** The service functions with the demo world's "today", as the bench and the API call them. */
async function direct() {
  const em = api.orm.em.fork();
  const catalog = await api.app.catalog.get(() => em);
  const viewerOf = (role: Role, slug: string) => new Viewer('t', 't@suara.demo', 'T', [{ role, regionId: catalog.regionBySlug(slug)!.id, unitId: null }]);
  return { em, catalog, viewerOf };
}

describe('decline alerts', () => {
  it('raise Kupang’s public-works decline at unit level, with the elements that fell among those the story bends', async () => {
    const { em, catalog, viewerOf } = await direct();
    const alerts = await declineAlerts(em, catalog, viewerOf(Role.MAYOR, 'kupang'), 'kupang', 90, NOW);
    const unit = alerts.find((a) => a.scope === 'UNIT' && a.unit.abbreviation === 'Dinas PUPR');
    expect(unit).toBeDefined();
    expect(unit!.to).toBe(addDays(today, -1));
    expect(unit!.change).toBeLessThanOrEqual(-5);
    expect(unit!.responseCount).toBeGreaterThanOrEqual(30);
    expect(unit!.previousResponseCount).toBeGreaterThanOrEqual(30);
    expect(unit!.elements.length).toBeGreaterThan(0);
    for (const e of unit!.elements) {
      expect(['WAKTU_PENYELESAIAN', 'PENANGANAN_PENGADUAN', 'KOMPETENSI_PELAKSANA', 'SARANA_PRASARANA']).toContain(e.element);
      expect(e.change).toBeLessThan(0);
    }
    for (let i = 1; i < alerts.length; i++) expect(alerts[i - 1]!.change).toBeLessThanOrEqual(alerts[i]!.change);
    // The improving stories raise nothing.
    for (const slug of ['sawahlunto', 'mataram']) {
      const calm = await declineAlerts(em, catalog, viewerOf(Role.MAYOR, slug), slug, 90, NOW);
      expect(calm.filter((a) => a.unit.abbreviation === 'DPMPTSP' || a.unit.abbreviation === 'Disdukcapil')).toEqual([]);
    }
  });

  it('never alert on a unit or service with too few responses on either side', async () => {
    const { em, catalog, viewerOf } = await direct();
    for (const slug of ['kupang', 'mataram', 'mamuju', 'sawahlunto']) {
      for (const a of await declineAlerts(em, catalog, viewerOf(Role.HR, slug), slug, 28, NOW)) {
        expect(a.responseCount).toBeGreaterThanOrEqual(30);
        expect(a.previousResponseCount).toBeGreaterThanOrEqual(30);
      }
    }
    // A service with a handful of terrible ratings in the last weeks and almost none before: no alert.
    const res = await api.gql(`{ declineAlerts(regionSlug: "kupang", days: 27) { ikm } }`, {}, { token: mayorKupang });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('the region overview', () => {
  it('compares the last two complete survey periods and counts the running one so far, with the same numbers as the region page', async () => {
    const { em, catalog, viewerOf } = await direct();
    const overview = await regionOverview(em, catalog, viewerOf(Role.MAYOR, 'mataram'), 'mataram', NOW);
    expect(overview.surveyPeriod).toBe('SEMESTER');
    expect(overview.current).toMatchObject({ key: '2026-S2', from: '2026-07-01', to: '2026-12-31', state: 'RUNNING' });
    expect(overview.previous).toMatchObject({ key: '2026-S1', state: 'COMPLETE' });
    expect(overview.beforePrevious).toMatchObject({ key: '2025-S2', state: 'COMPLETE' });
    const [current, previous] = await satisfactionOf('region', 'mataram', [
      { from: '2026-07-01', to: '2026-12-31' },
      { from: '2026-01-01', to: '2026-06-30' },
    ]);
    expect(overview.current.ikm).toBe(current!.ikm);
    expect(overview.current.responseCount).toBe(current!.responseCount);
    expect(overview.previous.ikm).toBe(previous!.ikm);
    expect(overview.gradeDistribution.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D', null]);
    const services = overview.gradeDistribution.reduce((n, g) => n + g.services, 0);
    expect(services).toBe(catalog.servicesOfRegion(catalog.regionBySlug('mataram')!.id).length);
    const f = overview.feedback;
    expect(f.awaitingAnswer + f.answeredOnTime + f.answeredLate + f.overdue).toBeGreaterThan(0);
  });
});

describe('training impact over all programs', () => {
  it('shows Sawahlunto’s OSS program and Mataram’s service-excellence course with a positive measured change', async () => {
    const { em, catalog, viewerOf } = await direct();
    for (const slug of ['sawahlunto', 'mataram']) {
      const programs = await trainingImpactSummary(em, catalog, viewerOf(Role.MAYOR, slug), slug, null);
      expect(programs.length).toBeGreaterThan(0);
      const best = programs[0]!;
      expect(best.bestChange).toBeGreaterThan(0);
      expect(best.measuredUnits).toBeGreaterThan(0);
      expect(best.completions).toBeGreaterThan(0);
      const firstUnmeasured = programs.findIndex((p) => p.bestChange === null);
      if (firstUnmeasured >= 0) expect(programs.slice(firstUnmeasured).every((p) => p.bestChange === null)).toBe(true);
    }
  });
});

describe('training impact over HTTP', () => {
  it('names no employee to the mayor: the programs come without their enrolments', async () => {
    const res = await api.gql<{ trainingImpactSummary: Array<{ program: { title: string; enrolments: unknown[] }; completions: number }> }>(
      `{ trainingImpactSummary(regionSlug: "mataram") { program { title enrolments { employee { name nip } } } completions } }`,
      {},
      { token: mayorMataram },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.trainingImpactSummary.length).toBeGreaterThan(0);
    for (const p of res.data!.trainingImpactSummary) expect(p.program.enrolments).toEqual([]);
  });
});

describe('the cost of the dashboard reads', () => {
  it('reads a region-year trend in one statement and the ranking in two, besides the session check', async () => {
    let statements = 0;
    const counted = await startTestApi({}, { debug: ['query'], logger: () => statements++ });
    try {
      const token = await counted.login('mayor@kupang.demo');
      const countFor = async (query: string, variables: Record<string, unknown>) => {
        await counted.gql(query, variables, { token }); // the catalogue is loaded once, then held
        statements = 0;
        const res = await counted.gql(query, variables, { token });
        expect(res.errors).toBeUndefined();
        return statements;
      };
      expect(await countFor(TREND, { r: 'kupang', from: '2025-11-01', to: '2026-10-31', g: 'WEEK' })).toBe(2);
      expect(await countFor(RANKING, { r: 'kupang', from: '2025-11-01', to: '2026-10-31' })).toBe(3);
    } finally {
      await counted.close();
    }
  });
});

describe('the whole dashboard in one request', () => {
  it('fits the operation limits with every field the page shows', async () => {
    const res = await api.gql(
      `query ($r: String!, $from: Date!, $to: Date!) {
        regionOverview(regionSlug: $r) { surveyPeriod
          current { key from to state responseCount ikm grade } previous { key from to state responseCount ikm grade }
          beforePrevious { key from to state responseCount ikm grade } gradeDistribution { grade services }
          feedback { awaitingAnswer answeredOnTime answeredLate overdue } }
        declineAlerts(regionSlug: $r) { scope unit { id slug name } service { id slug name } from to previousFrom previousTo
          responseCount previousResponseCount ikm previousIkm change grade previousGrade elements { element average previousAverage change } }
        serviceQualityTrend(regionSlug: $r, from: $from, to: $to, granularity: WEEK) { periodStart periodEnd complete responseCount ikm grade elements { element average } }
        unitRanking(regionSlug: $r, from: $from, to: $to) { unit { id slug name abbreviation } responseCount ikm grade change previousIkm previousResponseCount }
        trainingImpactSummary(regionSlug: $r) { program { id title costPerParticipant } completions units cost measuredUnits averageChange bestChange
          impacts { unit { id name } competency { code name } completedAt before { responseCount average } after { responseCount average } change } }
      }`,
      { r: 'kupang', from: '2024-11-01', to: '2026-10-31' },
      { token: mayorKupang },
    );
    expect(res.errors).toBeUndefined();
  });
});

describe('many dashboards at once', () => {
  it('all answer at the default pool size', async () => {
    const tokens: Record<string, string> = { kupang: mayorKupang, mataram: mayorMataram };
    const requests = [];
    for (let i = 0; i < 24; i++) {
      const slug = i % 2 ? 'kupang' : 'mataram';
      const from = addDays('2025-11-01', i * 7);
      const to = addDays(from, 120 + i);
      requests.push(
        i % 3 === 0
          ? api.gql(RANKING, { r: slug, from, to }, { token: tokens[slug] })
          : i % 3 === 1
            ? api.gql(TREND, { r: slug, from, to, g: ['WEEK', 'MONTH', 'QUARTER'][i % 3] }, { token: tokens[slug] })
            : api.gql(`{ regionOverview(regionSlug: "${slug}") { current { ikm } feedback { overdue } } declineAlerts(regionSlug: "${slug}") { change } }`, {}, { token: tokens[slug] }),
      );
    }
    const answers = await Promise.all(requests);
    for (const a of answers) {
      expect(a.errors).toBeUndefined();
      expect(a.status).toBe(200);
    }
  });
});
