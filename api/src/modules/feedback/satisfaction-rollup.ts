import type { EntityManager } from '@mikro-orm/postgresql';
import { SKM_ELEMENTS } from '@suara/skm';
import { ELEMENT_STEM, LOW_SCORE_MAX } from '../../common/element-columns.js';
import { timeRollupWrite } from '../../common/metrics.js';

/**
 * Maintenance of `satisfaction_daily` (see its entity). `applyToRollup` runs inside the transaction
 * that stores (or un-counts) a feedback row, so the rollup and the rows never disagree;
 * `rebuildRollups` recomputes from raw rows (bulk loads, repairs, and the tests that prove the two agree).
 */

const SUM_COLUMNS = SKM_ELEMENTS.map((e) => `sum_${ELEMENT_STEM[e]}`);
const LOW_COLUMNS = SKM_ELEMENTS.map((e) => `low_${ELEMENT_STEM[e]}`);
const ALL_COLUMNS = ['response_count', ...SUM_COLUMNS, ...LOW_COLUMNS];

/** The SELECT that aggregates raw feedback into rollup rows; days are in each region's own time zone. */
function aggregateSql(where: string): string {
  const sums = SKM_ELEMENTS.map((e) => `sum(f.score_${ELEMENT_STEM[e]})`);
  const lows = SKM_ELEMENTS.map((e) => `count(*) filter (where f.score_${ELEMENT_STEM[e]} <= ${LOW_SCORE_MAX})`);
  return `select f.service_id, (f.submitted_at at time zone r.time_zone)::date as day, s.region_id, s.unit_id,
            count(*), ${sums.join(', ')}, ${lows.join(', ')}
          from feedback f
          join public_service s on s.id = f.service_id
          join region r on r.id = s.region_id
          where not f.spam ${where}
          group by 1, 2, 3, 4`;
}

/** Recomputes the rollup rows of the given services (all services when omitted) from raw feedback. */
export async function rebuildRollups(em: EntityManager, serviceIds?: readonly string[]): Promise<void> {
  const conn = em;
  const columns = `service_id, day, region_id, unit_id, ${ALL_COLUMNS.join(', ')}`;
  if (serviceIds?.length === 0) return;
  await timeRollupWrite('rebuild', async () => {
    if (serviceIds) {
      await conn.execute('delete from satisfaction_daily where service_id in (?)', [serviceIds]);
      await conn.execute(`insert into satisfaction_daily (${columns}) ${aggregateSql('and f.service_id in (?)')}`, [serviceIds]);
    } else {
      await conn.execute('delete from satisfaction_daily');
      await conn.execute(`insert into satisfaction_daily (${columns}) ${aggregateSql('')}`);
    }
  });
}

/**
 * Adds (`sign` 1) or removes (`sign` -1, e.g. when marked as spam) one feedback row's scores in its
 * day's rollup. Must run in the same transaction as the change to the feedback row.
 */
export async function applyToRollup(em: EntityManager, feedbackId: string, sign: 1 | -1): Promise<void> {
  const updates = ALL_COLUMNS.map((c) => `${c} = satisfaction_daily.${c} + excluded.${c}`).join(', ');
  const sums = SKM_ELEMENTS.map((e) => `${sign} * f.score_${ELEMENT_STEM[e]}`);
  const lows = SKM_ELEMENTS.map((e) => `case when f.score_${ELEMENT_STEM[e]} <= ${LOW_SCORE_MAX} then ${sign} else 0 end`);
  await timeRollupWrite('apply', () =>
    em.execute(
    `insert into satisfaction_daily (service_id, day, region_id, unit_id, ${ALL_COLUMNS.join(', ')})
     select f.service_id, (f.submitted_at at time zone r.time_zone)::date, s.region_id, s.unit_id, ${sign}, ${sums.join(', ')}, ${lows.join(', ')}
     from feedback f join public_service s on s.id = f.service_id join region r on r.id = s.region_id
     where f.id = ?
     on conflict (service_id, day) do update set ${updates}`,
    [feedbackId],
  ));
}

/**
 * `applyToRollup` for many feedback rows in one statement (a moderator's bulk MARK_SPAM or RESTORE):
 * grouped per rollup row, and touching the rollup rows in one fixed order (service, day), so that
 * two such statements at once wait for each other instead of deadlocking.
 */
export async function applyManyToRollup(em: EntityManager, feedbackIds: readonly string[], sign: 1 | -1): Promise<void> {
  if (feedbackIds.length === 0) return;
  const updates = ALL_COLUMNS.map((c) => `${c} = satisfaction_daily.${c} + excluded.${c}`).join(', ');
  const sums = SKM_ELEMENTS.map((e) => `${sign} * sum(f.score_${ELEMENT_STEM[e]})`);
  const lows = SKM_ELEMENTS.map((e) => `${sign} * count(*) filter (where f.score_${ELEMENT_STEM[e]} <= ${LOW_SCORE_MAX})`);
  await timeRollupWrite('apply', () =>
    em.execute(
    `insert into satisfaction_daily (service_id, day, region_id, unit_id, ${ALL_COLUMNS.join(', ')})
     select f.service_id, (f.submitted_at at time zone r.time_zone)::date, s.region_id, s.unit_id, ${sign} * count(*), ${sums.join(', ')}, ${lows.join(', ')}
     from feedback f join public_service s on s.id = f.service_id join region r on r.id = s.region_id
     where f.id in (?)
     group by 1, 2, 3, 4
     order by 1, 2
     on conflict (service_id, day) do update set ${updates}`,
    [feedbackIds],
  ));
}
