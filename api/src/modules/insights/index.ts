export { FollowUpPlan } from './follow-up-plan.entity.js';
export { InsightsResolver, DevelopmentNeedResolver, TrainingImpactResolver, FacilitiesIssueResolver } from './insights.resolver.js';
