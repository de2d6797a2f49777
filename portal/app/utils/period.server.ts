import type { ApiResult } from '../graphql/client.server';
import { lastTwelveMonths, type Period } from './period';

/**
 * Where a page's first read counts the period: Western Indonesia Time. Its days end last among
 * Indonesia's three zones, so a WITA or WIT region has other days only from its own midnight to
 * WIB's, one or two hours a night.
 */
const FIRST_GUESS_TIME_ZONE = 'Asia/Jakarta';

/**
 * Reads a page that shows the last twelve months in its region's calendar, in one API call as a
 * rule. The region's time zone comes back with the page, so the period is first counted in WIB and
 * the read is repeated only when the region's calendar gives other days; asking for the zone first
 * would cost a second call on every view. `timeZoneOf` finds the zone in the page's data (undefined
 * for an unknown slug: there is nothing to correct).
 */
export async function readLastTwelveMonths<T>(
  read: (period: Period) => Promise<ApiResult<T>>,
  timeZoneOf: (data: T) => string | undefined,
  now: Date = new Date(),
): Promise<{ result: ApiResult<T>; period: Period }> {
  const guessed = lastTwelveMonths(FIRST_GUESS_TIME_ZONE, now);
  const result = await read(guessed);
  const timeZone = result.ok ? timeZoneOf(result.data) : undefined;
  if (timeZone === undefined) return { result, period: guessed };
  const period = lastTwelveMonths(timeZone, now);
  if (period.from === guessed.from && period.to === guessed.to) return { result, period };
  return { result: await read(period), period };
}
