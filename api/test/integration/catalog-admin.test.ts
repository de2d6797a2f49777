import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';
import { codeOf, loginAs, newAccount } from '../support/staff.js';

/**
 * Admins keep the catalogue (issue 8): regions (with the rating form's proof-of-work switch), units in
 * a tree without cycles, services whose address never changes. The next public request through this
 * process sees each change, and each is in the audit log with before and after.
 */
let api: TestApi;
let admin: string;

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(query, params);

beforeAll(async () => {
  api = await startTestApi();
  admin = await loginAs(api, await newAccount(api, { grants: [{ role: 'ADMIN' }] }));
});
afterAll(async () => {
  // Other test files share this database and count its four demo regions: what this file made goes.
  if (api) {
    const regions = `select id from region where slug like 'uji-%'`;
    await sql(`delete from public_service where region_id in (${regions})`);
    await sql(`update unit set parent_id = null where region_id in (${regions})`);
    await sql(`delete from unit where region_id in (${regions})`);
    await sql(`delete from region where slug like 'uji-%'`);
  }
  await api?.close();
});

const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token: string = admin) =>
  api.gql<T>(query, variables, { token, clientIp: freshClientIp(), lang: 'en' });
const fieldsOf = (res: GraphQLResponse) => ((res.errors?.[0]?.extensions?.fields ?? []) as Array<{ field: string }>).map((f) => f.field).sort();

const CREATE_REGION = `mutation ($i: CreateRegionInput!) { createRegion(input: $i) { id slug name province kind timeZone proofOfWorkRequired } }`;
const UPDATE_REGION = `mutation ($id: ID!, $i: UpdateRegionInput!) { updateRegion(id: $id, input: $i) { id slug name proofOfWorkRequired } }`;
const CREATE_UNIT = `mutation ($i: CreateUnitInput!) { createUnit(input: $i) { id slug name abbreviation kind parent { id } region { slug } } }`;
const UPDATE_UNIT = `mutation ($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id slug name parent { id } } }`;
const CREATE_SERVICE = `mutation ($i: CreateServiceInput!) { createService(input: $i) { id slug name category channel promisedDays feeRupiah unit { id } region { slug } } }`;
const UPDATE_SERVICE = `mutation ($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id slug name promisedDays } }`;
const AUDIT = `query ($id: ID!) { adminAuditLog(entityId: $id) { edges { node { action entityType before after actor { email } } } } }`;

async function auditOf(id: string) {
  const res = await gql<{ adminAuditLog: { edges: Array<{ node: { action: string; entityType: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null } }> } }>(AUDIT, { id });
  return res.data!.adminAuditLog.edges.map((e) => e.node);
}

