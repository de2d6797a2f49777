import type { EntityManager } from '@mikro-orm/postgresql';
import { SKM_ELEMENTS, addDays, completePeriodsSince, lastCompletePeriod, type SkmElement } from '@suara/skm';
import { storePaperRatings } from '../modules/feedback/index.js';
import { publishDuePeriods } from '../modules/opendata/index.js';

/**
 * The demo's open data (decision record 0027): every complete survey period published the day after
 * it ended, as the API's timer would have, and one revised row — Mataram's waste collection, where
 * four paper questionnaires of the last complete semester were typed in after its publication, so
 * its row is at version 2 with version 1 kept. No draw from the demo's random stream: the ratings
 * are fixed, and every story and number of the rest of the demo stays as it was.
 */
export const REVISED_DEMO_SERVICE = 'mataram-pengangkutan-sampah';

/** Neutral answers ("sesuai", "mudah", …): they move no development need (no low score). */
const LATE_PAPER: ReadonlyArray<Record<SkmElement, number>> = [3, 3, 4, 3].map((base, i) =>
  Object.fromEntries(SKM_ELEMENTS.map((e, j) => [e, (j + i) % 3 === 0 ? 4 : base])) as Record<SkmElement, number>,
);

/** `today`: the demo's reference day; the ratings it holds end yesterday. */
export async function publishDemoOpenData(tx: EntityManager, today: string): Promise<void> {
  // Midday in Indonesia (UTC+7 to UTC+9): the same calendar day in every region.
  const noonOf = (day: string) => new Date(`${day}T04:00:00Z`);
  const [first] = await tx.execute<Array<{ day: string | null }>>(`select to_char(min(day), 'YYYY-MM-DD') as day from satisfaction_daily`);
  if (!first?.day) return;
  // The demo's regions survey by semester (the default).
  for (const period of completePeriodsSince('SEMESTER', first.day, today)) await publishDuePeriods(tx, { now: noonOf(addDays(period.to, 1)) });

  const last = lastCompletePeriod('SEMESTER', today);
  const [service] = await tx.execute<Array<{ id: string }>>('select id from public_service where slug = ?', [REVISED_DEMO_SERVICE]);
  if (!service) return;
  await storePaperRatings(
    tx,
    LATE_PAPER.map((scores, i) => ({
      serviceId: service.id,
      answeredOn: addDays(last.to, -3 - i * 7),
      paperRef: `DEMO-TERLAMBAT-${i + 1}`,
      scores,
      comment: null,
      respondent: { ageGroup: null, gender: null, education: null, occupation: null },
    })),
  );
  // Typed in a few weeks after the period ended (never later than the demo's today).
  const revisedOn = addDays(last.to, 21) < today ? addDays(last.to, 21) : today;
  await publishDuePeriods(tx, { now: noonOf(revisedOn) });
}
