import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGION_SLUGS, startTestApi, type TestApi } from '../support/api.js';
import { loadConfig } from '../../src/config.js';
import { createOrm } from '../../src/db/database.js';
import { freePort } from '../../src/db/embedded.js';
import { createAppServices } from '../../src/app-services.js';
import { createApiServer } from '../../src/server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

interface ServicesData {
  services: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { slug: string; name: string; category: string; region: { slug: string }; unit: { abbreviation: string | null } } }>;
  };
}

const SERVICES = `query ($regionSlug: String, $search: String, $category: String, $first: Int, $after: String) {
  services(regionSlug: $regionSlug, search: $search, category: $category, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { slug name category region { slug } unit { abbreviation } } }
  }
}`;

describe('regions', () => {
  it('lists the four demo regions with their province and time zone', async () => {
    const res = await api.gql<{ regions: Array<{ slug: string; name: string; province: string; timeZone: string; units: unknown[] }> }>(
      '{ regions { slug name province timeZone units { id } } }',
    );
    expect(res.errors).toBeUndefined();
    const bySlug = Object.fromEntries(res.data!.regions.map((r) => [r.slug, r]));
    // Tests running at the same time may hold regions of their own for a moment (open data, admin).
    expect(Object.keys(bySlug).filter((slug) => (DEMO_REGION_SLUGS as readonly string[]).includes(slug)).sort()).toEqual([...DEMO_REGION_SLUGS]);
    expect(bySlug.mataram).toMatchObject({ name: 'Kota Mataram', province: 'Nusa Tenggara Barat', timeZone: 'Asia/Makassar' });
    expect(bySlug.sawahlunto).toMatchObject({ name: 'Kota Sawahlunto', province: 'Sumatera Barat', timeZone: 'Asia/Jakarta' });
    expect(bySlug.mamuju).toMatchObject({ name: 'Kabupaten Mamuju', province: 'Sulawesi Barat', timeZone: 'Asia/Makassar' });
    expect(bySlug.kupang).toMatchObject({ name: 'Kota Kupang', province: 'Nusa Tenggara Timur', timeZone: 'Asia/Makassar' });
    for (const region of res.data!.regions.filter((r) => (DEMO_REGION_SLUGS as readonly string[]).includes(r.slug))) expect(region.units.length).toBeGreaterThanOrEqual(6);
  });

  it('finds a region by slug, names its head, and answers null for an unknown one', async () => {
    const res = await api.gql<{ mamuju: { name: string; headTitle: string }; nowhere: null }>(
      '{ mamuju: region(slug: "mamuju") { name headTitle } nowhere: region(slug: "atlantis") { name } }',
    );
    expect(res.data).toEqual({ mamuju: { name: 'Kabupaten Mamuju', headTitle: 'Bupati' }, nowhere: null });
  });

  it('shows the unit tree: a puskesmas sits under the health office and delivers services', async () => {
    const res = await api.gql<{ region: { units: Array<{ name: string; kind: string; parent: { name: string } | null; region: { slug: string }; services: Array<{ slug: string }> }> } }>(
      '{ region(slug: "kupang") { units { name kind parent { name } region { slug } services { slug } } } }',
    );
    const units = res.data!.region.units;
    const puskesmas = units.find((u) => u.kind === 'PUSKESMAS')!;
    expect(puskesmas.parent?.name).toBe('Dinas Kesehatan');
    expect(puskesmas.region.slug).toBe('kupang');
    expect(puskesmas.services.length).toBeGreaterThan(0);
    const servicesInRegion = units.reduce((n, u) => n + u.services.length, 0);
    expect(servicesInRegion).toBeGreaterThanOrEqual(12);
  });
});

