export { ModerationAction } from './moderation-action.entity.js';
export { Report } from './report.entity.js';
export { CompetencyTag } from './competency-tag.entity.js';
export { ReportResolver } from './moderation.resolver.js';
