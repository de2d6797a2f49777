export { FollowUpPlan } from './follow-up-plan.entity.js';
export { InsightsResolver, DevelopmentNeedResolver, TrainingImpactResolver, FacilitiesIssueResolver } from './insights.resolver.js';
export { PlanResolver, DevelopmentNeedParticipationResolver, UnitParticipationResolver } from './plan.resolver.js';
export { participationLoader } from './participation.service.js';
