export { AdminAuditEntry, AdminEntityType } from './admin-audit.entity.js';
export { recordAudit, type AuditRecord } from './audit.js';
export { AdminResolver } from './admin.resolver.js';
export { createAccountFromCommandLine, type CommandLineAccount } from './command-line-account.js';
export { SearchSynonymResolver } from './search-synonym.resolver.js';
