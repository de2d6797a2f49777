export { FollowUpPlan, FollowUpAction } from './follow-up-plan.entity.js';
export { SkmPublication } from './publication.entity.js';
export { competencyTagsLoader } from './tagging.service.js';
export {
  InsightsResolver,
  CitizenVoiceResolver,
  CitizenVoiceConnectionResolver,
  LowScoreReasonCountResolver,
  LowScoreReasonPickResolver,
  DevelopmentNeedResolver,
  TrainingImpactResolver,
  FacilitiesIssueResolver,
  UnitOverviewResolver,
  TrainingProgramImpactResolver,
} from './insights.resolver.js';
export { measuredImpactLoader } from './impact.loader.js';
export { PlanResolver, DevelopmentNeedParticipationResolver, UnitParticipationResolver } from './plan.resolver.js';
export { participationLoader } from './participation.service.js';
export { QualityResolver } from './quality.resolver.js';
export {
  serviceQualityTrend,
  unitRanking,
  regionOverview,
  declineAlerts,
  previousRange,
  trendBuckets,
  alertRanges,
  declineOf,
  fallingElements,
  checkQualityRange,
  qualityRegion,
  MAX_RANGE_DAYS,
  ALERT_MIN_RESPONSES,
  ALERT_IKM_DROP,
  type TrendArgs,
  type RankingArgs,
  type AlertSide,
  type TrendBucket,
} from './quality.service.js';
export { trainingImpactSummary } from './quality-training.js';
export { feedbackFollowUp } from './quality-feedback.js';
export { TrendPointType, UnitScoreType, RegionOverviewType, DeclineAlertType, ProgramImpactType, PeriodStateEnum, AlertScope } from './quality.types.js';
export { FollowUpResolver } from './follow-up.resolver.js';
export { followUpForReport, publicationsForReport, type FollowUpForReport, type ReportAction, type ReportPlan, type ReportPublication } from './follow-up.report.js';
export { DEFAULT_DUE_DAYS, SOURCE_COMMENTS, SUGGESTED_ACTION, weakestElements } from './follow-up.rules.js';
