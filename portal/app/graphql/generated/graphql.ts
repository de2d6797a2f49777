/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an admin change touched. */
export type AdminEntityType =
  | 'REGION'
  | 'ROLE_GRANT'
  | 'SERVICE'
  | 'STAFF_ACCOUNT'
  | 'UNIT';

export type CompetencyKind =
  | 'MANAJERIAL'
  | 'SOSIAL_KULTURAL'
  | 'TEKNIS';

/** A new region (kota or kabupaten). */
export type CreateRegionInput = {
  kind: RegionKind;
  /** Official name, e.g. Kota Mataram (2–200 characters). */
  name: string;
  /** Whether the public rating form asks for a proof of work (anti-spam check); default false. */
  proofOfWorkRequired?: boolean | null | undefined;
  /** Province, e.g. Nusa Tenggara Barat. */
  province: string;
  /** Address name, e.g. `mataram`: lower-case letters, digits and hyphens; made from the name when not given. Never changes afterwards. */
  slug?: string | null | undefined;
  /** IANA time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT). */
  timeZone: string;
};

/** A new public service with its service standard; its address (slug) is made from the name once and never changes. */
export type CreateServiceInput = {
  /** PERIZINAN, KEPENDUDUKAN, KESEHATAN, PENDIDIKAN, INFRASTRUKTUR, SOSIAL, LINGKUNGAN, PERHUBUNGAN or ADMINISTRASI. */
  category: string;
  channel: ServiceChannel;
  /** What the service is, up to 5000 characters. */
  description?: string | null | undefined;
  /** Expected users a year: the population for the SKM sample size. */
  expectedAnnualUsers: number;
  /** Fee in rupiah; 0 (default) means free. */
  feeRupiah?: number | null | undefined;
  /** 2–200 characters. */
  name: string;
  /** Promised completion time in working days, 0 (on the spot) to 365. */
  promisedDays: number;
  /** Requirements the citizen brings, as published (up to 5000 characters). */
  requirements?: string | null | undefined;
  /** The unit that delivers it; the region follows. */
  unitId: string | number;
};

/** A new staff account; it gets a temporary password and no role (grant roles with `grantRole`). */
export type CreateStaffAccountInput = {
  /** Work email, used to sign in; unique; stored lower-cased. */
  email: string;
  /** Full name as colleagues know it (1–200 characters). */
  name: string;
};

/** A new unit (OPD) of a region. */
export type CreateUnitInput = {
  /** Short name people use (DPMPTSP), up to 40 characters. */
  abbreviation?: string | null | undefined;
  kind: UnitKind;
  /** Official name (2–200 characters); its slug is made from it once. */
  name: string;
  /** The unit above it (a puskesmas under Dinas Kesehatan), in the same region; none at the top. */
  parentId?: string | number | null | undefined;
  regionId: string | number;
};

/** The score given to one SKM element. */
export type ElementScoreInput = {
  element: SkmElement;
  /** 1 (worst) to 4 (best); the answer labels are those of facts/SKM.md. */
  score: number;
};

/** Service quality grade (mutu pelayanan): A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik. */
export type Grade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

/** ADMIN: neither regionId nor unitId. MODERATOR, HR, MAYOR: regionId. UNIT_OFFICER: unitId (its region follows). */
export type GrantRoleInput = {
  accountId: string | number;
  regionId?: string | number | null | undefined;
  role: Role;
  unitId?: string | number | null | undefined;
};

export type InboxItemKind =
  | 'FEEDBACK_COMMENT'
  | 'FORUM_THREAD';

/** UNANSWERED: published and waiting for the unit; ANSWERED: the unit answered; PENDING_MODERATION: comments still held (to prepare, not to answer). */
export type InboxStatus =
  | 'ANSWERED'
  | 'PENDING_MODERATION'
  | 'UNANSWERED';

/** One moderation action on one item. HIDE, REDACT and MARK_SPAM need a reason; REDACT needs redactedText. */
export type ModerateInput = {
  action: ModerationActionKind;
  itemId: string | number;
  reason?: string | null | undefined;
  /** REDACT only: the text the public sees instead of the original. */
  redactedText?: string | null | undefined;
};

/** One action on 1–50 items of regions the caller moderates, all or nothing. REDACT is not allowed in bulk. */
export type ModerateManyInput = {
  action: ModerationActionKind;
  itemIds: Array<string | number>;
  reason?: string | null | undefined;
};

export type ModerationActionKind =
  | 'APPROVE'
  | 'HIDE'
  | 'MARK_SPAM'
  | 'REDACT'
  | 'RESTORE';

export type ModerationItemKind =
  | 'FEEDBACK_COMMENT'
  | 'FORUM_POST';

export type ModerationStatus =
  | 'HIDDEN'
  | 'PENDING'
  | 'PUBLISHED'
  | 'SPAM';

/** Why an employee is in a plan item / Alasan pegawai diikutkan. */
export type ParticipantReason =
  /** Expected to end the year below 20 JP; the program’s JP close part of the shortfall / Kurang dari 20 JP setahun. */
  | 'BELOW_20_JP'
  /** Assessed below the position’s standard on a competency the program targets / Di bawah standar kompetensi jabatan. */
  | 'BELOW_STANDARD'
  /** Not yet assessed on a competency the position requires, where citizens’ feedback points at it and nobody is assessed below / Belum dinilai. */
  | 'NOT_ASSESSED';

export type PostToForumInput = {
  /** The name to show, 1–80 characters. */
  authorName: string;
  /** 1–4000 characters. */
  body: string;
  threadId: string | number;
  /** Leave empty (see StartForumThreadInput.website). */
  website?: string | null | undefined;
};

/** KOTA (city, led by a Wali Kota) or KABUPATEN (regency, led by a Bupati). */
export type RegionKind =
  | 'KABUPATEN'
  | 'KOTA';

