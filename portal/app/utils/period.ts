/**
 * The period a published SKM result covers. Pages ask the API for the last PERIOD_MONTHS months
 * (`satisfaction(lastMonths:)`): it counts them in the region's own time zone (at 23:30 UTC it is
 * already tomorrow in WITA) and returns the days it used, which the page states in words.
 */

/** A run of calendar days `YYYY-MM-DD`, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** Twelve months: the SKM is run at least once a year (PermenPANRB 14/2017). */
export const PERIOD_MONTHS = 12;

/** The days a `satisfaction(lastMonths:)` result covers (always set when asked that way). */
export function periodOf(satisfaction: { periodFrom?: string | null; periodTo?: string | null }): Period {
  if (!satisfaction.periodFrom || !satisfaction.periodTo) throw new Error('satisfaction(lastMonths:) came back without its period');
  return { from: satisfaction.periodFrom, to: satisfaction.periodTo };
}
