import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SKM_ELEMENTS, lastCompletePeriod, previousPeriod, surveyPeriodOf, addDays } from '@suara/skm';
import { todayIn } from '../../src/common/calendar.js';
import { createOrm } from '../../src/db/database.js';
import { importSkm } from '../../src/modules/competency/index.js';
import { storePaperRatings } from '../../src/modules/feedback/index.js';
import { publishDuePeriods } from '../../src/modules/opendata/index.js';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * The public open-data page of a region (issue 10, point 4; decision record 0027): complete survey
 * periods are published automatically, with the numbers `satisfaction(from, to)` gives for the
 * period; a running period is never published; fewer than 5 responses never show a score; late
 * paper ratings make a numbered revision and keep the earlier version; two API processes publishing
 * at once write one version 1; nothing personal is in it.
 */
let api: TestApi;
const run = Math.random().toString(36).slice(2, 8);
const ZONE = 'Asia/Makassar';
const today = todayIn(ZONE);
const last = lastCompletePeriod('SEMESTER', today);
const running = surveyPeriodOf(today, 'SEMESTER');

const sql = <T>(q: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(q, params);

interface World {
  regionId: string;
  slug: string;
  services: Record<'busy' | 'quiet' | 'late', { id: string; slug: string }>;
}

/** A region of this test's own, so that adding ratings changes no number another test relies on. */
async function freshRegion(tag: string): Promise<World> {
  const regionId = randomUUID();
  const unitId = randomUUID();
  const slug = `terbuka-${tag}-${run}`;
  await sql(
    `insert into region (id, created_at, slug, name, province, kind, time_zone, proof_of_work_required) values (?, now(), ?, ?, 'Uji', 'KOTA', ?, false)`,
    [regionId, slug, `Kota Terbuka ${tag} ${run}`, ZONE],
  );
  await sql(`insert into unit (id, created_at, region_id, parent_id, slug, name, abbreviation, kind) values (?, now(), ?, null, ?, 'Dinas Terbuka', null, 'DINAS')`, [
    unitId,
    regionId,
    `dinas-${slug}`,
  ]);
  const services = {} as World['services'];
  for (const name of ['busy', 'quiet', 'late'] as const) {
    const id = randomUUID();
    const serviceSlug = `${slug}-${name}`;
    await sql(
      `insert into public_service (id, created_at, slug, region_id, unit_id, name, description, category, channel, requirements, promised_days, fee_rupiah, expected_annual_users, search_text)
       values (?, now(), ?, ?, ?, ?, '', 'ADMINISTRASI', 'OFFLINE', '', 1, 0, 1000, ?)`,
      [id, serviceSlug, regionId, unitId, `Layanan ${name}`, `layanan ${name}`],
    );
    services[name] = { id, slug: serviceSlug };
  }
  api.app.catalog.invalidate();
  return { regionId, slug, services };
}

const HEADER = 'layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,no_kuesioner';
let paperNo = 0;
/** Paper questionnaires with their own dates, through the real SKM import. */
async function paper(world: World, ratings: Array<{ service: string; day: string; scores: number[] }>) {
  const csv = [HEADER, ...ratings.map((r) => [r.service, r.day, ...r.scores, `Q-${run}-${++paperNo}`].join(','))].join('\n');
  const result = await importSkm(api.orm.em.fork(), world.slug, csv, { dryRun: false });
  expect(result.problems).toEqual([]);
  expect(result.inserted).toBe(ratings.length);
  // As the import's resolver does: the service pages of this process show the new ratings at once.
  api.app.readCache.touch(result.touched ?? []);
}

const scores = (i: number) => SKM_ELEMENTS.map((_, j) => 1 + ((i + j) % 4));

const TABLE = `query($r: String!, $p: String) { openData(regionSlug: $r, period: $p) {
  period { key from to state publishedAt revisedAt }
  periods { key state from to }
  rows { service { slug } unit { id name } periodKey version publishedAt lateResponses responseCount ikm grade elements { element average }
    revisions { version publishedAt responseCount ikm grade lateResponses } }
  units { unit { id } responseCount ikm grade elements { element average } }
  total { responseCount ikm grade elements { element average } }
} }`;

interface Score {
  responseCount: number;
  ikm: number | null;
  grade: string | null;
  elements: Array<{ element: string; average: number }>;
}
interface Row extends Score {
  service: { slug: string };
  unit: { id: string; name: string };
  periodKey: string;
  version: number | null;
  publishedAt: string | null;
  lateResponses: number | null;
  revisions: Array<{ version: number; publishedAt: string; responseCount: number; ikm: number | null; grade: string | null; lateResponses: number | null }>;
}
interface Table {
  period: { key: string; from: string; to: string; state: string; publishedAt: string | null; revisedAt: string | null };
  periods: Array<{ key: string; state: string; from: string; to: string }>;
  rows: Row[];
  units: Array<Score & { unit: { id: string } }>;
  total: Score;
}

async function openData(region: string, period?: string | null): Promise<Table> {
  const res = await api.gql<{ openData: Table }>(TABLE, { r: region, p: period ?? null });
  expect(res.errors).toBeUndefined();
  return res.data!.openData;
}

const SCORE = 'responseCount ikm grade elements { element average }';
/** What the service pages read for the same days: `satisfaction(from, to)` of every service, unit and the region. */
async function satisfactionOf(region: string, from: string, to: string) {
  const res = await api.gql<{
    region: { satisfaction: Score; units: Array<{ id: string; satisfaction: Score; services: Array<{ slug: string; satisfaction: Score }> }> };
  }>(
    `query($s: String!, $f: Date!, $t: Date!) { region(slug: $s) { satisfaction(from: $f, to: $t) { ${SCORE} }
      units { id satisfaction(from: $f, to: $t) { ${SCORE} } services { slug satisfaction(from: $f, to: $t) { ${SCORE} } } } } }`,
    { s: region, f: from, t: to },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.region;
}

const scoreOf = (s: Score) => ({ responseCount: s.responseCount, ikm: s.ikm, grade: s.grade, elements: s.elements });

async function expectEqualToServicePages(region: string, table: Table) {
  const live = await satisfactionOf(region, table.period.from, table.period.to);
  const services = new Map(live.units.flatMap((u) => u.services.map((s) => [s.slug, s.satisfaction])));
  const withResponses = [...services].filter(([, s]) => s.responseCount > 0).map(([slug]) => slug).sort();
  expect(table.rows.map((r) => r.service.slug).sort()).toEqual(withResponses);
  for (const row of table.rows) expect(scoreOf(row), row.service.slug).toEqual(scoreOf(services.get(row.service.slug)!));
  const units = new Map(live.units.map((u) => [u.id, u.satisfaction]));
  for (const unit of table.units) expect(scoreOf(unit)).toEqual(scoreOf(units.get(unit.unit.id)!));
  expect(scoreOf(table.total)).toEqual(scoreOf(live.satisfaction));
}

let world: World;
beforeAll(async () => {
  api = await startTestApi();
  world = await freshRegion('a');
  const busy = Array.from({ length: 12 }, (_, i) => ({ service: world.services.busy.slug, day: addDays(last.from, i * 9), scores: scores(i) }));
  const quiet = Array.from({ length: 3 }, (_, i) => ({ service: world.services.quiet.slug, day: addDays(last.from, 20 + i), scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] }));
  const late = Array.from({ length: 6 }, (_, i) => ({ service: world.services.late.slug, day: addDays(last.to, -i), scores: scores(i + 3) }));
  // The running period "so far": today, never published.
  const now = Array.from({ length: 7 }, (_, i) => ({ service: world.services.busy.slug, day: today, scores: scores(i) }));
  await paper(world, [...busy, ...quiet, ...late, ...now]);
});
afterAll(async () => {
  await api?.close();
});

describe('open data of a region', () => {
  it('publishes Mataram’s last complete semester with the numbers of satisfaction(from, to) for every service, unit and the region', async () => {
    const table = await openData('mataram');
    expect(table.period).toMatchObject({ key: lastCompletePeriod('SEMESTER', todayIn(ZONE)).key, state: 'PUBLISHED' });
    expect(table.period.publishedAt).toBeTruthy();
    expect(table.rows.length).toBeGreaterThan(5);
    for (const row of table.rows) expect(row.version).toBeGreaterThanOrEqual(1);
    await expectEqualToServicePages('mataram', table);
    // The demo's late paper questionnaires (demo/open-data.ts): one row revised, its first version kept.
    const revised = table.rows.find((r) => r.service.slug === 'mataram-pengangkutan-sampah')!;
    expect(revised).toMatchObject({ version: 2, lateResponses: 4 });
    expect(revised.revisions.map((r) => r.version)).toEqual([1]);
    expect(table.period.revisedAt).toBe(revised.publishedAt);
  });

  it('publishes a complete period with ratings as version 1, and shows the running period only as running', async () => {
    const table = await openData(world.slug);
    expect(table.period).toMatchObject({ key: last.key, from: last.from, to: last.to, state: 'PUBLISHED' });
    expect(table.rows.map((r) => [r.service.slug, r.version, r.responseCount])).toEqual([
      [world.services.busy.slug, 1, 12],
      [world.services.late.slug, 1, 6],
      [world.services.quiet.slug, 1, 3],
    ]);
    await expectEqualToServicePages(world.slug, table);
    expect(table.periods[0]).toMatchObject({ key: running.key, state: 'RUNNING' });
    expect(table.periods.filter((p) => p.state === 'PUBLISHED').map((p) => p.key)).not.toContain(running.key);
    const published = await sql<{ n: number }>('select count(*)::int as n from open_data_row where region_id = ? and period_key = ?', [world.regionId, running.key]);
    expect(published[0]!.n).toBe(0);

    const now = await openData(world.slug, running.key);
    expect(now.period.state).toBe('RUNNING');
    expect(now.rows.map((r) => [r.service.slug, r.version, r.publishedAt, r.responseCount])).toEqual([[world.services.busy.slug, null, null, 7]]);
    await expectEqualToServicePages(world.slug, now);
  });

  it('never shows a score of fewer than 5 responses, only their count', async () => {
    const table = await openData(world.slug, last.key);
    const quiet = table.rows.find((r) => r.service.slug === world.services.quiet.slug)!;
    expect(quiet).toMatchObject({ responseCount: 3, ikm: null, grade: null, elements: [] });
    const [stored] = await sql<{ ikm: number | null; grade: string | null }>('select ikm, grade from open_data_row where service_id = ?', [world.services.quiet.id]);
    expect(stored).toEqual({ ikm: null, grade: null });
  });

  it('turns a late paper rating dated in a published period into version 2, dated, and keeps version 1', async () => {
    const before = await openData(world.slug, last.key);
    const v1 = before.rows.find((r) => r.service.slug === world.services.late.slug)!;
    expect(v1.version).toBe(1);
    await paper(world, [
      { service: world.services.late.slug, day: addDays(last.to, -30), scores: [1, 1, 1, 1, 1, 1, 1, 1, 1] },
      { service: world.services.late.slug, day: addDays(last.to, -31), scores: [2, 2, 2, 2, 2, 2, 2, 2, 2] },
    ]);
    const after = await openData(world.slug, last.key);
    const v2 = after.rows.find((r) => r.service.slug === world.services.late.slug)!;
    expect(v2).toMatchObject({ version: 2, responseCount: 8, lateResponses: 2 });
    expect(v2.ikm).toBeLessThan(v1.ikm!);
    expect(new Date(v2.publishedAt!).getTime()).toBeGreaterThan(new Date(v1.publishedAt!).getTime());
    expect(v2.revisions).toEqual([{ version: 1, publishedAt: v1.publishedAt, responseCount: 6, ikm: v1.ikm, grade: v1.grade, lateResponses: null }]);
    expect(after.period.revisedAt).toBe(v2.publishedAt);
    // Rows nothing arrived for are unchanged.
    expect(after.rows.find((r) => r.service.slug === world.services.busy.slug)!.version).toBe(1);
    await expectEqualToServicePages(world.slug, after);
  });

  it('writes one version 1 when two API processes publish the same period at once', async () => {
    const other = await freshRegion('b');
    await paper(other, Array.from({ length: 5 }, (_, i) => ({ service: other.services.busy.slug, day: addDays(last.from, i), scores: scores(i) })));
    // The import published already: start again from nothing, then race.
    await sql('delete from open_data_row where region_id = ?', [other.regionId]);
    const orms = await Promise.all([0, 1, 2, 3].map(() => createOrm(inject('databaseUrl'))));
    try {
      const results = await Promise.all(orms.map((orm) => publishDuePeriods(orm.em.fork(), { regionId: other.regionId })));
      expect(results.reduce((n, r) => n + r.published, 0)).toBe(1);
      const rows = await sql<{ version: number }>('select version from open_data_row where region_id = ?', [other.regionId]);
      expect(rows).toEqual([{ version: 1 }]);
      // Nothing changed since: another round writes nothing.
      expect(await publishDuePeriods(orms[0]!.em.fork(), { regionId: other.regionId })).toEqual({ published: 0, revised: 0 });
    } finally {
      await Promise.all(orms.map((orm) => orm.close(true)));
    }
  });

  it('revises the last complete period on every timer round, and older periods on the full round', async () => {
    const other = await freshRegion('c');
    const older = previousPeriod(last);
    await paper(other, [
      ...Array.from({ length: 5 }, (_, i) => ({ service: other.services.busy.slug, day: addDays(older.from, i), scores: scores(i) })),
      ...Array.from({ length: 5 }, (_, i) => ({ service: other.services.busy.slug, day: addDays(last.from, i), scores: scores(i) })),
    ]);
    // Stored behind the import's back (as spam taken back would change a count): nothing publishes by itself.
    const late = (day: string, ref: string) =>
      api.orm.em.fork().transactional((tx) =>
        storePaperRatings(tx, [
          { serviceId: other.services.busy.id, answeredOn: day, paperRef: `${ref}-${run}`, scores: Object.fromEntries(SKM_ELEMENTS.map((e) => [e, 3])) as never, comment: null, respondent: { ageGroup: null, gender: null, education: null, occupation: null } },
        ]),
      );
    await late(addDays(older.to, -1), 'old');
    await late(addDays(last.to, -1), 'new');
    const em = () => api.orm.em.fork();
    expect(await publishDuePeriods(em(), { regionId: other.regionId, scope: 'recent' })).toEqual({ published: 0, revised: 1 });
    expect(await publishDuePeriods(em(), { regionId: other.regionId, scope: 'all' })).toEqual({ published: 0, revised: 1 });
    const versions = await sql<{ period_key: string; version: number }>(
      'select period_key, max(version)::int as version from open_data_row where region_id = ? group by period_key order by period_key',
      [other.regionId],
    );
    expect(versions).toEqual([
      { period_key: older.key, version: 2 },
      { period_key: last.key, version: 2 },
    ]);
  });

  it('holds nothing personal: counts, sums and scores of services only', async () => {
    const columns = await sql<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'open_data_row' order by column_name`);
    expect(columns.map((c) => c.column_name)).toEqual(
      [
        'created_at',
        'grade',
        'id',
        'ikm',
        'late_responses',
        'period_from',
        'period_key',
        'period_to',
        'published_at',
        'region_id',
        'response_count',
        'service_id',
        ...SKM_ELEMENTS.map((e) => `sum_${e.toLowerCase()}`),
        'unit_id',
        'version',
      ].sort(),
    );
    const res = await api.gql<{ __type: { fields: Array<{ name: string }> } }>('{ __type(name: "OpenDataRow") { fields { name } } }');
    expect(res.data!.__type.fields.map((f) => f.name).sort()).toEqual(
      ['elements', 'grade', 'ikm', 'lateResponses', 'periodKey', 'publishedAt', 'responseCount', 'revisions', 'service', 'unit', 'version'].sort(),
    );
  });

  it('refuses a period that is not one and a region that does not exist, in words', async () => {
    const bad = await api.gql(TABLE, { r: 'mataram', p: '2026-S3' }, { lang: 'en' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/2026-S1/);
    const nul = await api.gql(TABLE, { r: 'mata\u0000ram', p: null });
    expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.gql(TABLE, { r: 'atlantis', p: null });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const future = await openData('mataram', `${Number(today.slice(0, 4)) + 1}-S1`);
    expect(future).toMatchObject({ period: { state: 'NOT_PUBLISHED' }, rows: [], total: { responseCount: 0, ikm: null } });
  });
});