/** The optional SKM respondent profile. Codes: see the SKM questionnaire. */
export type RespondentInput = {
  /** One of <20, 20-29, 30-39, 40-49, 50-59, 60+. */
  ageGroup?: string | null | undefined;
  /** One of SD, SMP, SMA, D1-D3, D4-S1, S2, S3. */
  education?: string | null | undefined;
  /** L (laki-laki) or P (perempuan). */
  gender?: string | null | undefined;
  /** One of PNS, TNI, POLRI, SWASTA, WIRAUSAHA, PELAJAR_MAHASISWA, LAINNYA. */
  occupation?: string | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'HR'
  | 'MAYOR'
  | 'MODERATOR'
  | 'UNIT_OFFICER';

/** Where the service is delivered: at the counter, online, or both. */
export type ServiceChannel =
  | 'HYBRID'
  | 'OFFLINE'
  | 'ONLINE';

/** The nine elements (unsur) of the SKM, PermenPANRB 14/2017, in the regulation’s order. */
export type SkmElement =
  | 'BIAYA_TARIF'
  | 'KOMPETENSI_PELAKSANA'
  | 'PENANGANAN_PENGADUAN'
  | 'PERILAKU_PELAKSANA'
  | 'PERSYARATAN'
  | 'PRODUK_SPESIFIKASI'
  | 'SARANA_PRASARANA'
  | 'SISTEM_MEKANISME_PROSEDUR'
  | 'WAKTU_PENYELESAIAN';

/** A citizen’s question to a unit: about one service (serviceId) or the unit as a whole (unitId), exactly one. */
export type StartForumThreadInput = {
  /** The name to show, 1–80 characters (no account behind it). */
  authorName: string;
  /** The question, 1–4000 characters. */
  body: string;
  serviceId?: string | number | null | undefined;
  /** 3–200 characters. */
  title: string;
  unitId?: string | number | null | undefined;
  /** Leave empty: a field people never see, for telling robots apart. */
  website?: string | null | undefined;
};

export type SubmitFeedbackInput = {
  /** Up to 2,000 characters; published only after a moderator approves it. */
  comment?: string | null | undefined;
  /** Private (up to 200 characters): only the unit answering sees it; never returned by a public field. */
  contact?: string | null | undefined;
  /** The hidden form field people never fill in. When it has a value the response is kept as spam and never counts. */
  honeypot?: string | null | undefined;
  /** 8–64 visible characters chosen by the client; the same key twice returns the first receipt and stores once. */
  idempotencyKey: string;
  /** ALTCHA proof-of-work solution (base64), required where the region switches it on. */
  proofOfWork?: string | null | undefined;
  respondent?: RespondentInput | null | undefined;
  /** Exactly one score for each of the nine elements. */
  scores: Array<ElementScoreInput>;
  serviceId: string | number;
};

/** Why a need is left out of the plan / Alasan kebutuhan tidak tercakup. */
export type UncoveredReason =
  /** The budget ran out before it / Anggaran tidak cukup. */
  | 'BUDGET'
  /** Every employee is already enrolled in the suggested programs, or none is below standard / Tidak ada pegawai yang perlu atau dapat diikutkan. */
  | 'NO_ONE_TO_TRAIN'
  /** No visible program targets the competency / Belum ada program untuk kompetensi ini. */
  | 'NO_PROGRAM'
  /** Some of the employees below standard are in the plan, not all / Baru sebagian tercakup. */
  | 'PARTLY_COVERED';

export type UnitKind =
  | 'BADAN'
  | 'DINAS'
  | 'KECAMATAN'
  | 'KELURAHAN'
  | 'PUSKESMAS'
  | 'RSUD'
  | 'SEKRETARIAT'
  | 'UPT';

/** Only the fields given change; the slug never does (it is in printed addresses). */
export type UpdateRegionInput = {
  kind?: RegionKind | null | undefined;
  name?: string | null | undefined;
  /** Turn the rating form’s proof of work (anti-spam check) on or off for this region. */
  proofOfWorkRequired?: boolean | null | undefined;
  province?: string | null | undefined;
  /** IANA time zone. */
  timeZone?: string | null | undefined;
};

/** Only the fields given change. The slug never changes, so printed posters keep working after a rename. */
export type UpdateServiceInput = {
  category?: string | null | undefined;
  channel?: ServiceChannel | null | undefined;
  description?: string | null | undefined;
  expectedAnnualUsers?: number | null | undefined;
  feeRupiah?: number | null | undefined;
  name?: string | null | undefined;
  promisedDays?: number | null | undefined;
  requirements?: string | null | undefined;
};

/** Only the fields given change. `parentId: null` moves the unit to the top of the tree. */
export type UpdateUnitInput = {
  /** Empty to remove it. */
  abbreviation?: string | null | undefined;
  kind?: UnitKind | null | undefined;
  name?: string | null | undefined;
  /** A unit of the same region that is not this one nor below it. */
  parentId?: string | number | null | undefined;
};

export type AdminStaffAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminStaffAccountsQuery = { staffAccounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, email: string, active: boolean, mustChangePassword: boolean, lastLoginAt: string | null, roles: Array<{ id: string, role: Role, region: { id: string, slug: string, name: string } | null, unit: { id: string, name: string } | null }> } }> } };

export type AdminCreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type AdminCreateStaffAccountMutation = { createStaffAccount: { temporaryPassword: string, user: { email: string } } };

export type AdminResetStaffPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminResetStaffPasswordMutation = { resetStaffPassword: { temporaryPassword: string, user: { email: string } } };

export type AdminSetStaffAccountActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type AdminSetStaffAccountActiveMutation = { setStaffAccountActive: { id: string, active: boolean } };

export type AdminRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRegionsQuery = { regions: Array<{ id: string, slug: string, name: string, province: string, proofOfWorkRequired: boolean, units: Array<{ id: string }> }> };

export type AdminUpdateRegionMutationVariables = Exact<{
  id: string | number;
  input: UpdateRegionInput;
}>;


export type AdminUpdateRegionMutation = { updateRegion: { id: string, proofOfWorkRequired: boolean } };

export type AdminGrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type AdminGrantRoleMutation = { grantRole: { id: string } };

