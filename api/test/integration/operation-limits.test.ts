import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startTestApi, type TestApi, hasDemoRegions } from '../support/api.js';
import { freshClientIp, scoresOf, serviceId } from '../support/feedback.js';

/**
 * Issue 7, point 1: one anonymous query of a few hundred bytes took the API's heap to 4.4 GB and the
 * process down; ten thousand aliases in a fragment answered 38 MB while other clients waited. Each
 * operation is now measured before anything runs (decision record 0011), with the defaults.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

type Limit = { name: string; max: number; value: unknown };
const limitsOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (res.errors ?? []).map((e) => (e.extensions?.limit as Limit | undefined)?.name);

function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `region { units { services { ${inner} } } }`;
  return `{ service(slug: "mataram-ktp-el") { ${inner} } }`;
}

describe('an operation that asks for too much', () => {
  it('refuses the fifteen-level nesting at once, before any resolver runs, while everyone else is served', async () => {
    const others = Promise.all(Array.from({ length: 20 }, () => api.gql<{ regions: Array<{ slug: string }> }>('{ regions { slug } }')));
    const started = Date.now();
    const res = await api.gql(nested(15));
    const seconds = (Date.now() - started) / 1000;
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(limitsOf(res)).toEqual(['depth']);
    expect(res.errors?.[0]?.message).toMatch(/^Kueri terlalu dalam: 47 tingkat, paling banyak 10\./);
    // A request error: nothing executed, so no data at all (not even null).
    expect(res).not.toHaveProperty('data');
    // Generous: unprotected, twelve levels took 9.7 s and fifteen never answered.
    expect(seconds).toBeLessThan(3);
    for (const other of await others) expect(hasDemoRegions(other.data?.regions)).toBe(true);
  });

  it('refuses the twelve-level nesting, and a page of services each with its region’s catalogue twice over', async () => {
    expect(limitsOf(await api.gql(nested(12)))).toEqual(['depth']);
    const costly = '{ services(first: 100) { edges { node { region { units { services { region { units { services { id } } } } } } } } } }';
    const res = await api.gql(costly);
    expect(limitsOf(res)).toEqual(['cost']);
    expect(res).not.toHaveProperty('data');
  });

  it('answers what the catalogue really holds: two turns of the region’s units and services', async () => {
    const two = await api.gql<{ service: { region: { units: unknown[] } } }>(nested(2));
    expect(two.errors).toBeUndefined();
    expect(two.data!.service.region.units.length).toBeGreaterThan(5);
  });

  it('refuses ten thousand aliases of units inside a fragment before reading them all', async () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `u${i}: units { id name }`).join(' ');
    const res = await api.gql(`{ service(slug: "mataram-ktp-el") { region { ...Many } } } fragment Many on Region { ${aliases} }`);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('Dokumen kueri terlalu panjang: lebih dari 2000 token.');
    expect(limitsOf(res)).toEqual(['tokens']);
  });

  it('refuses 31 aliases and 501 fields', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `r${i}: regions { slug }`).join(' ');
    expect(limitsOf(await api.gql(`{ ${aliases} }`))).toEqual(['aliases']);
    const fields = `{ ${'regions { '.repeat(1)}${Array.from({ length: 500 }, () => 'slug').join(' ')} } }`;
    expect(limitsOf(await api.gql(fields))).toEqual(['fields']);
  });

  it('says so in English to a client who asks for English', async () => {
    const res = await api.gql(nested(4), undefined, { lang: 'en' });
    expect(res.errors?.[0]?.message).toBe('The operation is nested too deeply: 14 levels, at most 10. Ask for less in one request.');
    const costly = await api.gql('{ services(first: 100) { edges { node { region { units { services { region { units { services { id } } } } } } } } } }', undefined, { lang: 'en' });
    expect(costly.errors?.[0]?.message).toMatch(/^The operation is too expensive: its estimated cost is \d+, at most 100000\. Ask for less/);
  });

  it('refuses an introspection that nests a list of the schema in itself, and answers the full introspection', async () => {
    // graphql-js's own rule (MaxIntrospectionDepthRule): the walk would multiply the answer at each level.
    const walk = await api.gql('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(walk.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['GRAPHQL_VALIDATION_FAILED', 'Maximum introspection depth exceeded']]);
    const { getIntrospectionQuery } = await import('graphql');
    const full = await api.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(full.errors).toBeUndefined();
    expect(full.data!.__schema.types.length).toBeGreaterThan(20);
  });
});

describe('every operation of the portal against the limits', () => {
  const GENERATED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../portal/app/graphql/generated/graphql.ts');

  it('answers each one with realistic variables and no error', async () => {
    const generated = (await import(/* @vite-ignore */ GENERATED)) as Record<string, unknown>;
    const service = await serviceId(api, 'mataram-ktp-el');
    const ip = freshClientIp();
    const submitted = await api.gql<{ submitFeedback: { receiptCode: string } }>(
      String(generated.SubmitFeedbackDocument),
      { input: { serviceId: service, idempotencyKey: `limits-${Date.now()}`, scores: scoresOf(4), comment: 'Cepat dan ramah.' } },
      { clientIp: ip },
    );
    const receipt = submitted.data?.submitFeedback.receiptCode;
    expect(receipt).toBeTruthy();
    // Staff pages ask as a staff member: the admin may read every region, so every read answers.
    const admin = await api.login('admin@suara.demo');
    const sql = async <T>(query: string, params: unknown[] = []) => (await api.orm.em.fork().getConnection().execute(query, params)) as T[];
    const [unit] = await sql<{ id: string }>(`select g.unit_id as id from role_grant g join staff_account a on a.id = g.account_id where a.email = 'officer@mataram.demo'`);
    const [thread] = await sql<{ id: string }>(
      `select t.id from forum_thread t where exists (select 1 from forum_post p where p.thread_id = t.id and p.moderation_status = 'PUBLISHED') order by t.created_at limit 1`,
    );
    const [comment] = await sql<{ id: string }>(
      `select f.id from feedback f join region r on r.id = f.region_id where r.slug = 'mataram' and f.comment is not null order by f.submitted_at desc limit 1`,
    );
    const [employee] = await sql<{ id: string }>(`select e.id from employee e join region r on r.id = e.region_id where r.slug = 'mataram' order by e.nip limit 1`);
    const [program] = await sql<{ id: string }>(
      `select p.id from training_program p join region r on r.id = p.region_id where r.slug = 'mataram' order by p.title limit 1`,
    );
    const [skmReport] = await sql<{ id: string }>('select id from skm_report order by period_key, version limit 1');
    // A new portal query fails here until it is given variables (the page sizes the portal really
    // sends): it is then checked like the others.
    const variables: Record<string, Record<string, unknown>> = {
      Home: {},
      SearchServices: { search: 'izin', first: 20 },
      RegionPage: { slug: 'mataram', months: 12 },
      ServicePage: { slug: 'mataram-ktp-el', months: 12, first: 10 },
      RatingPage: { slug: 'mataram-ktp-el' },
      ProofOfWorkChallenge: { serviceId: service },
      FeedbackReceipt: { code: receipt },
      Poster: { slug: 'mataram-ktp-el' },
      ForumThreads: { regionSlug: 'mataram', first: 20 },
      ForumUnit: { id: unit!.id },
      ServiceForum: { slug: 'mataram-ktp-el', first: 20 },
      ForumThread: { id: thread!.id, first: 30 },
      StaffMe: {},
      StaffRegions: {},
      HrElementMap: { regionSlug: 'mataram' },
      StaffUnits: {},
      StaffRegionServices: { regionSlug: 'mataram' },
      ModerationQueue: { regionSlug: 'mataram', status: 'PENDING', first: 20 },
      ModerationItem: { id: comment!.id },
      ModerationLog: { regionSlug: 'mataram', first: 50 },
      NotificationOutbox: { regionSlug: 'mataram', status: 'PENDING', first: 50 },
      OfficerInbox: { unitId: unit!.id, status: 'UNANSWERED', first: 20 },
      AdminStaffAccounts: {},
      SearchSynonyms: {},
      PrivacyNotice: {},
      ContactRegions: {},
      CurrentKiosk: {},
      KioskRegion: { regionSlug: 'mataram' },
      AdminRegions: {},
      AdminAuditLog: {},
      AdminScopes: {},
      AdminCatalogRegions: {},
      AdminCatalogRegion: { slug: 'mataram' },
      AdminCatalogUnit: { id: unit!.id },
      AdminCatalogAudit: { entityType: 'SERVICE' },
      // HR insight pages (issue 9, points 10 and 12).
      HrHeatmap: { region: 'mataram' },
      HrUnitEmployees: { unit: unit!.id },
      HrEmployeeProfile: { employee: employee!.id, target: null },
      HrAssessmentCoverage: { unit: unit!.id },
      HrPotential: { region: 'mataram', competency: null, first: 100 },
      HrPrograms: { regionSlug: 'mataram', includeShared: true, competencyId: null },
      HrProgram: { id: program!.id },
      HrUnitPeople: { unitId: unit!.id },
      HrPartners: { regionSlug: 'mataram' },
      HrCitizenVoices: { regionSlug: 'mataram', unitId: unit!.id, competencyId: null, lowScoresOnly: false, first: 20, after: null },
      UnitOverview: { unitId: unit!.id },
      HrRegionUnits: { slug: 'mataram' },
      HrEmployees: { regionSlug: 'mataram', unitId: null, search: 'a', first: 20, after: null },
      HrEmployee: { id: employee!.id },
      HrPositions: { regionSlug: 'mataram', unitId: null },
      HrDictionary: { regionSlug: 'mataram' },
      ExplorerStart: { regionSlug: 'mataram' },
      HrNeeds: { regionSlug: 'mataram', year: new Date().getFullYear(), competencyId: null },
      HrPlan: { regionSlug: 'mataram', year: new Date().getFullYear() + 1, budget: 50_000_000 },
      // Follow-up plans (decision record 0025): the region's list and figures, one unit's plan page.
      FollowUpList: { regionSlug: 'mataram', period: null },
      FollowUpRegionFigures: { regionSlug: 'mataram', period: null },
      FollowUpUnit: { unitId: unit!.id },
      FollowUpPlan: { regionSlug: 'mataram', period: null, unitId: unit!.id },
      RegionSurveyPeriod: { slug: 'mataram' },
      // The public open-data page (decision record 0027): the last published period by default.
      OpenData: { regionSlug: 'mataram', period: null },
      OpenDataReports: { regionSlug: 'mataram', period: '2026-S1' },
      // Laporan SKM (decision record 0026).
      ReportRegion: { slug: 'mataram' },
      ReportUnitRegion: { id: unit!.id },
      SkmReports: { regionSlug: 'mataram', period: '2026-S1', unitId: null },
      SkmReportPreview: { unitId: unit!.id, period: '2026-S1' },
      PublishedSkmReport: { id: skmReport!.id, version: null },
      // Requests to erase personal data (decision record 0034): the staff page's waiting list.
      DataDeletionRequests: { regionSlug: 'mataram', status: 'PENDING', first: 50, after: null },
      // The head of region's dashboard (issue 10): a two-year range by week, a service chosen, every element.
      MayorRegion: { slug: 'mataram' },
      MayorDashboard: {
        regionSlug: 'mataram',
        from: new Date(Date.now() - 730 * 86_400_000).toISOString().slice(0, 10),
        to: new Date().toISOString().slice(0, 10),
        granularity: 'WEEK',
        unitId: null,
        serviceId: service,
        serviceSlug: 'mataram-ktp-el',
        withService: true,
        alertDays: 90,
      },
    };
    for (const [name, document] of Object.entries(generated)) {
      if (!name.endsWith('Document') || name === 'SubmitFeedbackDocument') continue;
      const operation = name.replace(/Document$/, '');
      const text = String(document);
      if (/^\s*mutation\b/.test(text)) {
        // Mutations are not run here (each has its own tests); sent without their variables, they
        // must pass the limits and stop at the missing input, never at a limit.
        const res = await api.gql(text, {}, { clientIp: ip });
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        expect(res.errors?.some((e) => e.extensions?.limit), `${operation} is refused by a limit: ${JSON.stringify(res.errors)}`).toBe(false);
        expect(codes.every((c) => c === 'BAD_USER_INPUT' || c === 'UNAUTHENTICATED'), `${operation}: ${JSON.stringify(res.errors)}`).toBe(true);
        continue;
      }
      expect(variables, `variables for the portal's ${operation}`).toHaveProperty(operation);
      const res = await api.gql(text, variables[operation], { clientIp: ip, token: admin });
      expect(res.errors, operation).toBeUndefined();
      expect(res.data, operation).toBeTruthy();
    }
  });
});

