import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKM_ELEMENTS, gradeOf } from '@suara/skm';
import { startTestApi, type TestApi } from '../support/api.js';
import { scoresOf, serviceId, submit } from '../support/feedback.js';
import { rebuildRollups } from '../../src/modules/feedback/index.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

interface SatisfactionData {
  responseCount: number;
  ikm: number | null;
  grade: string | null;
  provisional: boolean;
  requiredSampleSize: number;
  elements: Array<{ element: string; average: number }>;
}
const FIELDS = 'responseCount ikm grade provisional requiredSampleSize elements { element average }';

/** An inspector's recomputation by hand, straight from the stored responses (facts/SKM.md). */
async function byHand(where: string, params: unknown[]): Promise<{ n: number; averages: number[]; ikm: number }> {
  const cols = SKM_ELEMENTS.map((e) => `sum(f.score_${e.toLowerCase()})::int as "${e}"`).join(', ');
  const [row] = await api.orm.em.fork().execute<Array<Record<string, number>>>(
    `select count(*)::int as n, ${cols}
     from feedback f join public_service s on s.id = f.service_id join region r on r.id = s.region_id
     where not f.spam and ${where}`,
    params,
  );
  const n = row!.n!;
  const averages = SKM_ELEMENTS.map((e) => row![e]! / n);
  // 25 × the mean of the nine averages, rounded half up to two decimals, in exact decimal arithmetic.
  const total = SKM_ELEMENTS.reduce((sum, e) => sum + row![e]!, 0);
  const ikm = Math.floor((2 * 2500 * total + 9 * n) / (2 * 9 * n)) / 100;
  return { n, averages, ikm };
}