export type AdminRevokeRoleMutationVariables = Exact<{
  grantId: string | number;
}>;


export type AdminRevokeRoleMutation = { revokeRole: boolean };

export type AdminScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminScopesQuery = { regions: Array<{ id: string, name: string, units: Array<{ id: string, name: string }> }> };

export type AdminCatalogRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCatalogRegionsQuery = { regions: Array<{ id: string, slug: string, name: string, province: string, kind: RegionKind, headTitle: string, timeZone: string, proofOfWorkRequired: boolean, units: Array<{ id: string }> }> };

export type AdminCatalogRegionQueryVariables = Exact<{
  slug: string;
}>;


export type AdminCatalogRegionQuery = { region: { id: string, slug: string, name: string, province: string, kind: RegionKind, headTitle: string, timeZone: string, proofOfWorkRequired: boolean, units: Array<{ id: string, slug: string, name: string, abbreviation: string | null, kind: UnitKind, parent: { id: string } | null, services: Array<{ slug: string }> }> } | null };

export type AdminCatalogUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminCatalogUnitQuery = { unit: { id: string, slug: string, name: string, abbreviation: string | null, kind: UnitKind, region: { id: string, slug: string, name: string }, services: Array<{ id: string, slug: string, name: string, category: string, description: string, requirements: string, feeRupiah: number, promisedDays: number, channel: ServiceChannel, expectedAnnualUsers: number }> } | null };

export type AdminCreateRegionMutationVariables = Exact<{
  input: CreateRegionInput;
}>;


export type AdminCreateRegionMutation = { createRegion: { id: string, slug: string } };

export type AdminEditRegionMutationVariables = Exact<{
  id: string | number;
  input: UpdateRegionInput;
}>;


export type AdminEditRegionMutation = { updateRegion: { id: string, slug: string } };

export type AdminCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type AdminCreateUnitMutation = { createUnit: { id: string } };

export type AdminUpdateUnitMutationVariables = Exact<{
  id: string | number;
  input: UpdateUnitInput;
}>;


export type AdminUpdateUnitMutation = { updateUnit: { id: string, services: Array<{ slug: string }> } };

export type AdminCreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type AdminCreateServiceMutation = { createService: { id: string, slug: string } };

export type AdminUpdateServiceMutationVariables = Exact<{
  id: string | number;
  input: UpdateServiceInput;
}>;


export type AdminUpdateServiceMutation = { updateService: { id: string, slug: string } };

export type AdminCatalogAuditQueryVariables = Exact<{
  after?: string | null | undefined;
  entityType?: AdminEntityType | null | undefined;
}>;


export type AdminCatalogAuditQuery = { adminAuditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: string, entityType: AdminEntityType, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { name: string } } }> } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { regions: Array<{ slug: string, name: string, province: string }> };

export type SearchServicesQueryVariables = Exact<{
  search?: string | null | undefined;
  regionSlug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchServicesQuery = { services: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } } }> }, regions: Array<{ slug: string, name: string }> };

export type RegionPageQueryVariables = Exact<{
  slug: string;
  months: number;
}>;


export type RegionPageQuery = { region: { slug: string, name: string, province: string, kind: RegionKind, headTitle: string, satisfaction: { periodFrom: string | null, periodTo: string | null, responseCount: number, ikm: number | null, grade: Grade | null, provisional: boolean, requiredSampleSize: number }, units: Array<{ id: string, name: string, abbreviation: string | null, satisfaction: { responseCount: number, ikm: number | null, grade: Grade | null }, services: Array<{ slug: string, name: string }> }> } | null };

export type ServicePageQueryVariables = Exact<{
  slug: string;
  months: number;
  first: number;
  after?: string | null | undefined;
}>;


export type ServicePageQuery = { service: { description: string, category: string, channel: ServiceChannel, promisedDays: number, feeRupiah: number, requirements: string, slug: string, name: string, region: { timeZone: string, slug: string, name: string }, satisfaction: { periodFrom: string | null, periodTo: string | null, responseCount: number, ikm: number | null, grade: Grade | null, provisional: boolean, requiredSampleSize: number, elements: Array<{ element: SkmElement, average: number }> }, feedback: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, submittedAt: string, comment: string | null, response: { body: string, respondedAt: string, unit: { name: string } } | null } }> }, unit: { name: string, abbreviation: string | null } } | null };

export type RatingPageQueryVariables = Exact<{
  slug: string;
}>;


export type RatingPageQuery = { service: { id: string, proofOfWorkRequired: boolean, slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } } | null };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { receiptCode: string } };

export type ProofOfWorkChallengeQueryVariables = Exact<{
  serviceId: string | number;
}>;


export type ProofOfWorkChallengeQuery = { proofOfWorkChallenge: string | null };

export type FeedbackReceiptQueryVariables = Exact<{
  code: string;
}>;


export type FeedbackReceiptQuery = { feedbackReceipt: { code: string, status: ModerationStatus, submittedAt: string, hasComment: boolean, service: { slug: string, name: string, region: { timeZone: string, slug: string, name: string }, unit: { name: string, abbreviation: string | null } }, response: { body: string, respondedAt: string, unit: { name: string } } | null } | null };

export type PosterQueryVariables = Exact<{
  slug: string;
}>;


export type PosterQuery = { service: { slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } } | null };

export type ForumThreadSummaryFragment = { id: string, title: string, authorName: string, createdAt: string, lastActivityAt: string, answered: boolean, postCount: number, service: { slug: string, name: string } | null, unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string, timeZone: string } } };

export type ForumThreadsQueryVariables = Exact<{
  regionSlug?: string | null | undefined;
  unitId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ForumThreadsQuery = { regions: Array<{ slug: string, name: string }>, forumThreads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, authorName: string, createdAt: string, lastActivityAt: string, answered: boolean, postCount: number, service: { slug: string, name: string } | null, unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string, timeZone: string } } } }> } };

export type ForumUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type ForumUnitQuery = { unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string } } | null };

