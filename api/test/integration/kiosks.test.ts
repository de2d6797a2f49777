import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp, scoresOf, serviceId } from '../support/feedback.js';

/**
 * Counter kiosks (issue 12; CONTRACT.md "Counter kiosks"): registration and pairing by staff, the
 * device token on submitFeedback (channel KIOSK, its own hourly limit, never the address's, no proof
 * of work), answeredAt for ratings that waited offline, and refusals that store nothing. Production
 * defaults: SUARA_SUBMIT_RATE_LIMIT 30 per address, SUARA_KIOSK_RATE_LIMIT 600 per kiosk.
 */

let api: TestApi;
let moderator: string;
let moderatorKupang: string;
let ktp: string;
let kk: string;
let licensing: string;
let disdukcapil: string;

const REGISTER = 'mutation ($u: ID!, $l: String!) { registerKiosk(unitId: $u, label: $l) { token kiosk { id label registeredAt lastSeenAt revokedAt pairingExpiresAt unit { id } } pairing { code expiresAt } } }';
const PAIR = 'mutation ($c: String!) { pairKiosk(code: $c) { token pairing { code } kiosk { id label unit { name } services { id } } } }';
const SUBMIT = 'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode feedback { id submittedAt channel } } }';

interface Registration {
  token: string;
  kiosk: { id: string; label: string; registeredAt: string; lastSeenAt: string | null; revokedAt: string | null; pairingExpiresAt: string | null; unit: { id: string } };
  pairing: { code: string; expiresAt: string };
}

const sql = <T = Record<string, unknown>>(q: string, params: unknown[] = []) => api.orm.em.fork().execute<T[]>(q, params);
const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code ?? 'OK';

