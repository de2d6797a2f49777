export { ModerationAction } from './moderation-action.entity.js';
export { Report } from './report.entity.js';
export { CompetencyTag } from './competency-tag.entity.js';
export { ReportResolver, ModerationResolver, ModerationItemResolver, ModerationActionResolver } from './moderation.resolver.js';
export { moderationItemsLoader } from './moderation.loader.js';
export { SYSTEM_NAME } from './moderation.service.js';
export { systemReason } from './report.service.js';