export type ServiceForumQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ServiceForumQuery = { service: { id: string, slug: string, name: string, unit: { id: string, name: string, abbreviation: string | null }, region: { timeZone: string, slug: string, name: string } } | null, forumThreads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, authorName: string, createdAt: string, lastActivityAt: string, answered: boolean, postCount: number, service: { slug: string, name: string } | null, unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string, timeZone: string } } } }> } };

export type ForumThreadQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ForumThreadQuery = { forumThread: { id: string, title: string, authorName: string, createdAt: string, lastActivityAt: string, answered: boolean, postCount: number, posts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, authorName: string, createdAt: string, official: boolean, edited: boolean, officialUnit: { name: string, abbreviation: string | null } | null } }> }, service: { slug: string, name: string } | null, unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string, timeZone: string } } } | null };

export type StartForumThreadMutationVariables = Exact<{
  input: StartForumThreadInput;
}>;


export type StartForumThreadMutation = { startForumThread: { id: string, status: ModerationStatus } };

export type PostToForumMutationVariables = Exact<{
  input: PostToForumInput;
}>;


export type PostToForumMutation = { postToForum: { id: string, status: ModerationStatus } };

export type ServiceSummaryFragment = { slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } };

export type SatisfactionFactsFragment = { periodFrom: string | null, periodTo: string | null, responseCount: number, ikm: number | null, grade: Grade | null, provisional: boolean, requiredSampleSize: number };

export type HrElementMapQueryVariables = Exact<{
  regionSlug: string;
}>;


export type HrElementMapQuery = { elementCompetencyMap: Array<{ element: SkmElement, serviceTechnical: boolean, competencies: Array<{ id: string, code: string, name: string }> }>, competencies: Array<{ id: string, code: string, name: string, kind: CompetencyKind }> };

export type HrSetElementMapMutationVariables = Exact<{
  regionSlug: string;
  element: SkmElement;
  competencyIds: Array<string | number> | string | number;
  serviceTechnical: boolean;
}>;


export type HrSetElementMapMutation = { setElementCompetencies: Array<{ element: SkmElement }> };

export type HrNeedsQueryVariables = Exact<{
  regionSlug: string;
  year?: number | null | undefined;
  competencyId?: string | number | null | undefined;
}>;


export type HrNeedsQuery = { developmentNeeds: Array<{ priority: number, unit: { id: string, name: string }, competency: { id: string, code: string, name: string }, evidence: { feedbackSignal: number, lowScoreCount: number, scoreCount: number, taggedCount: number, competencyGap: number | null, jpShortfall: number | null, periodStart: string, periodEnd: string }, participation: { invited: number, completed: number, declined: number, noShow: number, dropped: number, rate: number | null, low: boolean }, suggestedPrograms: Array<{ id: string, title: string, ownerOffice: string, measuredImpact: number | null, shared: boolean, jp: number, partner: { name: string } | null }> }>, facilitiesIssues: Array<{ responseCount: number, average: number | null, lowScoreCount: number, lowShare: number, unit: { id: string, name: string } }>, competencies: Array<{ id: string, code: string, name: string }> };

export type HrPlanQueryVariables = Exact<{
  regionSlug: string;
  year: number;
  budget: number;
}>;


export type HrPlanQuery = { developmentPlan: { year: number, budget: number, spent: number, remaining: number, items: Array<{ rank: number, participantCount: number, costPerParticipant: number, cost: number, priorityCovered: number, jpAdded: number, explanation: string, explanationEn: string, need: { priority: number, unit: { id: string, name: string }, competency: { code: string, name: string } }, program: { id: string, title: string, ownerOffice: string, jp: number }, participants: Array<{ employeeId: string, name: string, nip: string, reasons: Array<ParticipantReason>, reason: string, reasonEn: string }> }>, uncovered: Array<{ reason: UncoveredReason, employeesLeft: number, costToCover: number | null, explanation: string, explanationEn: string, need: { priority: number, unit: { id: string, name: string }, competency: { code: string, name: string } } }> } };

export type StaffLoginMutationVariables = Exact<{
  email: string;
  password: string;
  proofOfWork?: string | null | undefined;
}>;


export type StaffLoginMutation = { login: { token: string, expiresAt: string, user: { id: string, mustChangePassword: boolean } } };

export type StaffLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLogoutMutation = { logout: boolean };

export type StaffChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type StaffChangePasswordMutation = { changePassword: { token: string, expiresAt: string } };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { me: { id: string, name: string, email: string, mustChangePassword: boolean, roles: Array<{ role: Role, region: { id: string, slug: string, name: string } | null, unit: { id: string, name: string } | null }> } | null };

export type StaffRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffRegionsQuery = { regions: Array<{ id: string, slug: string, name: string }> };

export type TagCompetencyFragment = { id: string, code: string, name: string };

export type ModerationQueueQueryVariables = Exact<{
  regionSlug: string;
  status?: ModerationStatus | null | undefined;
  serviceId?: string | number | null | undefined;
  reported?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ModerationItemKind, text: string, status: ModerationStatus, reportCount: number, submittedAt: string, redacted: boolean, hiddenBySystem: boolean, threadTitle: string | null, authorName: string | null, reports: Array<{ reason: string, at: string, open: boolean }>, competencyTags: Array<{ id: string, code: string, name: string }>, service: { id: string, slug: string, name: string } | null } }> }, competencies: Array<{ id: string, code: string, name: string }> };

export type ModerationItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationItemQuery = { moderationItem: { id: string, kind: ModerationItemKind, text: string, status: ModerationStatus, reportCount: number, submittedAt: string, redacted: boolean, hiddenBySystem: boolean, threadTitle: string | null, authorName: string | null, reports: Array<{ reason: string, at: string, open: boolean }>, competencyTags: Array<{ id: string, code: string, name: string }>, service: { id: string, slug: string, name: string, region: { slug: string } } | null } | null, competencies: Array<{ id: string, code: string, name: string }> };

export type StaffRegionServicesQueryVariables = Exact<{
  regionSlug: string;
}>;