async function register(label = `Loket ${randomUUID().slice(0, 4)}`, unit = disdukcapil, token = moderator): Promise<Registration> {
  const res = await api.gql<{ registerKiosk: Registration }>(REGISTER, { u: unit, l: label }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.registerKiosk;
}

/** A kiosk paired like a tablet: registered by the moderator, then its code exchanged for the device token. */
async function pairedKiosk(unit = disdukcapil): Promise<{ id: string; token: string }> {
  const reg = await register(undefined, unit);
  const res = await api.gql<{ pairKiosk: { token: string; kiosk: { id: string } } }>(PAIR, { c: reg.pairing.code }, { clientIp: freshClientIp() });
  expect(res.errors).toBeUndefined();
  return { id: reg.kiosk.id, token: res.data!.pairKiosk.token };
}

function kioskSubmit(token: string | null, input: Record<string, unknown>, clientIp = freshClientIp()) {
  return api.gql<{ submitFeedback: { receiptCode: string; feedback: { id: string; submittedAt: string; channel: string } } }>(
    SUBMIT,
    { input: { idempotencyKey: randomUUID(), serviceId: ktp, scores: scoresOf(3), ...input } },
    { clientIp, headers: token === null ? {} : { 'x-kiosk-token': token } },
  );
}

const countOf = async (where: string, params: unknown[] = []) => (await sql<{ n: number }>(`select count(*)::int as n from feedback where ${where}`, params))[0]!.n;

beforeAll(async () => {
  api = await startTestApi();
  moderator = await api.login('moderator@mataram.demo');
  moderatorKupang = await api.login('moderator@kupang.demo');
  ktp = await serviceId(api, 'mataram-ktp-el');
  kk = await serviceId(api, 'mataram-kartu-keluarga');
  licensing = (await sql<{ id: string }>(`select s.id from public_service s join unit u on u.id = s.unit_id join region r on r.id = s.region_id where r.slug = 'mataram' and u.slug not like '%dukcapil%' and s.unit_id <> (select unit_id from public_service where slug = 'mataram-ktp-el') order by s.slug limit 1`))[0]!.id;
  disdukcapil = (await sql<{ unit_id: string }>('select unit_id from public_service where id = ?', [ktp]))[0]!.unit_id;
});
afterAll(async () => {
  await api?.close();
});

describe('staff register a kiosk for a unit', () => {
  it('shows the device token once and keeps only its hash; gives a 10-minute pairing code', async () => {
    const reg = await register('Loket 1 Disdukcapil');
    expect(reg.token).toMatch(/^kiosk_[A-Za-z0-9_-]{43}$/);
    expect(reg.pairing.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const minutes = (Date.parse(reg.pairing.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10.1);
    expect(reg.kiosk).toMatchObject({ label: 'Loket 1 Disdukcapil', lastSeenAt: null, revokedAt: null, unit: { id: disdukcapil } });
    expect(reg.kiosk.pairingExpiresAt).toBe(reg.pairing.expiresAt);
    const [row] = await sql<Record<string, unknown>>('select * from kiosk_device where id = ?', [reg.kiosk.id]);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(reg.token);
    expect(stored).not.toContain(reg.pairing.code.replace('-', ''));
    // The registration's token works until a tablet is paired.
    expect(codeOf(await kioskSubmit(reg.token, {}))).toBe('OK');
  });

  it('lists the region’s kiosks to its moderator with last contact and today’s ratings; never to another region’s', async () => {
    const kiosk = await pairedKiosk();
    for (let i = 0; i < 3; i++) expect(codeOf(await kioskSubmit(kiosk.token, {}))).toBe('OK');
    const list = await api.gql<{ kiosks: Array<{ id: string; lastSeenAt: string | null; ratingsToday: number; revokedAt: string | null }> }>(
      'query { kiosks(regionSlug: "mataram") { id lastSeenAt ratingsToday revokedAt } }',
      {},
      { token: moderator },
    );
    const mine = list.data!.kiosks.find((k) => k.id === kiosk.id)!;
    expect(mine.ratingsToday).toBe(3);
    expect(Date.now() - Date.parse(mine.lastSeenAt!)).toBeLessThan(60_000);
    const other = await api.gql('query { kiosks(regionSlug: "mataram") { id } }', {}, { token: moderatorKupang });
    expect(codeOf(other)).toBe('FORBIDDEN');
    const revoke = await api.gql('mutation ($id: ID!) { revokeKiosk(id: $id) { id } }', { id: kiosk.id }, { token: moderatorKupang });
    expect(codeOf(revoke)).toBe('FORBIDDEN');
    expect(codeOf(await kioskSubmit(kiosk.token, {}))).toBe('OK');
  });

  it('refuses an empty or overlong name and an unknown unit, in Indonesian and English', async () => {
    for (const label of ['   ', 'x'.repeat(101)]) {
      const id = await api.gql(REGISTER, { u: disdukcapil, l: label }, { token: moderator });
      const en = await api.gql(REGISTER, { u: disdukcapil, l: label }, { token: moderator, lang: 'en' });
      expect(codeOf(id)).toBe('BAD_USER_INPUT');
      expect(id.errors![0]!.message).toMatch(/Nama kios harus 1–100 karakter/);
      expect(en.errors![0]!.message).toMatch(/kiosk’s name must be 1–100 characters/);
    }
    expect(codeOf(await api.gql(REGISTER, { u: randomUUID(), l: 'Loket' }, { token: moderator }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(REGISTER, { u: disdukcapil, l: 'Lo\u0000ket' }, { token: moderator }))).toBe('BAD_USER_INPUT');
  });
});

describe('a tablet pairs with the short code', () => {
  it('gets a token of its own, once; the registration’s token and the code stop working', async () => {
    const reg = await register();
    const typed = reg.pairing.code.toLowerCase().replace('-', ' ');
    const paired = await api.gql<{ pairKiosk: { token: string; pairing: null; kiosk: { id: string; services: Array<{ id: string }> } } }>(PAIR, { c: typed }, { clientIp: freshClientIp() });
    expect(paired.errors).toBeUndefined();
    const { token, kiosk, pairing } = paired.data!.pairKiosk;
    expect(pairing).toBeNull();
    expect(token).not.toBe(reg.token);
    expect(kiosk.services.map((s) => s.id)).toEqual(expect.arrayContaining([ktp, kk]));
    expect(kiosk.services.map((s) => s.id)).not.toContain(licensing);

    const again = await api.gql(PAIR, { c: reg.pairing.code }, { clientIp: freshClientIp() });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.message).toMatch(/Kode pemasangan salah atau sudah kedaluwarsa/);
    expect(codeOf(await kioskSubmit(reg.token, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await kioskSubmit(token, {}))).toBe('OK');
    const current = await api.gql<{ currentKiosk: { id: string; label: string } }>('{ currentKiosk { id label } }', {}, { headers: { 'x-kiosk-token': token } });
    expect(current.data!.currentKiosk.id).toBe(reg.kiosk.id);
  });

  it('refuses an expired code', async () => {
    const reg = await register();
    await sql(`update kiosk_device set pairing_expires_at = now() - interval '1 second' where id = ?`, [reg.kiosk.id]);
    expect(codeOf(await api.gql(PAIR, { c: reg.pairing.code }, { clientIp: freshClientIp() }))).toBe('BAD_USER_INPUT');
  });

  it('allows five wrong codes per network in ten minutes, then asks to wait; right codes do not count', async () => {
    const ip = freshClientIp();
    const reg = await register();
    expect(codeOf(await api.gql(PAIR, { c: reg.pairing.code }, { clientIp: ip }))).toBe('OK');
    for (let i = 0; i < 5; i++) expect(codeOf(await api.gql(PAIR, { c: 'ZZZZ-ZZZZ' }, { clientIp: ip }))).toBe('BAD_USER_INPUT');
    const next = await register();
    const limited = await api.gql(PAIR, { c: next.pairing.code }, { clientIp: ip });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    // Another network is not affected, and the code was not used up by the refused attempt.
    expect(codeOf(await api.gql(PAIR, { c: next.pairing.code }, { clientIp: freshClientIp() }))).toBe('OK');
  });

  it('a new pairing code cuts off the tablet paired before (a lost or replaced tablet)', async () => {
    const kiosk = await pairedKiosk();
    const renewed = await api.gql<{ renewKioskPairing: { token: string; pairing: { code: string }; kiosk: { lastSeenAt: string | null } } }>(
      'mutation ($id: ID!) { renewKioskPairing(id: $id) { token pairing { code } kiosk { lastSeenAt } } }',
      { id: kiosk.id },
      { token: moderator },
    );
    expect(renewed.errors).toBeUndefined();
    // No tablet holds the new token yet: staff must not read the old tablet's contact as "paired".
    expect(renewed.data!.renewKioskPairing.kiosk.lastSeenAt).toBeNull();
    expect(codeOf(await kioskSubmit(kiosk.token, {}))).toBe('UNAUTHENTICATED');
    const paired = await api.gql<{ pairKiosk: { token: string } }>(PAIR, { c: renewed.data!.renewKioskPairing.pairing.code }, { clientIp: freshClientIp() });
    expect(codeOf(await kioskSubmit(paired.data!.pairKiosk.token, {}))).toBe('OK');
  });
});

describe('a kiosk’s rating', () => {
  it('is stored with channel KIOSK and the kiosk, and updates its last contact', async () => {
    const kiosk = await pairedKiosk();
    await sql('update kiosk_device set last_seen_at = null where id = ?', [kiosk.id]);
    const res = await kioskSubmit(kiosk.token, { comment: 'Antre cepat di loket.' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitFeedback.feedback.channel).toBe('KIOSK');
    const [row] = await sql<{ channel: string; kiosk_device_id: string; moderation_status: string }>(
      'select channel, kiosk_device_id, moderation_status from feedback where id = ?',
      [res.data!.submitFeedback.feedback.id],
    );
    expect(row).toEqual({ channel: 'KIOSK', kiosk_device_id: kiosk.id, moderation_status: 'PENDING' });
    const [seen] = await sql<{ last_seen_at: Date | null }>('select last_seen_at from kiosk_device where id = ?', [kiosk.id]);
    expect(seen!.last_seen_at).not.toBeNull();
    const web = await kioskSubmit(null, {});
    expect(web.data!.submitFeedback.feedback.channel).toBe('WEB');
  });

  it('with an unknown or revoked token is UNAUTHENTICATED and stores nothing', async () => {
    const kiosk = await pairedKiosk();
    const key = randomUUID();
    const before = await countOf('true');
    const unknown = await kioskSubmit(`kiosk_${'A'.repeat(43)}`, { idempotencyKey: key });
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0]!.message).toMatch(/tidak terdaftar atau sudah dicabut/);
    const revoked = await api.gql<{ revokeKiosk: { revokedAt: string } }>('mutation ($id: ID!) { revokeKiosk(id: $id) { revokedAt } }', { id: kiosk.id }, { token: moderator });
    expect(revoked.data!.revokeKiosk.revokedAt).toBeTruthy();
    expect(codeOf(await kioskSubmit(kiosk.token, { idempotencyKey: key }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql('{ currentKiosk { id } }', {}, { headers: { 'x-kiosk-token': kiosk.token } }))).toBe('UNAUTHENTICATED');
    expect(await countOf('true')).toBe(before);
    expect(await countOf('idempotency_key = ?', [key])).toBe(0);
  });

  it('is refused for a service its unit does not deliver', async () => {
    const kiosk = await pairedKiosk();
    const res = await kioskSubmit(kiosk.token, { serviceId: licensing });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect((res.errors![0]!.extensions!.fields as Array<{ field: string }>)[0]!.field).toBe('serviceId');
  });

  it('never needs a proof of work, even where the region asks one of the web', async () => {
    const region = randomUUID();
    const unit = randomUUID();
    const service = randomUUID();
    const tag = randomUUID().slice(0, 6);
    await sql(`insert into region (id, created_at, slug, name, province, kind, time_zone, proof_of_work_required) values (?, now(), ?, ?, 'Uji', 'KOTA', 'Asia/Makassar', true)`, [region, `kios-${tag}`, `Kota Kios ${tag}`]);
    await sql(`insert into unit (id, created_at, region_id, parent_id, slug, name, abbreviation, kind) values (?, now(), ?, null, ?, 'Dinas Kios', null, 'DINAS')`, [unit, region, `dinas-kios-${tag}`]);
    await sql(
      `insert into public_service (id, created_at, slug, region_id, unit_id, name, description, category, channel, requirements, promised_days, fee_rupiah, expected_annual_users, search_text)
       values (?, now(), ?, ?, ?, 'Layanan Kios', '', 'ADMINISTRASI', 'OFFLINE', '', 1, 0, 100, 'layanan kios')`,
      [service, `layanan-kios-${tag}`, region, unit],
    );
    api.app.catalog.invalidate();
    const admin = await api.login('admin@suara.demo');
    const reg = await register(undefined, unit, admin);
    const web = await kioskSubmit(null, { serviceId: service });
    expect(codeOf(web)).toBe('BAD_USER_INPUT');
    const res = await kioskSubmit(reg.token, { serviceId: service });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitFeedback.feedback.channel).toBe('KIOSK');
  });
});

describe('answeredAt: a rating that waited in the kiosk’s offline queue', () => {
  it('is counted on the day it was answered, in the region’s time zone', async () => {
    const kiosk = await pairedKiosk();
    // 23:30 in Mataram (UTC+8) three days ago is 15:30 UTC: the region's day, not UTC's, must count it.
    const day = new Date(Date.now() - 3 * 86_400_000);
    const answeredAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 15, 30));
    const localDay = new Date(answeredAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const rollup = async () =>
      (await sql<{ n: number }>('select coalesce(sum(response_count), 0)::int as n from satisfaction_daily where service_id = ? and day = ?', [kk, localDay]))[0]!.n;
    const before = await rollup();
    const res = await kioskSubmit(kiosk.token, { serviceId: kk, answeredAt: answeredAt.toISOString() });
    expect(res.errors).toBeUndefined();
    expect(Date.parse(res.data!.submitFeedback.feedback.submittedAt)).toBe(answeredAt.getTime());
    expect(await rollup()).toBe(before + 1);
    const [row] = await sql<{ submitted_at: Date; created_at: Date }>('select submitted_at, created_at from feedback where id = ?', [res.data!.submitFeedback.feedback.id]);
    expect(new Date(row!.submitted_at).getTime()).toBe(answeredAt.getTime());
    expect(Date.now() - new Date(row!.created_at).getTime()).toBeLessThan(60_000);
    // The service's satisfaction over that day shows it.
    const seen = await api.gql<{ service: { satisfaction: { responseCount: number } } }>(
      'query ($d: Date!) { service(slug: "mataram-kartu-keluarga") { satisfaction(from: $d, to: $d) { responseCount } } }',
      { d: localDay },
    );
    expect(seen.data!.service.satisfaction.responseCount).toBe(before + 1);
  });

  const refusals: Array<[string, (token: string) => [string | null, Date]]> = [
    ['without a kiosk token', () => [null, new Date(Date.now() - 3600_000)]],
    ['in the future', (t) => [t, new Date(Date.now() + 10 * 60_000)]],
    ['over 7 days old', (t) => [t, new Date(Date.now() - 7 * 86_400_000 - 60_000)]],
  ];
  for (const [what, make] of refusals) {
    it(`is refused ${what}, with the field named and nothing stored`, async () => {
      const kiosk = await pairedKiosk();
      const [token, answeredAt] = make(kiosk.token);
      const key = randomUUID();
      const id = await kioskSubmit(token, { idempotencyKey: key, answeredAt: answeredAt.toISOString() });
      expect(codeOf(id)).toBe('BAD_USER_INPUT');
      expect((id.errors![0]!.extensions!.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['answeredAt']);
      expect(await countOf('idempotency_key = ?', [key])).toBe(0);
    });
  }

  it('accepts a tablet clock a minute fast as "now"', async () => {
    const kiosk = await pairedKiosk();
    const res = await kioskSubmit(kiosk.token, { answeredAt: new Date(Date.now() + 60_000).toISOString() });
    expect(res.errors).toBeUndefined();
    expect(Date.parse(res.data!.submitFeedback.feedback.submittedAt)).toBeLessThanOrEqual(Date.now());
  });
});

describe('limits: a kiosk is limited per device, never per network address', () => {
  it('stores 45 ratings from one office address (over the address’s 30) and leaves the address’s own count untouched', async () => {
    const kiosk = await pairedKiosk();
    const office = freshClientIp();
    for (let i = 0; i < 45; i++) expect(codeOf(await kioskSubmit(kiosk.token, {}, office))).toBe('OK');
    expect(await countOf('kiosk_device_id = ?', [kiosk.id])).toBe(45);
    // A citizen's phone on the same Wi-Fi still rates without any check.
    expect(codeOf(await kioskSubmit(null, {}, office))).toBe('OK');
  });

  it('a day’s queue from several kiosks, sent all at once with web ratings, is stored once each on its days', async () => {
    const kiosks = await Promise.all([pairedKiosk(), pairedKiosk(), pairedKiosk()]);
    const office = freshClientIp();
    const start = Date.now() - 2 * 86_400_000;
    const queue = kiosks.flatMap((k, n) =>
      Array.from({ length: 40 }, (_, i) => ({ token: k.token, key: `q-${n}-${i}-${randomUUID()}`, answeredAt: new Date(start + (n * 40 + i) * 7 * 60_000) })),
    );
    const send = () =>
      Promise.all([
        ...queue.map((q) => kioskSubmit(q.token, { idempotencyKey: q.key, answeredAt: q.answeredAt.toISOString(), serviceId: q.key.endsWith('0') ? kk : ktp }, office)),
        ...Array.from({ length: 10 }, () => kioskSubmit(null, {}, freshClientIp())),
      ]);
    const first = await send();
    expect(first.map(codeOf).filter((c) => c !== 'OK')).toEqual([]);
    // The answers were lost on the way: the tablets send the same queue again; nothing more is stored.
    const second = await send();
    expect(second.slice(0, queue.length).map((r) => r.data?.submitFeedback.receiptCode)).toEqual(first.slice(0, queue.length).map((r) => r.data?.submitFeedback.receiptCode));
    for (const k of kiosks) expect(await countOf('kiosk_device_id = ?', [k.id])).toBe(40);
    const stored = await sql<{ idempotency_key: string; submitted_at: Date }>('select idempotency_key, submitted_at from feedback where idempotency_key in (?)', [queue.map((q) => q.key)]);
    const byKey = new Map(stored.map((r) => [r.idempotency_key, new Date(r.submitted_at).getTime()]));
    for (const q of queue) expect(byKey.get(q.key)).toBe(q.answeredAt.getTime());
  });
});

describe('the per-kiosk limit (SUARA_KIOSK_RATE_LIMIT) counts the hour each rating was answered in', () => {
  let small: TestApi;
  beforeAll(async () => {
    small = await startTestApi({ SUARA_KIOSK_RATE_LIMIT: '5' });
  });
  afterAll(async () => {
    await small?.close();
  });

  it('asks a kiosk over its limit to wait until the hour ends; other hours and other kiosks go on', async () => {
    const send = (token: string, answeredAt: Date | null = null) =>
      small.gql(SUBMIT, { input: { idempotencyKey: randomUUID(), serviceId: ktp, scores: scoresOf(2), ...(answeredAt ? { answeredAt: answeredAt.toISOString() } : {}) } }, {
        clientIp: freshClientIp(),
        headers: { 'x-kiosk-token': token },
      });
    const kiosk = await pairedKiosk();
    const other = await pairedKiosk();
    for (let i = 0; i < 5; i++) expect(codeOf(await send(kiosk.token))).toBe('OK');
    const over = await send(kiosk.token);
    expect(codeOf(over)).toBe('RATE_LIMITED');
    expect(over.errors![0]!.message).toMatch(/Kios ini sudah mengirim 5 penilaian dalam jam ini/);
    expect(Number(over.errors![0]!.extensions!.retryAfter)).toBeLessThanOrEqual(3600);
    expect(codeOf(await send(other.token))).toBe('OK');
    // A queue answered yesterday counts in yesterday's hours: not refused because today's hour is full.
    const yesterday = new Date(Math.floor((Date.now() - 86_400_000) / 3600_000) * 3600_000 + 600_000);
    for (let i = 0; i < 5; i++) expect(codeOf(await send(kiosk.token, new Date(yesterday.getTime() + i * 1000)))).toBe('OK');
    const full = await send(kiosk.token, new Date(yesterday.getTime() + 9000));
    expect(codeOf(full)).toBe('BAD_USER_INPUT');
    expect((full.errors![0]!.extensions!.fields as Array<{ field: string }>)[0]!.field).toBe('answeredAt');
  });
});
