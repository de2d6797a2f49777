import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { commentFixture, sql } from '../support/answers.js';

/**
 * HR reads citizens' published words of its region and tags them (issue 9, point 4): comments and
 * forum posts as the public sees them, with the elements the citizen scored low, and nothing personal.
 */
let api: TestApi;
let hr: string;
const VOICES = `query($unitId: ID, $competencyId: ID, $low: Boolean, $first: Int, $after: String) {
  citizenVoices(regionSlug: "mamuju", unitId: $unitId, competencyId: $competencyId, lowScoresOnly: $low, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind text submittedAt lowElements service { id name } unit { id name } competencyTags { code } } } } }`;

interface Voice {
  id: string;
  kind: string;
  text: string;
  lowElements: string[];
  service: { id: string } | null;
  unit: { id: string };
  competencyTags: Array<{ code: string }>;
}
interface Page {
  citizenVoices: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Voice }> };
}

let unitId: string;
let serviceId: string;
const ids: Record<string, string> = {};
let pelayanan: string;
let orientasi: string;

async function voices(variables: Record<string, unknown>, token = hr): Promise<Voice[]> {
  const res = await api.gql<Page>(VOICES, { unitId, first: 100, ...variables }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.citizenVoices.edges.map((e) => e.node);
}

beforeAll(async () => {
  api = await startTestApi();
  hr = await api.login('hr@mamuju.demo');
  const [svc] = await sql<{ id: string; unit_id: string }>(
    api,
    `select s.id, s.unit_id from public_service s join region r on r.id = s.region_id where r.slug = 'mamuju' order by s.slug limit 1`,
  );
  serviceId = svc!.id;
  unitId = svc!.unit_id;
  const [other] = await sql<{ id: string }>(api, `select s.id from public_service s join region r on r.id = s.region_id where r.slug = 'mataram' order by s.slug limit 1`);
  const code = async (c: string) => (await sql<{ id: string }>(api, 'select id from competency where code = ?', [c]))[0]!.id;
  pelayanan = await code('M-PELAYANAN-PUBLIK');
  orientasi = await code('M-ORIENTASI-HASIL');

  const day = (n: number) => new Date(Date.now() + n * 60_000);
  ids.rude = (await commentFixture(api, serviceId, { text: 'Petugas loket membentak saya.', submittedAt: day(1) })).id;
  await sql(api, `update feedback set ${['persyaratan', 'sistem_mekanisme_prosedur', 'waktu_penyelesaian', 'biaya_tarif', 'produk_spesifikasi', 'kompetensi_pelaksana', 'penanganan_pengaduan', 'sarana_prasarana'].map((e) => `score_${e} = 4`).join(', ')}, score_perilaku_pelaksana = 1 where id = ?`, [ids.rude]);
  ids.redacted = (await commentFixture(api, serviceId, { text: 'Hubungi saya di 0812-RAHASIA-99.', submittedAt: day(2) })).id;
  await sql(api, `update feedback set redacted_comment = 'Hubungi saya di [disunting].', ${['persyaratan', 'sistem_mekanisme_prosedur', 'waktu_penyelesaian', 'biaya_tarif', 'produk_spesifikasi', 'kompetensi_pelaksana', 'perilaku_pelaksana', 'penanganan_pengaduan', 'sarana_prasarana'].map((e) => `score_${e} = 4`).join(', ')} where id = ?`, [ids.redacted]);
  ids.pending = (await commentFixture(api, serviceId, { status: 'PENDING', text: 'Belum diperiksa moderator.', submittedAt: day(3) })).id;
  ids.spam = (await commentFixture(api, serviceId, { text: 'Beli obat murah di sini.', submittedAt: day(4) })).id;
  await sql(api, 'update feedback set spam = true where id = ?', [ids.spam]);
  ids.mataram = (await commentFixture(api, other!.id, { text: 'Di Mataram antre lama.', submittedAt: day(5) })).id;

  const thread = randomUUID();
  await sql(
    api,
    `insert into forum_thread (id, created_at, service_id, unit_id, region_id, title, author_name, last_activity_at, locked)
     select ?, now(), s.id, s.unit_id, s.region_id, 'Jam buka loket', 'Warga', now(), false from public_service s where s.id = ?`,
    [thread, serviceId],
  );
  ids.post = randomUUID();
  ids.hiddenPost = randomUUID();
  await sql(
    api,
    `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, moderation_status, published_at, report_count)
     select ?, ?, t.id, t.region_id, 'Loket sering tutup sebelum jam dua.', 'Ibu Sari', 'PUBLISHED', now(), 0 from forum_thread t where t.id = ?`,
    [ids.post, day(6), thread],
  );
  await sql(
    api,
    `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, moderation_status, published_at, report_count)
     select ?, ?, t.id, t.region_id, 'Tersembunyi.', 'Warga', 'HIDDEN', null, 0 from forum_thread t where t.id = ?`,
    [ids.hiddenPost, day(7), thread],
  );
});
afterAll(async () => {
  await api.close();
});

describe('citizens’ voices for HR', () => {
  it('shows the published comments and forum posts of the unit, newest first, never a pending, spam or other region’s one', async () => {
    const found = await voices({});
    const seen = found.map((v) => v.id);
    expect(seen.slice(0, 3)).toEqual([ids.post, ids.redacted, ids.rude]);
    for (const hidden of [ids.pending, ids.spam, ids.mataram, ids.hiddenPost]) expect(seen).not.toContain(hidden);
    expect(found.every((v) => v.unit.id === unitId)).toBe(true);
    const post = found.find((v) => v.id === ids.post)!;
    expect(post).toMatchObject({ kind: 'FORUM_POST', text: 'Loket sering tutup sebelum jam dua.', lowElements: [] });
    expect(found.find((v) => v.id === ids.rude)).toMatchObject({ kind: 'FEEDBACK_COMMENT', lowElements: ['PERILAKU_PELAKSANA'], service: { id: serviceId } });
  });

  it('shows a redacted comment as the public sees it, never the original', async () => {
    const res = await api.gql<Page>(VOICES, { unitId, first: 100 }, { token: hr });
    expect(JSON.stringify(res)).not.toContain('RAHASIA');
    expect(res.data!.citizenVoices.edges.find((e) => e.node.id === ids.redacted)!.node.text).toBe('Hubungi saya di [disunting].');
  });

  it('keeps only comments with a low score when asked', async () => {
    const found = await voices({ low: true });
    expect(found.map((v) => v.id)).toContain(ids.rude);
    expect(found.map((v) => v.id)).not.toContain(ids.redacted);
    expect(found.every((v) => v.kind === 'FEEDBACK_COMMENT' && v.lowElements.length > 0)).toBe(true);
  });

  it('filters by competency: low scores on a linked element, or a tag HR put on it', async () => {
    const before = (await voices({ competencyId: pelayanan })).map((v) => v.id);
    expect(before).toContain(ids.rude); // PERILAKU_PELAKSANA → Pelayanan Publik
    expect(before).not.toContain(ids.redacted);
    expect(before).not.toContain(ids.post);
    expect((await voices({ competencyId: orientasi })).map((v) => v.id)).not.toContain(ids.rude);

    const tag = await api.gql(`mutation($i: ID!, $c: ID!) { tagCompetency(itemId: $i, competencyId: $c) { code } }`, { i: ids.post, c: pelayanan }, { token: hr });
    expect(tag.errors).toBeUndefined();
    const after = await voices({ competencyId: pelayanan });
    expect(after.find((v) => v.id === ids.post)?.competencyTags).toEqual([{ code: 'M-PELAYANAN-PUBLIK' }]);
  });

  it('pages with the cursor: each item once, in order, with the same total', async () => {
    const whole = await api.gql<Page>(VOICES, { unitId, first: 12 }, { token: hr });
    const all = whole.data!.citizenVoices;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const res: { data?: Page | null; errors?: unknown } = await api.gql<Page>(VOICES, { unitId, first: 3, after }, { token: hr });
      expect(res.errors).toBeUndefined();
      const page: Page['citizenVoices'] = res.data!.citizenVoices;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    const bad = await api.gql(VOICES, { unitId, after: 'bukan-penanda' }, { token: hr });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses HR of another region and a moderator, and an unknown unit', async () => {
    for (const email of ['hr@kupang.demo', 'moderator@mamuju.demo']) {
      const res = await api.gql(VOICES, { unitId }, { token: await api.login(email) });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [foreign] = await sql<{ unit_id: string }>(api, `select s.unit_id from public_service s join region r on r.id = s.region_id where r.slug = 'mataram' limit 1`);
    const res = await api.gql(VOICES, { unitId: foreign!.unit_id }, { token: hr });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
