export { FollowUpPlan, FollowUpAction } from './follow-up-plan.entity.js';
export { SkmPublication } from './publication.entity.js';
export { competencyTagsLoader } from './tagging.service.js';
export {
  InsightsResolver,
  CitizenVoiceResolver,
  DevelopmentNeedResolver,
  TrainingImpactResolver,
  FacilitiesIssueResolver,
  UnitOverviewResolver,
  TrainingProgramImpactResolver,
} from './insights.resolver.js';
export { measuredImpactLoader } from './impact.loader.js';
export { PlanResolver, DevelopmentNeedParticipationResolver, UnitParticipationResolver } from './plan.resolver.js';
export { participationLoader } from './participation.service.js';