async function newRegion(extra: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 6);
  const res = await gql<{ createRegion: { id: string; slug: string } }>(CREATE_REGION, {
    i: { name: `Kota Uji ${tag}`, province: 'Nusa Tenggara Barat', kind: 'KOTA', timeZone: 'Asia/Makassar', ...extra },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createRegion;
}
async function newUnit(regionId: string, extra: Record<string, unknown> = {}) {
  const res = await gql<{ createUnit: { id: string; slug: string } }>(CREATE_UNIT, { i: { regionId, name: `Dinas Uji ${randomUUID().slice(0, 6)}`, kind: 'DINAS', ...extra } });
  expect(res.errors).toBeUndefined();
  return res.data!.createUnit;
}
const serviceInput = (unitId: string, name: string) => ({ unitId, name, category: 'KEPENDUDUKAN', channel: 'OFFLINE', promisedDays: 1, expectedAnnualUsers: 1200 });

describe('regions', () => {
  it('creates a region that the public region list shows at once, and switches its proof of work', async () => {
    const region = await newRegion();
    expect(region.slug).toMatch(/^uji-[0-9a-f]{6}$/);
    const pub = await api.gql<{ region: { name: string; proofOfWorkRequired: boolean } | null }>('query ($s: String!) { region(slug: $s) { name proofOfWorkRequired } }', { s: region.slug });
    expect(pub.data!.region).toMatchObject({ proofOfWorkRequired: false });

    const res = await gql<{ updateRegion: { slug: string; name: string; proofOfWorkRequired: boolean } }>(UPDATE_REGION, { id: region.id, i: { proofOfWorkRequired: true, name: 'Kota Uji Baru' } });
    expect(res.data!.updateRegion).toMatchObject({ slug: region.slug, name: 'Kota Uji Baru', proofOfWorkRequired: true });
    const after = await api.gql<{ region: { name: string; proofOfWorkRequired: boolean } }>('query ($s: String!) { region(slug: $s) { name proofOfWorkRequired } }', { s: region.slug });
    expect(after.data!.region).toEqual({ name: 'Kota Uji Baru', proofOfWorkRequired: true });
    const log = await auditOf(region.id);
    expect(log.map((e) => e.action)).toEqual(['UPDATE_REGION', 'CREATE_REGION']);
    expect(log[0]!.before).toMatchObject({ proofOfWorkRequired: false });
    expect(log[0]!.after).toMatchObject({ proofOfWorkRequired: true, name: 'Kota Uji Baru', slug: region.slug });
  });

  it('refuses a taken slug, an unknown time zone and a missing name, and stores nothing', async () => {
    const region = await newRegion();
    const [before] = await sql<{ n: number }>('select count(*)::int as n from region');
    const taken = await gql(CREATE_REGION, { i: { name: 'Kota Lain', slug: region.slug, province: 'NTB', kind: 'KOTA', timeZone: 'Asia/Makassar' } });
    expect(fieldsOf(taken)).toEqual(['slug']);
    const bad = await gql(CREATE_REGION, { i: { name: ' ', province: 'NTB', kind: 'KOTA', timeZone: 'Mars/Olympus' } });
    expect(fieldsOf(bad)).toEqual(['name', 'slug', 'timeZone']);
    expect(codeOf(await gql(UPDATE_REGION, { id: region.id, i: { timeZone: 'WITA' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(UPDATE_REGION, { id: randomUUID(), i: { name: 'Tidak Ada' } }))).toBe('NOT_FOUND');
    const [after] = await sql<{ n: number }>('select count(*)::int as n from region');
    expect(after!.n).toBe(before!.n);
  });
});

describe('the rating form’s proof of work', () => {
  it('is asked for on the very next request once the region switches it on, and no longer once it is off', async () => {
    const region = await newRegion();
    const unit = await newUnit(region.id);
    const created = await gql<{ createService: { id: string; slug: string } }>(CREATE_SERVICE, { i: serviceInput(unit.id, `Layanan PoW ${randomUUID().slice(0, 6)}`) });
    const service = created.data!.createService;
    const form = () =>
      api.gql<{ service: { proofOfWorkRequired: boolean }; proofOfWorkChallenge: string | null }>(
        'query ($s: String!, $id: ID!) { service(slug: $s) { proofOfWorkRequired } proofOfWorkChallenge(serviceId: $id) }',
        { s: service.slug, id: service.id },
      );
    expect((await form()).data).toEqual({ service: { proofOfWorkRequired: false }, proofOfWorkChallenge: null });
    await gql(UPDATE_REGION, { id: region.id, i: { proofOfWorkRequired: true } });
    const on = await form();
    expect(on.data!.service.proofOfWorkRequired).toBe(true);
    expect(JSON.parse(on.data!.proofOfWorkChallenge!)).toHaveProperty('parameters');
    await gql(UPDATE_REGION, { id: region.id, i: { proofOfWorkRequired: false } });
    expect((await form()).data).toEqual({ service: { proofOfWorkRequired: false }, proofOfWorkChallenge: null });
  });
});

describe('units', () => {
  it('places units in a tree of one region and refuses a parent elsewhere or below itself', async () => {
    const region = await newRegion();
    const other = await newRegion();
    const dinkes = await newUnit(region.id, { name: 'Dinas Kesehatan', abbreviation: 'Dinkes' });
    expect(dinkes.slug).toBe('dinas-kesehatan');
    const puskesmas = await newUnit(region.id, { name: 'Puskesmas Ampenan', kind: 'PUSKESMAS', parentId: dinkes.id });
    const pustu = await newUnit(region.id, { name: 'Pustu Ampenan', kind: 'UPT', parentId: puskesmas.id });
    // A second unit with the same name in the region gets its own slug.
    expect((await newUnit(region.id, { name: 'Dinas Kesehatan' })).slug).toBe('dinas-kesehatan-2');
    // …while the same name in another region keeps the plain one.
    expect((await newUnit(other.id, { name: 'Dinas Kesehatan' })).slug).toBe('dinas-kesehatan');

    const elsewhere = await newUnit(other.id);
    expect(fieldsOf(await gql(CREATE_UNIT, { i: { regionId: region.id, name: 'Salah Induk', kind: 'UPT', parentId: elsewhere.id } }))).toEqual(['parentId']);
    expect(fieldsOf(await gql(UPDATE_UNIT, { id: dinkes.id, i: { parentId: pustu.id } }))).toEqual(['parentId']);
    expect(fieldsOf(await gql(UPDATE_UNIT, { id: dinkes.id, i: { parentId: dinkes.id } }))).toEqual(['parentId']);
    expect(fieldsOf(await gql(UPDATE_UNIT, { id: pustu.id, i: { parentId: elsewhere.id } }))).toEqual(['parentId']);

    // Moving to the top and renaming: the slug stays.
    const moved = await gql<{ updateUnit: { slug: string; name: string; parent: null } }>(UPDATE_UNIT, { id: pustu.id, i: { parentId: null, name: 'Pustu Ampenan Baru' } });
    expect(moved.data!.updateUnit).toMatchObject({ slug: pustu.slug, name: 'Pustu Ampenan Baru', parent: null });
    const log = await auditOf(pustu.id);
    expect(log[0]).toMatchObject({ action: 'UPDATE_UNIT', before: { parentId: puskesmas.id, name: 'Pustu Ampenan' }, after: { parentId: null, name: 'Pustu Ampenan Baru' } });
  });

  it('never lets two moves at the same moment make a cycle', async () => {
    const region = await newRegion();
    const a = await newUnit(region.id);
    const b = await newUnit(region.id);
    const both = await Promise.all([gql(UPDATE_UNIT, { id: a.id, i: { parentId: b.id } }), gql(UPDATE_UNIT, { id: b.id, i: { parentId: a.id } })]);
    expect(both.map(codeOf).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
  });
});

describe('services', () => {
  it('makes the address from the name once, adds the region on a clash, and keeps it through a rename', async () => {
    const region = await newRegion();
    const unit = await newUnit(region.id, { name: 'Disdukcapil', abbreviation: 'Dukcapil' });
    const name = `Akta Kelahiran Uji ${randomUUID().slice(0, 6)}`;
    const created = await gql<{ createService: { id: string; slug: string; region: { slug: string }; unit: { id: string } } }>(CREATE_SERVICE, { i: serviceInput(unit.id, name) });
    expect(created.errors).toBeUndefined();
    const service = created.data!.createService;
    expect(service.slug).toBe(name.toLowerCase().replaceAll(' ', '-'));
    expect(service.region.slug).toBe(region.slug);

    // The same name in another region: the region's slug tells them apart.
    const other = await newRegion();
    const otherUnit = await newUnit(other.id);
    const twin = await gql<{ createService: { slug: string } }>(CREATE_SERVICE, { i: serviceInput(otherUnit.id, name) });
    expect(twin.data!.createService.slug).toBe(`${service.slug}-${other.slug}`);

    // Renamed: the poster's address still leads to it, under its new name; search finds the new name.
    const renamed = await gql<{ updateService: { slug: string; name: string; promisedDays: number } }>(UPDATE_SERVICE, { id: service.id, i: { name: 'Akta Lahir Kilat', promisedDays: 0 } });
    expect(renamed.data!.updateService).toEqual({ id: service.id, slug: service.slug, name: 'Akta Lahir Kilat', promisedDays: 0 });
    const pub = await api.gql<{ service: { name: string; promisedDays: number } | null }>('query ($s: String!) { service(slug: $s) { name promisedDays } }', { s: service.slug });
    expect(pub.data!.service).toEqual({ name: 'Akta Lahir Kilat', promisedDays: 0 });
    const found = await api.gql<{ services: { edges: Array<{ node: { id: string } }> } }>('query ($q: String!) { services(search: $q) { edges { node { id } } } }', { q: 'lahir kilat dukcapil' });
    expect(found.data!.services.edges.map((e) => e.node.id)).toContain(service.id);
    const [stored] = await sql<{ slug: string }>('select slug from public_service where id = ?', [service.id]);
    expect(stored!.slug).toBe(service.slug);

    const log = await auditOf(service.id);
    expect(log.map((e) => e.action)).toEqual(['UPDATE_SERVICE', 'CREATE_SERVICE']);
    expect(log[0]!.before).toMatchObject({ name, promisedDays: 1, slug: service.slug });
    expect(log[0]!.after).toMatchObject({ name: 'Akta Lahir Kilat', promisedDays: 0, slug: service.slug });
  });

  it('refuses an unknown category, negative days and an unknown unit, and stores nothing', async () => {
    const region = await newRegion();
    const unit = await newUnit(region.id);
    const bad = await gql(CREATE_SERVICE, { i: { ...serviceInput(unit.id, 'X'), category: 'SIHIR', promisedDays: -1 } });
    expect(fieldsOf(bad)).toEqual(['category', 'name', 'promisedDays']);
    expect(codeOf(await gql(CREATE_SERVICE, { i: serviceInput(randomUUID(), 'Layanan Hantu') }))).toBe('NOT_FOUND');
    const [n] = await sql<{ n: number }>('select count(*)::int as n from public_service where unit_id = ?', [unit.id]);
    expect(n!.n).toBe(0);
  });

  it('gives services with one very long name in a region with a long slug each their own address', async () => {
    // The address takes the region's slug on a clash, then a number: still within its 120 characters.
    const region = await newRegion({ slug: `uji-${randomUUID().slice(0, 6)}-kepulauan-siau-tagulandang-biaro` });
    const unit = await newUnit(region.id);
    const name = `Pelayanan Rekomendasi Izin Pemanfaatan Ruang untuk Kegiatan Berusaha Skala Menengah dan Besar di Wilayah Pesisir dan Pulau-Pulau Kecil`;
    const slugs: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await gql<{ createService: { slug: string } }>(CREATE_SERVICE, { i: serviceInput(unit.id, name) });
      expect(res.errors).toBeUndefined();
      slugs.push(res.data!.createService.slug);
    }
    expect(new Set(slugs).size).toBe(4);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(120);
  });

  it('gives 20 services with one name, created at once, 20 different addresses', async () => {
    const region = await newRegion();
    const unit = await newUnit(region.id);
    const name = `Serentak ${randomUUID().slice(0, 6)}`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => gql<{ createService: { slug: string } }>(CREATE_SERVICE, { i: serviceInput(unit.id, name) })));
    expect(answers.map(codeOf)).toEqual(Array(20).fill('OK'));
    expect(new Set(answers.map((a) => a.data!.createService.slug)).size).toBe(20);
  });
});

describe('who may change the catalogue', () => {
  it('refuses a region moderator and a signed-out caller', async () => {
    const [mataram] = await sql<{ id: string }>(`select id from region where slug = 'mataram'`);
    const moderator = await newAccount(api, { grants: [{ role: 'MODERATOR', regionId: mataram!.id }] });
    const token = await loginAs(api, moderator);
    expect(codeOf(await gql(UPDATE_REGION, { id: mataram!.id, i: { proofOfWorkRequired: true } }, token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(UPDATE_REGION, { id: mataram!.id, i: { proofOfWorkRequired: true } }, { clientIp: freshClientIp() }))).toBe('UNAUTHENTICATED');
    const [row] = await sql<{ proof_of_work_required: boolean }>('select proof_of_work_required from region where id = ?', [mataram!.id]);
    expect(row!.proof_of_work_required).toBe(false);
  });
});
