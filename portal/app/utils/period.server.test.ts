import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../graphql/client.server';
import type { Period } from './period';
import { readLastTwelveMonths } from './period.server';

type RegionPage = { region: { timeZone: string } | null };

/** A stand-in for one page's API call: answers as told and records the periods it was asked for. */
function pageRead(answer: ApiResult<RegionPage>) {
  const asked: Period[] = [];
  const read = async (period: Period) => {
    asked.push(period);
    return answer;
  };
  return { asked, read };
}

const inZone = (timeZone: string): ApiResult<RegionPage> => ({ ok: true, data: { region: { timeZone } } });
const zoneOf = (data: RegionPage) => data.region?.timeZone;

describe('reading a page for the last twelve months in its region', () => {
  it('asks the API once when the region’s calendar has the same days as WIB', async () => {
    // 02:00 UTC is the 23rd in WIB, WITA and WIT alike.
    const now = new Date('2026-11-23T02:00:00Z');
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      const page = pageRead(inZone(zone));
      const { result, period } = await readLastTwelveMonths(page.read, zoneOf, now);
      expect(page.asked).toEqual([{ from: '2025-11-24', to: '2026-11-23' }]);
      expect(period).toEqual({ from: '2025-11-24', to: '2026-11-23' });
      expect(result).toEqual(inZone(zone));
    }
  });

  it('asks again with the region’s own days between its midnight and WIB’s', async () => {
    // 16:30 UTC is 00:30 on the 24th in WITA, still 23:30 on the 23rd in WIB.
    const page = pageRead(inZone('Asia/Makassar'));
    const { period } = await readLastTwelveMonths(page.read, zoneOf, new Date('2026-11-23T16:30:00Z'));
    expect(page.asked).toEqual([
      { from: '2025-11-24', to: '2026-11-23' },
      { from: '2025-11-25', to: '2026-11-24' },
    ]);
    expect(period).toEqual({ from: '2025-11-25', to: '2026-11-24' });
  });

  it('asks once when there is no zone to correct by: an unknown address or a failed call', async () => {
    const now = new Date('2026-11-23T16:30:00Z');
    const unknown = pageRead({ ok: true, data: { region: null } });
    expect((await readLastTwelveMonths(unknown.read, zoneOf, now)).result).toEqual({ ok: true, data: { region: null } });
    const failed = pageRead({ ok: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'API unreachable', fields: [], retryAfterSeconds: null } });
    expect((await readLastTwelveMonths(failed.read, zoneOf, now)).result.ok).toBe(false);
    expect([unknown.asked.length, failed.asked.length]).toEqual([1, 1]);
  });
});
