import { AssessmentMethod } from '../../common/enums.js';
import { raw } from '../../common/sql.js';

/**
 * How much an assessment's gap counts in a development need, by how objective its method is
 * (decision record 0020): an assessment centre or a competency test measures against the standard
 * with trained assessors; several raters average out one person's view; a supervisor's judgement is
 * one person's; a self-assessment is the person's own.
 */
export const OBJECTIVITY: Readonly<Record<AssessmentMethod, number>> = {
  [AssessmentMethod.ASSESSMENT_CENTER]: 1,
  [AssessmentMethod.UJI_KOMPETENSI]: 1,
  [AssessmentMethod.MULTI_RATER]: 0.8,
  [AssessmentMethod.SUPERVISOR]: 0.6,
  [AssessmentMethod.SELF]: 0.4,
};

/** Methods, most objective first (the order HR sees). */
export const METHODS_BY_OBJECTIVITY: readonly AssessmentMethod[] = Object.values(AssessmentMethod).sort((a, b) => OBJECTIVITY[b] - OBJECTIVITY[a]);

/** An assessment older than the region's cycle counts this much of a fresh one (decision record 0020). */
export const STALE_WEIGHT = 0.5;

/** Average days in a month, for ages in months. */
export const DAYS_PER_MONTH = 30.4375;

/** `case <column> when 'METHOD' then weight … end`, from OBJECTIVITY (constants only). */
export const objectivitySql = (column: string) =>
  raw(`(case ${column} ${Object.entries(OBJECTIVITY).map(([m, w]) => `when '${m}' then ${w}`).join(' ')} else ${Math.min(...Object.values(OBJECTIVITY))} end)`);
