/**
 * Authorization matrix rows of the mayor's service-quality view (issue 10, decision record 0024).
 * Targets are Mataram's: MAYOR and HR of Mataram and ADMIN read them; the Kupang actors (their own
 * region's mayor and HR included) get FORBIDDEN; officers and moderators are not their audience.
 */
import { only, type OperationRow } from './types.js';

const ALLOWED = only('admin', 'hr', 'mayor');

export const rows: OperationRow[] = [
  {
    operation: 'Query.serviceQualityTrend',
    request: () => ({
      query: `{ serviceQualityTrend(regionSlug: "mataram", from: "2026-01-01", to: "2026-06-30", granularity: MONTH) {
        periodStart periodEnd complete responseCount ikm grade elements { element average } } }`,
    }),
    expect: ALLOWED,
  },
  {
    operation: 'Query.unitRanking',
    request: () => ({
      query: `{ unitRanking(regionSlug: "mataram", from: "2026-01-01", to: "2026-06-30") {
        unit { name } responseCount ikm grade change previousIkm previousResponseCount } }`,
    }),
    expect: ALLOWED,
  },
  {
    operation: 'Query.regionOverview',
    request: () => ({
      query: `{ regionOverview(regionSlug: "mataram") { surveyPeriod current { key ikm state } previous { key ikm } beforePrevious { key ikm }
        gradeDistribution { grade services } feedback { awaitingAnswer answeredOnTime answeredLate overdue } } }`,
    }),
    expect: ALLOWED,
  },
  {
    operation: 'Query.declineAlerts',
    request: () => ({
      query: `{ declineAlerts(regionSlug: "mataram") { scope unit { name } service { name } ikm previousIkm change grade previousGrade
        elements { element average previousAverage change } } }`,
    }),
    expect: ALLOWED,
  },
  {
    operation: 'Query.trainingImpactSummary',
    request: () => ({
      query: `{ trainingImpactSummary(regionSlug: "mataram") { program { title measuredImpact competencies { code } partner { name } }
        completions units cost measuredUnits averageChange bestChange
        impacts { unit { name } competency { code } completedAt before { responseCount average } after { responseCount average } change } } }`,
    }),
    expect: ALLOWED,
  },
];
