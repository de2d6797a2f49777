export { FollowUpPlan } from './follow-up-plan.entity.js';
