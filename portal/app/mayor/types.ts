import type { Grade, Granularity, SkmElement } from '@suara/skm';

/**
 * The parts of the API's service-quality answers (regionOverview, declineAlerts,
 * serviceQualityTrend, unitRanking, trainingImpactSummary) that the dashboard shows. The generated
 * query types satisfy them; the components and tables depend only on these.
 */

export type { Grade, Granularity, SkmElement };

export interface Score {
  responseCount: number;
  ikm?: number | null;
  grade?: Grade | null;
}

export interface PeriodScore extends Score {
  key: string;
  from: string;
  to: string;
  state: 'COMPLETE' | 'RUNNING' | 'FUTURE';
}

export interface Overview {
  surveyPeriod: 'QUARTER' | 'SEMESTER' | 'YEAR';
  current: PeriodScore;
  previous: PeriodScore;
  beforePrevious: PeriodScore;
  gradeDistribution: ReadonlyArray<{ grade?: Grade | null; services: number }>;
  feedback: { awaitingAnswer: number; answeredOnTime: number; answeredLate: number; overdue: number };
}

export interface UnitRef {
  id: string;
  name: string;
  abbreviation?: string | null;
}

export interface ElementChange {
  element: SkmElement;
  average: number;
  previousAverage: number;
  change: number;
}

export interface Alert {
  scope: 'UNIT' | 'SERVICE';
  unit: UnitRef;
  service?: { id: string; slug: string; name: string } | null;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  responseCount: number;
  previousResponseCount: number;
  ikm: number;
  previousIkm: number;
  change: number;
  grade: Grade;
  previousGrade: Grade;
  elements: readonly ElementChange[];
}

export interface TrendPoint extends Score {
  periodStart: string;
  periodEnd: string;
  complete: boolean;
  elements: ReadonlyArray<{ element: SkmElement; average: number }>;
}

export interface RankingRow extends Score {
  unit: UnitRef;
  change?: number | null;
  previousIkm?: number | null;
  previousResponseCount: number;
}

export interface ImpactRow {
  unit: UnitRef;
  competency: { name: string };
  completedAt: string;
  before: { responseCount: number; average?: number | null };
  after: { responseCount: number; average?: number | null };
  change?: number | null;
}

export interface ProgramImpact {
  program: { id: string; title: string };
  completions: number;
  units: number;
  cost?: number | null;
  measuredUnits: number;
  averageChange?: number | null;
  bestChange?: number | null;
  impacts: readonly ImpactRow[];
}