export type StaffRegionServicesQuery = { region: { timeZone: string } | null, services: { edges: Array<{ node: { id: string, name: string } }> } };

export type ModeratedItemFragment = { id: string, status: ModerationStatus, service: { slug: string, region: { slug: string } } | null };

export type ModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type ModerateMutation = { moderate: { id: string, status: ModerationStatus, service: { slug: string, region: { slug: string } } | null } };

export type ModerateManyMutationVariables = Exact<{
  input: ModerateManyInput;
}>;


export type ModerateManyMutation = { moderateMany: Array<{ id: string, status: ModerationStatus, service: { slug: string, region: { slug: string } } | null }> };

export type ModerationLogQueryVariables = Exact<{
  regionSlug?: string | null | undefined;
  itemId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModerationLogQuery = { moderationLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: ModerationActionKind, reason: string | null, at: string, redactedText: string | null, moderator: { name: string, system: boolean }, item: { id: string, kind: ModerationItemKind, text: string, service: { name: string } | null } } }> } };

export type OfficerInboxQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  status?: InboxStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficerInboxQuery = { officerInbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: InboxItemKind, text: string, threadTitle: string | null, submittedAt: string, publishedAt: string | null, dueAt: string | null, workingDaysOpen: number, overdue: boolean, unit: { id: string, name: string, region: { timeZone: string } }, service: { name: string, slug: string, region: { slug: string } } | null, response: { body: string, respondedAt: string, edited: boolean } | null } }> } };

export type RespondToFeedbackMutationVariables = Exact<{
  feedbackId: string | number;
  body: string;
}>;


export type RespondToFeedbackMutation = { respondToFeedback: { id: string, edited: boolean } };

export type AnswerForumThreadMutationVariables = Exact<{
  threadId: string | number;
  body: string;
}>;


export type AnswerForumThreadMutation = { answerForumThread: { id: string } };

export type StaffUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUnitsQuery = { regions: Array<{ id: string, name: string, timeZone: string, units: Array<{ id: string, name: string }> }> };

export type TagCompetencyMutationVariables = Exact<{
  itemId: string | number;
  competencyId: string | number;
}>;


export type TagCompetencyMutation = { tagCompetency: Array<{ id: string }> };

export type UntagCompetencyMutationVariables = Exact<{
  itemId: string | number;
  competencyId: string | number;
}>;