describe('services', () => {
  it('finds "izin" inside "Perizinan" and "Izin", ignoring case and accents', async () => {
    const plain = await api.gql<ServicesData>(SERVICES, { search: 'izin', first: 100 });
    const shouting = await api.gql<ServicesData>(SERVICES, { search: 'IZIN', first: 100 });
    const accented = await api.gql<ServicesData>(SERVICES, { search: 'ízín', first: 100 });
    const names = plain.data!.services.edges.map((e) => e.node.name);
    // "izin" inside the word "Perizinan", and as a word of its own.
    expect(names.some((n) => n.startsWith('Perizinan Berusaha'))).toBe(true);
    expect(names.some((n) => n.startsWith('Izin Penyelenggaraan Reklame'))).toBe(true);
    // Every licensing service of DPMPTSP matches through its category or name.
    expect(plain.data!.services.edges.every((e) => /izin|perizinan/i.test(`${e.node.name} ${e.node.category}`))).toBe(true);
    expect(shouting.data!.services.totalCount).toBe(plain.data!.services.totalCount);
    expect(accented.data!.services.totalCount).toBe(plain.data!.services.totalCount);
    expect(plain.data!.services.totalCount).toBeGreaterThanOrEqual(4);
  });

  it('needs every word of a search to match', async () => {
    const res = await api.gql<ServicesData>(SERVICES, { search: 'akta kelahiran', first: 100 });
    expect(res.data!.services.totalCount).toBe(4);
    expect(res.data!.services.edges.every((e) => e.node.name === 'Penerbitan Akta Kelahiran')).toBe(true);
  });

  it('finds services by the unit that delivers them', async () => {
    const res = await api.gql<ServicesData>(SERVICES, { search: 'disdukcapil', regionSlug: 'mataram' });
    expect(res.data!.services.totalCount).toBe(3);
    expect(res.data!.services.edges.every((e) => e.node.unit.abbreviation === 'Disdukcapil')).toBe(true);
  });

  it('filters by region and by category', async () => {
    const res = await api.gql<ServicesData>(SERVICES, { regionSlug: 'sawahlunto', category: 'kesehatan', first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.services.totalCount).toBeGreaterThan(0);
    for (const { node } of res.data!.services.edges) {
      expect(node.region.slug).toBe('sawahlunto');
      expect(node.category).toBe('KESEHATAN');
    }
    const unknownRegion = await api.gql<ServicesData>(SERVICES, { regionSlug: 'atlantis' });
    expect(unknownRegion.data!.services).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('pages through every service once, in name order', async () => {
    const all = await api.gql<ServicesData>(SERVICES, { regionSlug: 'mataram', first: 100 });
    const total = all.data!.services.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: { data?: ServicesData | null } = await api.gql<ServicesData>(SERVICES, { regionSlug: 'mataram', first: 5, after });
      const conn = res.data!.services;
      expect(conn.totalCount).toBe(total);
      seen.push(...conn.edges.map((e) => e.node.slug));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data!.services.edges.map((e) => e.node.slug));
    expect(new Set(seen).size).toBe(total);
  });

  it('explains a page size out of range and a broken cursor, in Indonesian by default and in English on request', async () => {
    const tooMany = await api.gql(SERVICES, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/antara 1 dan 100/);
    const broken = await api.gql(SERVICES, { after: 'not-a-cursor' }, { lang: 'en-US,en;q=0.9' });
    expect(broken.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(broken.errors?.[0]?.message).toMatch(/cursor/i);
    const badCategory = await api.gql(SERVICES, { category: 'ASTROLOGI' });
    expect(badCategory.errors?.[0]?.message).toMatch(/Kategori "ASTROLOGI" tidak dikenal/);
  });

  it('opens a service by its stable slug with its unit, region and service standard', async () => {
    const res = await api.gql<{ service: Record<string, unknown> & { unit: { name: string }; region: { slug: string } }; missing: null }>(
      `{ service(slug: "mataram-ktp-el") { name slug category channel promisedDays feeRupiah requirements description unit { name } region { slug } }
         missing: service(slug: "no-such-service") { name } }`,
    );
    expect(res.data!.missing).toBeNull();
    expect(res.data!.service).toMatchObject({
      name: 'Penerbitan KTP Elektronik',
      slug: 'mataram-ktp-el',
      category: 'KEPENDUDUKAN',
      promisedDays: 1,
      feeRupiah: 0,
      unit: { name: 'Dinas Kependudukan dan Pencatatan Sipil' },
      region: { slug: 'mataram' },
    });
  });

  it('answers an unknown unit id with null instead of a database error', async () => {
    const res = await api.gql('{ a: unit(id: "not-a-uuid") { name } b: unit(id: "00000000-0000-4000-8000-000000000000") { name } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: null, b: null });
  });
});

describe('health', () => {
  it('answers 200 while the database is reachable', async () => {
    const res = await fetch(`${api.origin}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('answers 503 and explains plainly when the database cannot be reached', async () => {
    // An API whose PostgreSQL is gone: nothing listens on the port it was given.
    const deadUrl = `postgres://postgres@127.0.0.1:${await freePort()}/suara`;
    const config = loadConfig({ DATABASE_URL: deadUrl, SUARA_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' });
    const orm = await createOrm(deadUrl, { connect: false });
    const server = await createApiServer(await createAppServices(config, orm));
    const port = await server.listen(0, '127.0.0.1');
    try {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(503);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ query: '{ regions { slug } }' }),
      });
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0]!.message).toBe('The service cannot reach its database right now. Please try again shortly.');
      // No stack trace, no SQL, no connection string.
      expect(JSON.stringify(body)).not.toMatch(/select|postgres:|\.ts:|stack|ECONNREFUSED/i);
    } finally {
      await server.close();
      await orm.close(true);
    }
  });
});
