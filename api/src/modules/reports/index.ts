export { SkmReport } from './skm-report.entity.js';
export { ReportsResolver, SkmReportResolver, SkmReportPreviewResolver } from './reports.resolver.js';
export { reviseStaleReports, reviseOnTimer, publishSkmReport, revisionReasonText, periodFor } from './reports.service.js';
export { buildReportContent, type SkmReportContent } from './report-content.js';