export type UntagCompetencyMutation = { untagCompetency: Array<{ id: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ForumThreadSummaryFragmentDoc = new TypedDocumentString(`
    fragment ForumThreadSummary on ForumThread {
  id
  title
  authorName
  createdAt
  lastActivityAt
  answered
  postCount
  service {
    slug
    name
  }
  unit {
    id
    name
    abbreviation
    region {
      slug
      name
      timeZone
    }
  }
}
    `, {"fragmentName":"ForumThreadSummary"}) as unknown as TypedDocumentString<ForumThreadSummaryFragment, unknown>;
export const ServiceSummaryFragmentDoc = new TypedDocumentString(`
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}
    `, {"fragmentName":"ServiceSummary"}) as unknown as TypedDocumentString<ServiceSummaryFragment, unknown>;
export const SatisfactionFactsFragmentDoc = new TypedDocumentString(`
    fragment SatisfactionFacts on Satisfaction {
  periodFrom
  periodTo
  responseCount
  ikm
  grade
  provisional
  requiredSampleSize
}
    `, {"fragmentName":"SatisfactionFacts"}) as unknown as TypedDocumentString<SatisfactionFactsFragment, unknown>;
export const TagCompetencyFragmentDoc = new TypedDocumentString(`
    fragment TagCompetency on Competency {
  id
  code
  name
}
    `, {"fragmentName":"TagCompetency"}) as unknown as TypedDocumentString<TagCompetencyFragment, unknown>;
export const ModeratedItemFragmentDoc = new TypedDocumentString(`
    fragment ModeratedItem on ModerationItem {
  id
  status
  service {
    slug
    region {
      slug
    }
  }
}
    `, {"fragmentName":"ModeratedItem"}) as unknown as TypedDocumentString<ModeratedItemFragment, unknown>;
export const AdminStaffAccountsDocument = new TypedDocumentString(`
    query AdminStaffAccounts($search: String, $after: String) {
  staffAccounts(search: $search, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        email
        active
        mustChangePassword
        lastLoginAt
        roles {
          id
          role
          region {
            id
            slug
            name
          }
          unit {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminStaffAccountsQuery, AdminStaffAccountsQueryVariables>;
export const AdminCreateStaffAccountDocument = new TypedDocumentString(`
    mutation AdminCreateStaffAccount($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) {
    temporaryPassword
    user {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateStaffAccountMutation, AdminCreateStaffAccountMutationVariables>;
export const AdminResetStaffPasswordDocument = new TypedDocumentString(`
    mutation AdminResetStaffPassword($id: ID!) {
  resetStaffPassword(id: $id) {
    temporaryPassword
    user {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AdminResetStaffPasswordMutation, AdminResetStaffPasswordMutationVariables>;
export const AdminSetStaffAccountActiveDocument = new TypedDocumentString(`
    mutation AdminSetStaffAccountActive($id: ID!, $active: Boolean!) {
  setStaffAccountActive(id: $id, active: $active) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<AdminSetStaffAccountActiveMutation, AdminSetStaffAccountActiveMutationVariables>;
export const AdminRegionsDocument = new TypedDocumentString(`
    query AdminRegions {
  regions {
    id
    slug
    name
    province
    proofOfWorkRequired
    units {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRegionsQuery, AdminRegionsQueryVariables>;
export const AdminUpdateRegionDocument = new TypedDocumentString(`
    mutation AdminUpdateRegion($id: ID!, $input: UpdateRegionInput!) {
  updateRegion(id: $id, input: $input) {
    id
    proofOfWorkRequired
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateRegionMutation, AdminUpdateRegionMutationVariables>;
export const AdminGrantRoleDocument = new TypedDocumentString(`
    mutation AdminGrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminGrantRoleMutation, AdminGrantRoleMutationVariables>;
export const AdminRevokeRoleDocument = new TypedDocumentString(`
    mutation AdminRevokeRole($grantId: ID!) {
  revokeRole(grantId: $grantId)
}
    `) as unknown as TypedDocumentString<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>;
export const AdminScopesDocument = new TypedDocumentString(`
    query AdminScopes {
  regions {
    id
    name
    units {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminScopesQuery, AdminScopesQueryVariables>;
export const AdminCatalogRegionsDocument = new TypedDocumentString(`
    query AdminCatalogRegions {
  regions {
    id
    slug
    name
    province
    kind
    headTitle
    timeZone
    proofOfWorkRequired
    units {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCatalogRegionsQuery, AdminCatalogRegionsQueryVariables>;
export const AdminCatalogRegionDocument = new TypedDocumentString(`
    query AdminCatalogRegion($slug: String!) {
  region(slug: $slug) {
    id
    slug
    name
    province
    kind
    headTitle
    timeZone
    proofOfWorkRequired
    units {
      id
      slug
      name
      abbreviation
      kind
      parent {
        id
      }
      services {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCatalogRegionQuery, AdminCatalogRegionQueryVariables>;
export const AdminCatalogUnitDocument = new TypedDocumentString(`
    query AdminCatalogUnit($id: ID!) {
  unit(id: $id) {
    id
    slug
    name
    abbreviation
    kind
    region {
      id
      slug
      name
    }
    services {
      id
      slug
      name
      category
      description
      requirements
      feeRupiah
      promisedDays
      channel
      expectedAnnualUsers
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCatalogUnitQuery, AdminCatalogUnitQueryVariables>;
export const AdminCreateRegionDocument = new TypedDocumentString(`
    mutation AdminCreateRegion($input: CreateRegionInput!) {
  createRegion(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<AdminCreateRegionMutation, AdminCreateRegionMutationVariables>;
export const AdminEditRegionDocument = new TypedDocumentString(`
    mutation AdminEditRegion($id: ID!, $input: UpdateRegionInput!) {
  updateRegion(id: $id, input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<AdminEditRegionMutation, AdminEditRegionMutationVariables>;
export const AdminCreateUnitDocument = new TypedDocumentString(`
    mutation AdminCreateUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUnitMutation, AdminCreateUnitMutationVariables>;
export const AdminUpdateUnitDocument = new TypedDocumentString(`
    mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {
  updateUnit(id: $id, input: $input) {
    id
    services {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateUnitMutation, AdminUpdateUnitMutationVariables>;
export const AdminCreateServiceDocument = new TypedDocumentString(`
    mutation AdminCreateService($input: CreateServiceInput!) {
  createService(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<AdminCreateServiceMutation, AdminCreateServiceMutationVariables>;
export const AdminUpdateServiceDocument = new TypedDocumentString(`
    mutation AdminUpdateService($id: ID!, $input: UpdateServiceInput!) {
  updateService(id: $id, input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateServiceMutation, AdminUpdateServiceMutationVariables>;
export const AdminCatalogAuditDocument = new TypedDocumentString(`
    query AdminCatalogAudit($after: String, $entityType: AdminEntityType) {
  adminAuditLog(first: 25, after: $after, entityType: $entityType) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        entityType
        entityId
        before
        after
        actor {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCatalogAuditQuery, AdminCatalogAuditQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  regions {
    slug
    name
    province
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const SearchServicesDocument = new TypedDocumentString(`
    query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {
  services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ServiceSummary
      }
    }
  }
  regions {
    slug
    name
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<SearchServicesQuery, SearchServicesQueryVariables>;
export const RegionPageDocument = new TypedDocumentString(`
    query RegionPage($slug: String!, $months: Int!) {
  region(slug: $slug) {
    slug
    name
    province
    kind
    headTitle
    satisfaction(lastMonths: $months) {
      ...SatisfactionFacts
    }
    units {
      id
      name
      abbreviation
      satisfaction(lastMonths: $months) {
        responseCount
        ikm
        grade
      }
      services {
        slug
        name
      }
    }
  }
}
    fragment SatisfactionFacts on Satisfaction {
  periodFrom
  periodTo
  responseCount
  ikm
  grade
  provisional
  requiredSampleSize
}`) as unknown as TypedDocumentString<RegionPageQuery, RegionPageQueryVariables>;
export const ServicePageDocument = new TypedDocumentString(`
    query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {
  service(slug: $slug) {
    ...ServiceSummary
    description
    category
    channel
    promisedDays
    feeRupiah
    requirements
    region {
      timeZone
    }
    satisfaction(lastMonths: $months) {
      ...SatisfactionFacts
      elements {
        element
        average
      }
    }
    feedback(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          submittedAt
          comment
          response {
            body
            respondedAt
            unit {
              name
            }
          }
        }
      }
    }
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}
fragment SatisfactionFacts on Satisfaction {
  periodFrom
  periodTo
  responseCount
  ikm
  grade
  provisional
  requiredSampleSize
}`) as unknown as TypedDocumentString<ServicePageQuery, ServicePageQueryVariables>;
export const RatingPageDocument = new TypedDocumentString(`
    query RatingPage($slug: String!) {
  service(slug: $slug) {
    id
    proofOfWorkRequired
    ...ServiceSummary
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<RatingPageQuery, RatingPageQueryVariables>;
export const SubmitFeedbackDocument = new TypedDocumentString(`
    mutation SubmitFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    receiptCode
  }
}
    `) as unknown as TypedDocumentString<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const ProofOfWorkChallengeDocument = new TypedDocumentString(`
    query ProofOfWorkChallenge($serviceId: ID!) {
  proofOfWorkChallenge(serviceId: $serviceId)
}
    `) as unknown as TypedDocumentString<ProofOfWorkChallengeQuery, ProofOfWorkChallengeQueryVariables>;
export const FeedbackReceiptDocument = new TypedDocumentString(`
    query FeedbackReceipt($code: String!) {
  feedbackReceipt(code: $code) {
    code
    status
    submittedAt
    hasComment
    service {
      ...ServiceSummary
      region {
        timeZone
      }
    }
    response {
      body
      respondedAt
      unit {
        name
      }
    }
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<FeedbackReceiptQuery, FeedbackReceiptQueryVariables>;
export const PosterDocument = new TypedDocumentString(`
    query Poster($slug: String!) {
  service(slug: $slug) {
    ...ServiceSummary
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<PosterQuery, PosterQueryVariables>;
export const ForumThreadsDocument = new TypedDocumentString(`
    query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {
  regions {
    slug
    name
  }
  forumThreads(
    regionSlug: $regionSlug
    unitId: $unitId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ForumThreadSummary
      }
    }
  }
}
    fragment ForumThreadSummary on ForumThread {
  id
  title
  authorName
  createdAt
  lastActivityAt
  answered
  postCount
  service {
    slug
    name
  }
  unit {
    id
    name
    abbreviation
    region {
      slug
      name
      timeZone
    }
  }
}`) as unknown as TypedDocumentString<ForumThreadsQuery, ForumThreadsQueryVariables>;
export const ForumUnitDocument = new TypedDocumentString(`
    query ForumUnit($id: ID!) {
  unit(id: $id) {
    id
    name
    abbreviation
    region {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ForumUnitQuery, ForumUnitQueryVariables>;
export const ServiceForumDocument = new TypedDocumentString(`
    query ServiceForum($slug: String!, $first: Int!, $after: String) {
  service(slug: $slug) {
    id
    ...ServiceSummary
    unit {
      id
    }
    region {
      timeZone
    }
  }
  forumThreads(serviceSlug: $slug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ForumThreadSummary
      }
    }
  }
}
    fragment ForumThreadSummary on ForumThread {
  id
  title
  authorName
  createdAt
  lastActivityAt
  answered
  postCount
  service {
    slug
    name
  }
  unit {
    id
    name
    abbreviation
    region {
      slug
      name
      timeZone
    }
  }
}
fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<ServiceForumQuery, ServiceForumQueryVariables>;
export const ForumThreadDocument = new TypedDocumentString(`
    query ForumThread($id: ID!, $first: Int!, $after: String) {
  forumThread(id: $id) {
    ...ForumThreadSummary
    posts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          body
          authorName
          createdAt
          official
          edited
          officialUnit {
            name
            abbreviation
          }
        }
      }
    }
  }
}
    fragment ForumThreadSummary on ForumThread {
  id
  title
  authorName
  createdAt
  lastActivityAt
  answered
  postCount
  service {
    slug
    name
  }
  unit {
    id
    name
    abbreviation
    region {
      slug
      name
      timeZone
    }
  }
}`) as unknown as TypedDocumentString<ForumThreadQuery, ForumThreadQueryVariables>;
export const StartForumThreadDocument = new TypedDocumentString(`
    mutation StartForumThread($input: StartForumThreadInput!) {
  startForumThread(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartForumThreadMutation, StartForumThreadMutationVariables>;
export const PostToForumDocument = new TypedDocumentString(`
    mutation PostToForum($input: PostToForumInput!) {
  postToForum(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PostToForumMutation, PostToForumMutationVariables>;
export const HrElementMapDocument = new TypedDocumentString(`
    query HrElementMap($regionSlug: String!) {
  elementCompetencyMap(regionSlug: $regionSlug) {
    element
    serviceTechnical
    competencies {
      id
      code
      name
    }
  }
  competencies {
    id
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<HrElementMapQuery, HrElementMapQueryVariables>;
export const HrSetElementMapDocument = new TypedDocumentString(`
    mutation HrSetElementMap($regionSlug: String!, $element: SkmElement!, $competencyIds: [ID!]!, $serviceTechnical: Boolean!) {
  setElementCompetencies(
    regionSlug: $regionSlug
    element: $element
    competencyIds: $competencyIds
    serviceTechnical: $serviceTechnical
  ) {
    element
  }
}
    `) as unknown as TypedDocumentString<HrSetElementMapMutation, HrSetElementMapMutationVariables>;
export const HrNeedsDocument = new TypedDocumentString(`
    query HrNeeds($regionSlug: String!, $year: Int, $competencyId: ID) {
  developmentNeeds(
    regionSlug: $regionSlug
    year: $year
    competencyId: $competencyId
    first: 50
  ) {
    unit {
      id
      name
    }
    competency {
      id
      code
      name
    }
    priority
    evidence {
      feedbackSignal
      lowScoreCount
      scoreCount
      taggedCount
      competencyGap
      jpShortfall
      periodStart
      periodEnd
    }
    participation {
      invited
      completed
      declined
      noShow
      dropped
      rate
      low
    }
    suggestedPrograms {
      id
      title
      ownerOffice
      measuredImpact
      shared
      jp
      partner {
        name
      }
    }
  }
  facilitiesIssues(regionSlug: $regionSlug, year: $year) {
    unit {
      id
      name
    }
    responseCount
    average
    lowScoreCount
    lowShare
  }
  competencies {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<HrNeedsQuery, HrNeedsQueryVariables>;
export const HrPlanDocument = new TypedDocumentString(`
    query HrPlan($regionSlug: String!, $year: Int!, $budget: Float!) {
  developmentPlan(regionSlug: $regionSlug, year: $year, budget: $budget) {
    year
    budget
    spent
    remaining
    items {
      rank
      need {
        unit {
          id
          name
        }
        competency {
          code
          name
        }
        priority
      }
      program {
        id
        title
        ownerOffice
        jp
      }
      participants {
        employeeId
        name
        nip
        reasons
        reason
        reasonEn
      }
      participantCount
      costPerParticipant
      cost
      priorityCovered
      jpAdded
      explanation
      explanationEn
    }
    uncovered {
      need {
        unit {
          id
          name
        }
        competency {
          code
          name
        }
        priority
      }
      reason
      employeesLeft
      costToCover
      explanation
      explanationEn
    }
  }
}
    `) as unknown as TypedDocumentString<HrPlanQuery, HrPlanQueryVariables>;
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($email: String!, $password: String!, $proofOfWork: String) {
  login(email: $email, password: $password, proofOfWork: $proofOfWork) {
    token
    expiresAt
    user {
      id
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;
export const StaffLogoutDocument = new TypedDocumentString(`
    mutation StaffLogout {
  logout
}
    `) as unknown as TypedDocumentString<StaffLogoutMutation, StaffLogoutMutationVariables>;
export const StaffChangePasswordDocument = new TypedDocumentString(`
    mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<StaffChangePasswordMutation, StaffChangePasswordMutationVariables>;
export const StaffMeDocument = new TypedDocumentString(`
    query StaffMe {
  me {
    id
    name
    email
    mustChangePassword
    roles {
      role
      region {
        id
        slug
        name
      }
      unit {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffMeQuery, StaffMeQueryVariables>;
export const StaffRegionsDocument = new TypedDocumentString(`
    query StaffRegions {
  regions {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<StaffRegionsQuery, StaffRegionsQueryVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($regionSlug: String!, $status: ModerationStatus, $serviceId: ID, $reported: Boolean, $first: Int, $after: String) {
  moderationQueue(
    regionSlug: $regionSlug
    status: $status
    serviceId: $serviceId
    reported: $reported
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        text
        status
        reportCount
        submittedAt
        redacted
        hiddenBySystem
        threadTitle
        authorName
        reports {
          reason
          at
          open
        }
        competencyTags {
          ...TagCompetency
        }
        service {
          id
          slug
          name
        }
      }
    }
  }
  competencies {
    ...TagCompetency
  }
}
    fragment TagCompetency on Competency {
  id
  code
  name
}`) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerationItemDocument = new TypedDocumentString(`
    query ModerationItem($id: ID!) {
  moderationItem(id: $id) {
    id
    kind
    text
    status
    reportCount
    submittedAt
    redacted
    hiddenBySystem
    threadTitle
    authorName
    reports {
      reason
      at
      open
    }
    competencyTags {
      ...TagCompetency
    }
    service {
      id
      slug
      name
      region {
        slug
      }
    }
  }
  competencies {
    ...TagCompetency
  }
}
    fragment TagCompetency on Competency {
  id
  code
  name
}`) as unknown as TypedDocumentString<ModerationItemQuery, ModerationItemQueryVariables>;
export const StaffRegionServicesDocument = new TypedDocumentString(`
    query StaffRegionServices($regionSlug: String!) {
  region(slug: $regionSlug) {
    timeZone
  }
  services(regionSlug: $regionSlug, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffRegionServicesQuery, StaffRegionServicesQueryVariables>;
export const ModerateDocument = new TypedDocumentString(`
    mutation Moderate($input: ModerateInput!) {
  moderate(input: $input) {
    ...ModeratedItem
  }
}
    fragment ModeratedItem on ModerationItem {
  id
  status
  service {
    slug
    region {
      slug
    }
  }
}`) as unknown as TypedDocumentString<ModerateMutation, ModerateMutationVariables>;
export const ModerateManyDocument = new TypedDocumentString(`
    mutation ModerateMany($input: ModerateManyInput!) {
  moderateMany(input: $input) {
    ...ModeratedItem
  }
}
    fragment ModeratedItem on ModerationItem {
  id
  status
  service {
    slug
    region {
      slug
    }
  }
}`) as unknown as TypedDocumentString<ModerateManyMutation, ModerateManyMutationVariables>;
export const ModerationLogDocument = new TypedDocumentString(`
    query ModerationLog($regionSlug: String, $itemId: ID, $first: Int, $after: String) {
  moderationLog(
    regionSlug: $regionSlug
    itemId: $itemId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        reason
        at
        redactedText
        moderator {
          name
          system
        }
        item {
          id
          kind
          text
          service {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationLogQuery, ModerationLogQueryVariables>;
export const OfficerInboxDocument = new TypedDocumentString(`
    query OfficerInbox($unitId: ID, $status: InboxStatus, $first: Int, $after: String) {
  officerInbox(unitId: $unitId, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        text
        threadTitle
        submittedAt
        publishedAt
        dueAt
        workingDaysOpen
        overdue
        unit {
          id
          name
          region {
            timeZone
          }
        }
        service {
          name
          slug
          region {
            slug
          }
        }
        response {
          body
          respondedAt
          edited
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficerInboxQuery, OfficerInboxQueryVariables>;
export const RespondToFeedbackDocument = new TypedDocumentString(`
    mutation RespondToFeedback($feedbackId: ID!, $body: String!) {
  respondToFeedback(feedbackId: $feedbackId, body: $body) {
    id
    edited
  }
}
    `) as unknown as TypedDocumentString<RespondToFeedbackMutation, RespondToFeedbackMutationVariables>;
export const AnswerForumThreadDocument = new TypedDocumentString(`
    mutation AnswerForumThread($threadId: ID!, $body: String!) {
  answerForumThread(threadId: $threadId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<AnswerForumThreadMutation, AnswerForumThreadMutationVariables>;
export const StaffUnitsDocument = new TypedDocumentString(`
    query StaffUnits {
  regions {
    id
    name
    timeZone
    units {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUnitsQuery, StaffUnitsQueryVariables>;
export const TagCompetencyDocument = new TypedDocumentString(`
    mutation TagCompetency($itemId: ID!, $competencyId: ID!) {
  tagCompetency(itemId: $itemId, competencyId: $competencyId) {
    id
  }
}
    `) as unknown as TypedDocumentString<TagCompetencyMutation, TagCompetencyMutationVariables>;
export const UntagCompetencyDocument = new TypedDocumentString(`
    mutation UntagCompetency($itemId: ID!, $competencyId: ID!) {
  untagCompetency(itemId: $itemId, competencyId: $competencyId) {
    id
  }
}
    `) as unknown as TypedDocumentString<UntagCompetencyMutation, UntagCompetencyMutationVariables>;