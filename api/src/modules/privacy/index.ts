export { DataDeletionRequest, DataDeletionStatus, DataDeletionChannel } from './data-deletion-request.entity.js';
export { PrivacyAuditEntry, PrivacyAuditAction } from './privacy-audit-entry.entity.js';
export { PrivacyResolver, ReceiptDataDeletionResolver, DataDeletionRequestResolver } from './privacy.resolver.js';
export { sweepRetention, retentionSummary, type RetentionResult, type RetentionCounts } from './retention.service.js';
