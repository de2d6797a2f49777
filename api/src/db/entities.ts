/** Every entity of the model, listed explicitly: no folder scanning, so tsc output, tsx and vitest agree. */
import { Region, Unit } from '../modules/geography/index.js';
import { PublicService, SearchSynonym, SearchWord, ServiceTechnicalCompetency } from '../modules/services/index.js';
import { KioskDevice } from '../modules/kiosks/index.js';
import { Feedback, FeedbackReason, OfficialResponse, OfficialResponseRevision, SatisfactionDaily } from '../modules/feedback/index.js';
import { CompetencyTag, ModerationAction, Report } from '../modules/moderation/index.js';
import { ForumPost, ForumThread } from '../modules/forum/index.js';
import {
  Assessment,
  Competency,
  CompetencyLevel,
  CompetencyRequirement,
  DevelopmentActivity,
  ElementCompetencyMap,
  Employee,
  Position,
} from '../modules/competency/index.js';
import { Enrolment, Partner, TrainingProgram, TrainingProgramCompetency } from '../modules/development/index.js';
import { FollowUpAction, FollowUpPlan, SkmPublication } from '../modules/insights/index.js';
import { InstanceSecret, RoleGrant, StaffAccount, StaffSession } from '../modules/identity/index.js';
import { AdminAuditEntry } from '../modules/admin/index.js';
import { OpenDataRow } from '../modules/opendata/index.js';
import { SkmReport } from '../modules/reports/index.js';
import { DataDeletionRequest, PrivacyAuditEntry } from '../modules/privacy/index.js';
import { NotificationOutbox } from '../modules/notifications/index.js';

export const entities = [
  Region,
  Unit,
  PublicService,
  ServiceTechnicalCompetency,
  SearchSynonym,
  SearchWord,
  Feedback,
  KioskDevice,
  OfficialResponse,
  OfficialResponseRevision,
  SatisfactionDaily,
  FeedbackReason,
  ModerationAction,
  Report,
  CompetencyTag,
  ForumThread,
  ForumPost,
  Competency,
  CompetencyLevel,
  Position,
  CompetencyRequirement,
  Employee,
  Assessment,
  ElementCompetencyMap,
  DevelopmentActivity,
  Partner,
  TrainingProgram,
  TrainingProgramCompetency,
  Enrolment,
  FollowUpPlan,
  FollowUpAction,
  SkmPublication,
  StaffAccount,
  RoleGrant,
  StaffSession,
  InstanceSecret,
  AdminAuditEntry,
  OpenDataRow,
  SkmReport,
  DataDeletionRequest,
  PrivacyAuditEntry,
  NotificationOutbox,
];