describe('the time and the size of an answer', () => {
  let bounded: TestApi;
  beforeAll(async () => {
    bounded = await startTestApi({ SUARA_QUERY_TIMEOUT_MS: '500', SUARA_RESPONSE_MAX_BYTES: '10000' });
  });
  afterAll(async () => {
    await bounded.close();
  });

  it('answers SERVICE_UNAVAILABLE when a request runs out of time, and keeps serving others', async () => {
    // Someone holds the rollup table: a satisfaction read that is not cached waits for it.
    const holder = new pg.Client({ connectionString: inject('databaseUrl') });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table satisfaction_daily in access exclusive mode');
      const slow = bounded.gql('{ service(slug: "kupang-ktp-el") { satisfaction(from: "2021-03-01", to: "2021-03-02") { responseCount } } }', undefined, { lang: 'en' });
      const other = await bounded.gql<{ regions: Array<{ slug: string }> }>('{ regions { slug } }');
      expect(hasDemoRegions(other.data?.regions)).toBe(true);
      const res = await slow;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.errors?.[0]?.message).toBe('This request did not finish within 0.5 seconds. Try again shortly, or ask for less.');
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
  });

  it('replaces an answer larger than the cap with BAD_USER_INPUT', async () => {
    const query = '{ services(first: 100) { edges { node { description requirements } } } }';
    const res = await bounded.gql(query);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'response', max: 10000 } });
    expect(res.errors?.[0]?.message).toMatch(/^Jawaban terlalu besar: \d+ kB, paling banyak 10 kB\./);
    expect(res).not.toHaveProperty('data');
    const strict = await bounded.gql(query, undefined, { headers: { accept: 'application/graphql-response+json' } });
    expect(strict.status).toBe(400);
    // The same operation under the default cap answers.
    expect((await api.gql(query)).errors).toBeUndefined();
  });
});
