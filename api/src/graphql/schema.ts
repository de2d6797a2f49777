import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import './enums.js';
import { DateTimeScalar } from './scalars.js';
import { RegionResolver, UnitResolver } from '../modules/geography/index.js';
import { PublicServiceResolver } from '../modules/services/index.js';
import { KioskFieldsResolver, KiosksResolver } from '../modules/kiosks/index.js';
import { IdentityResolver, RoleGrantResolver, authChecker } from '../modules/identity/index.js';
import {
  FeedbackReceiptResolver,
  FeedbackResolver,
  OfficialResponseResolver,
  PublicFeedbackResolver,
  RegionSatisfactionResolver,
  ServiceFeedbackResolver,
  UnitSatisfactionResolver,
} from '../modules/feedback/index.js';
import { AnswersResolver, InboxItemResolver, ReceiptAnswerDueResolver } from '../modules/answers/index.js';
import { ForumPostResolver, ForumResolver, ForumThreadResolver, ServiceForumResolver, UnitForumResolver } from '../modules/forum/index.js';
import { ModerationActionResolver, ModerationItemResolver, ModerationResolver, ReportResolver } from '../modules/moderation/index.js';
import { AdminResolver, SearchSynonymResolver } from '../modules/admin/index.js';
import {
  AssessmentResolver,
  CompetencyInsightResolver,
  CompetencyRegionResolver,
  CompetencyRequirementResolver,
  CompetencyResolver,
  EmployeeCompetencyResolver,
  EmployeeResolver,
  ImportResolver,
  PeopleResolver,
  PositionResolver,
  UnitCompetencyProfileResolver,
} from '../modules/competency/index.js';
import {
  DevelopmentNeedResolver,
  FacilitiesIssueResolver,
  InsightsResolver,
  TrainingImpactResolver,
  TrainingProgramImpactResolver,
  UnitOverviewResolver,
  CitizenVoiceResolver,
  CitizenVoiceConnectionResolver,
  LowScoreReasonCountResolver,
  LowScoreReasonPickResolver,
  PlanResolver,
  DevelopmentNeedParticipationResolver,
  UnitParticipationResolver,
  QualityResolver,
  FollowUpResolver,
} from '../modules/insights/index.js';
import { OpenDataResolver } from '../modules/opendata/index.js';
import { ReportsResolver, SkmReportPreviewResolver, SkmReportResolver } from '../modules/reports/index.js';
import { DataDeletionRequestResolver, PrivacyResolver, ReceiptDataDeletionResolver } from '../modules/privacy/index.js';
import { DevelopmentResolver, EnrolledEmployeeResolver, EnrolmentResolver, TrainingProgramResolver } from '../modules/development/index.js';
import { NotificationsResolver } from '../modules/notifications/index.js';

export const resolvers = [
  RegionResolver,
  UnitResolver,
  PublicServiceResolver,
  IdentityResolver,
  RoleGrantResolver,
  FeedbackResolver,
  ServiceFeedbackResolver,
  UnitSatisfactionResolver,
  RegionSatisfactionResolver,
  PublicFeedbackResolver,
  FeedbackReceiptResolver,
  OfficialResponseResolver,
  ReportResolver,
  AnswersResolver,
  InboxItemResolver,
  ReceiptAnswerDueResolver,
  ForumResolver,
  ForumThreadResolver,
  ForumPostResolver,
  ServiceForumResolver,
  UnitForumResolver,
  ModerationResolver,
  ModerationItemResolver,
  ModerationActionResolver,
  AdminResolver,
  SearchSynonymResolver,
  CompetencyResolver,
  CompetencyInsightResolver,
  ImportResolver,
  UnitCompetencyProfileResolver,
  PeopleResolver,
  PositionResolver,
  CompetencyRequirementResolver,
  AssessmentResolver,
  EmployeeCompetencyResolver,
  EmployeeResolver,
  CompetencyRegionResolver,
  InsightsResolver,
  DevelopmentNeedResolver,
  TrainingImpactResolver,
  FacilitiesIssueResolver,
  UnitOverviewResolver,
  CitizenVoiceResolver,
  CitizenVoiceConnectionResolver,
  LowScoreReasonCountResolver,
  LowScoreReasonPickResolver,
  TrainingProgramImpactResolver,
  DevelopmentResolver,
  TrainingProgramResolver,
  EnrolmentResolver,
  EnrolledEmployeeResolver,
  PlanResolver,
  DevelopmentNeedParticipationResolver,
  UnitParticipationResolver,
  QualityResolver,
  FollowUpResolver,
  OpenDataResolver,
  ReportsResolver,
  SkmReportResolver,
  SkmReportPreviewResolver,
  PrivacyResolver,
  ReceiptDataDeletionResolver,
  DataDeletionRequestResolver,
  NotificationsResolver,
  KiosksResolver,
  KioskFieldsResolver,
] as const;

/** The executable schema; `pnpm codegen` prints it to api/schema.graphql (committed, drift-checked). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    // JS Dates are instants; calendar days use the `Date` scalar explicitly (scalars.ts).
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Input rules live in the services, where they can give field-level messages in two languages.
    validate: false,
  });
}
