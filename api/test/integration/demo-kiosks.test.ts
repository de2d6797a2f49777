import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * The demo world's counter kiosks (issue 12; api/src/demo/kiosks.seed.ts): what a moderator of
 * Mataram finds on /staf/kios and what the SKM report counts as kiosk ratings.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const sql = <T extends object>(text: string, values: unknown[] = []) => api.orm.em.fork().getConnection().execute<T[]>(text, values);

describe('the demo world’s kiosks', () => {
  it('gives Mataram’s Disdukcapil an active “Loket 1” that delivered a share of its counter ratings, and the revoked tablet it replaced', async () => {
    const kiosks = await sql<{ label: string; revoked: boolean; last_seen_at: Date | null; created_at: Date; ratings: number; web: number }>(
      `select k.label, k.revoked_at is not null as revoked, k.last_seen_at, k.created_at,
              (select count(*)::int from feedback f where f.kiosk_device_id = k.id and f.channel = 'KIOSK') as ratings,
              (select count(*)::int from feedback f where f.kiosk_device_id = k.id and f.channel <> 'KIOSK') as web
       from kiosk_device k join unit u on u.id = k.unit_id join region r on r.id = u.region_id
       -- Registered days before the run: the demo's, not those other test files register today.
       where r.slug = 'mataram' and k.created_at < now() - interval '1 day' order by k.created_at`,
    );
    expect(kiosks.map((k) => [k.label, k.revoked])).toEqual([
      ['Loket 2 Disdukcapil (tablet lama)', true],
      ['Loket 1 Disdukcapil', false],
    ]);
    const [old, loket1] = kiosks;
    expect(loket1!.ratings).toBeGreaterThan(100);
    expect(old!.ratings).toBeGreaterThan(50);
    expect(kiosks.every((k) => k.web === 0)).toBe(true);
    // Last in touch just after its last rating: the day before the demo's today.
    expect(loket1!.last_seen_at).not.toBeNull();

    // A share, not all: the counter's web ratings in the kiosk's months remain.
    const [share] = await sql<{ kiosk: number; all: number }>(
      `select count(*) filter (where f.channel = 'KIOSK')::int as kiosk, count(*)::int as all
       from feedback f join public_service s on s.id = f.service_id join unit u on u.id = s.unit_id join region r on r.id = u.region_id
       where r.slug = 'mataram' and u.abbreviation = 'Disdukcapil' and s.channel <> 'ONLINE'
         and f.submitted_at >= (select created_at from kiosk_device where label = 'Loket 1 Disdukcapil' and created_at < now() - interval '1 day')`,
    );
    expect(share!.kiosk / share!.all).toBeGreaterThan(0.25);
    expect(share!.kiosk / share!.all).toBeLessThan(0.6);
  });

  it('stores a token hash for each demo kiosk that is no published token’s', async () => {
    const rows = await sql<{ token_hash: string }>(`select token_hash from kiosk_device where created_at < now() - interval '1 day'`);
    expect(rows.length).toBe(3);
    for (const { token_hash } of rows) expect(token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(rows.map((r) => r.token_hash)).size).toBe(rows.length);
  });
});