describe('satisfaction read from the rollups', () => {
  it('equals a recomputation by hand from the stored responses for a service over a date range', async () => {
    const res = await api.gql<{ service: { id: string; satisfaction: SatisfactionData } }>(
      `{ service(slug: "mataram-ktp-el") { id satisfaction(from: "2026-03-01", to: "2026-05-31") { ${FIELDS} } } }`,
    );
    const s = res.data!.service.satisfaction;
    const hand = await byHand(
      `f.service_id = ? and (f.submitted_at at time zone r.time_zone)::date between '2026-03-01' and '2026-05-31'`,
      [res.data!.service.id],
    );
    expect(s.responseCount).toBe(hand.n);
    expect(s.elements.map((e) => e.element)).toEqual([...SKM_ELEMENTS]);
    s.elements.forEach((e, i) => expect(e.average).toBeCloseTo(hand.averages[i]!, 12));
    expect(s.ikm).toBe(hand.ikm);
    expect(s.grade).toBe(gradeOf(hand.ikm));
  });

  it('equals a recomputation for a whole region and for a unit', async () => {
    const res = await api.gql<{ region: { id: string; satisfaction: SatisfactionData; units: Array<{ id: string; abbreviation: string | null; satisfaction: SatisfactionData }> } }>(
      `{ region(slug: "sawahlunto") { id satisfaction(from: "2026-01-01", to: "2026-06-30") { ${FIELDS} }
          units { id abbreviation satisfaction(from: "2026-01-01", to: "2026-06-30") { ${FIELDS} } } } }`,
    );
    const region = res.data!.region;
    const range = `(f.submitted_at at time zone r.time_zone)::date between '2026-01-01' and '2026-06-30'`;
    const handRegion = await byHand(`s.region_id = ? and ${range}`, [region.id]);
    expect(region.satisfaction.responseCount).toBe(handRegion.n);
    expect(region.satisfaction.ikm).toBe(handRegion.ikm);
    const dpmptsp = region.units.find((u) => u.abbreviation === 'DPMPTSP')!;
    const handUnit = await byHand(`s.unit_id = ? and ${range}`, [dpmptsp.id]);
    expect(dpmptsp.satisfaction.responseCount).toBe(handUnit.n);
    expect(dpmptsp.satisfaction.ikm).toBe(handUnit.ikm);
  });

  it('counts a day in the region’s own time zone', async () => {
    // 23:30 UTC on 31 May is 1 June 07:30 in Mataram (WITA, UTC+8): it belongs to June there.
    const sid = await serviceId(api, 'mataram-legalisir-ijazah');
    const em = api.orm.em.fork();
    const [{ id }] = (await em.execute(`select id from region where slug = 'mataram'`)) as [{ id: string }];
    await em.execute(
      `insert into feedback (id, created_at, service_id, region_id, submitted_at, ${SKM_ELEMENTS.map((e) => `score_${e.toLowerCase()}`).join(', ')},
        moderation_status, spam, report_count, receipt_code, idempotency_key, channel)
       values (gen_random_uuid(), now(), ?, ?, '2026-05-31T23:30:00Z', 4,4,4,4,4,4,4,4,4, 'PUBLISHED', false, 0, 'ZZZZZZZZZ2', 'tz-test-0001', 'IMPORT')`,
      [sid, id],
    );
    await rebuildRollups(em, [sid]);
    const june = await api.gql<{ service: { satisfaction: SatisfactionData } }>(
      `{ service(slug: "mataram-legalisir-ijazah") { satisfaction(from: "2026-06-01", to: "2026-06-01") { responseCount } } }`,
    );
    const may = await api.gql<{ service: { satisfaction: SatisfactionData } }>(
      `{ service(slug: "mataram-legalisir-ijazah") { satisfaction(from: "2026-05-31", to: "2026-05-31") { responseCount } } }`,
    );
    const handJune = await byHand(`f.service_id = ? and (f.submitted_at at time zone r.time_zone)::date = '2026-06-01'`, [sid]);
    expect(june.data!.service.satisfaction.responseCount).toBe(handJune.n);
    const [{ n: mayUtcOnly }] = (await em.execute(
      `select count(*)::int as n from feedback where service_id = ? and (submitted_at at time zone 'Asia/Makassar')::date = '2026-05-31' and not spam`,
      [sid],
    )) as [{ n: number }];
    expect(may.data!.service.satisfaction.responseCount).toBe(mayUtcOnly);
  });

  it('withholds every score below 5 responses and says the result is provisional', async () => {
    const res = await api.gql<{ service: { satisfaction: SatisfactionData } }>(
      `{ service(slug: "mamuju-izin-reklame") { satisfaction(from: "2026-05-04", to: "2026-05-04") { ${FIELDS} } } }`,
    );
    const s = res.data!.service.satisfaction;
    expect(s.responseCount).toBeLessThan(5);
    expect(s).toMatchObject({ ikm: null, grade: null, elements: [], provisional: true });
  });

  it('marks a result provisional below the Krejcie–Morgan sample size of the period', async () => {
    const res = await api.gql<{ service: { satisfaction: SatisfactionData } }>(
      `{ year: service(slug: "mataram-ktp-el") { satisfaction(from: "2025-11-02", to: "2026-10-31") { ${FIELDS} } } }`.replace('year: ', ''),
    );
    const s = res.data!.service.satisfaction;
    // 15,000 users a year → 375 needed (facts/SKM.md table: 10,000 → 370, 50,000 → 381).
    expect(s.requiredSampleSize).toBe(375);
    expect(s.provisional).toBe(s.responseCount < 375);
  });

  it('refuses a range that ends before it starts', async () => {
    const res = await api.gql(`{ service(slug: "mataram-ktp-el") { satisfaction(from: "2026-05-01", to: "2026-04-01") { responseCount } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // 30 February is not a day: refused as bad input when sent as a variable…
    const bad = await api.gql('query ($d: Date) { service(slug: "mataram-ktp-el") { satisfaction(from: $d) { responseCount } } }', { d: '2026-02-30' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    // …and as a malformed query when written into it.
    const literal = await api.gql(`{ service(slug: "mataram-ktp-el") { satisfaction(from: "2026-02-30") { responseCount } } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps the rollups equal to a recomputation from raw rows after a random batch of submissions', async () => {
    const slugs = ['kupang-ktp-el', 'kupang-kartu-keluarga', 'mamuju-ppdb-smp'];
    const ids = await Promise.all(slugs.map((s) => serviceId(api, s)));
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 40; i++) {
      const res = await submit(api, { serviceId: ids[rand(ids.length)], scores: scoresOf(() => 1 + rand(4)), honeypot: rand(10) === 0 ? 'bot' : null });
      expect(res.errors).toBeUndefined();
    }
    const em = api.orm.em.fork();
    const cols = SKM_ELEMENTS.map((e) => e.toLowerCase());
    const diff = await em.execute(
      `with fresh as (
         select f.service_id, (f.submitted_at at time zone r.time_zone)::date as day, count(*)::int as n,
           ${cols.map((c) => `sum(f.score_${c})::int as sum_${c}, count(*) filter (where f.score_${c} <= 2)::int as low_${c}`).join(', ')}
         from feedback f join public_service s on s.id = f.service_id join region r on r.id = s.region_id
         where not f.spam group by 1, 2),
       kept as (
         select service_id, day, response_count as n, ${cols.map((c) => `sum_${c}, low_${c}`).join(', ')}
         from satisfaction_daily where response_count <> 0)
       (select 'missing' as side, * from fresh except select 'missing', * from kept)
       union all
       (select 'extra', * from kept except select 'extra', * from fresh)`,
    );
    expect(diff).toEqual([]);
  });
});

describe('the last months, counted in the region', () => {
  it('equals asking for the same days with from/to, and says which days they were', async () => {
    const res = await api.gql<{ region: { timeZone: string; last: SatisfactionData & { periodFrom: string; periodTo: string } } }>(
      `{ region(slug: "sawahlunto") { timeZone last: satisfaction(lastMonths: 12) { ${FIELDS} periodFrom periodTo } } }`,
    );
    const { last, timeZone } = res.data!.region;
    const { todayIn, lastMonths } = await import('../../src/common/calendar.js');
    expect({ from: last.periodFrom, to: last.periodTo }).toEqual(lastMonths(todayIn(timeZone), 12));
    const same = await api.gql<{ region: { satisfaction: SatisfactionData } }>(
      `query ($f: Date, $t: Date) { region(slug: "sawahlunto") { satisfaction(from: $f, to: $t) { ${FIELDS} } } }`,
      { f: last.periodFrom, t: last.periodTo },
    );
    const { periodFrom: _from, periodTo: _to, ...scores } = last;
    expect(same.data!.region.satisfaction).toEqual(scores);
  });

  it('refuses lastMonths mixed with from/to, or out of range', async () => {
    for (const args of ['lastMonths: 12, from: "2026-01-01"', 'lastMonths: 0', 'lastMonths: 500']) {
      const res = await api.gql(`{ service(slug: "mataram-ktp-el") { satisfaction(${args}) { responseCount } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
