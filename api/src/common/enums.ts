/**
 * Domain enums stored in the database and exposed in GraphQL. Enum names that CONTRACT.md fixes
 * (Role, ModerationStatus, …) keep its spelling exactly.
 */
export { SKM_ELEMENTS, type SkmElement } from '@suara/skm';

export enum RegionKind {
  KOTA = 'KOTA',
  KABUPATEN = 'KABUPATEN',
}

/** How often a region surveys (facts/LAPORAN.md "Periods"); semester is the default. Mirrors @suara/skm's SURVEY_PERIOD_KINDS. */
export enum SurveyPeriodKind {
  QUARTER = 'QUARTER',
  SEMESTER = 'SEMESTER',
  YEAR = 'YEAR',
}

export enum UnitKind {
  SEKRETARIAT = 'SEKRETARIAT',
  DINAS = 'DINAS',
  BADAN = 'BADAN',
  KECAMATAN = 'KECAMATAN',
  KELURAHAN = 'KELURAHAN',
  PUSKESMAS = 'PUSKESMAS',
  RSUD = 'RSUD',
  UPT = 'UPT',
}

export enum ServiceCategory {
  PERIZINAN = 'PERIZINAN',
  KEPENDUDUKAN = 'KEPENDUDUKAN',
  KESEHATAN = 'KESEHATAN',
  PENDIDIKAN = 'PENDIDIKAN',
  INFRASTRUKTUR = 'INFRASTRUKTUR',
  SOSIAL = 'SOSIAL',
  LINGKUNGAN = 'LINGKUNGAN',
  PERHUBUNGAN = 'PERHUBUNGAN',
  ADMINISTRASI = 'ADMINISTRASI',
}

export enum ServiceChannel {
  OFFLINE = 'OFFLINE',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

export enum ModerationStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
  SPAM = 'SPAM',
}

export enum ModerationActionKind {
  APPROVE = 'APPROVE',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  REDACT = 'REDACT',
  MARK_SPAM = 'MARK_SPAM',
}

export enum ModerationItemKind {
  FEEDBACK_COMMENT = 'FEEDBACK_COMMENT',
  FORUM_POST = 'FORUM_POST',
}

/**
 * How a response reached us: the web form, a registered counter kiosk, an import, or a paper
 * questionnaire typed in by HR (`import skm`). Internal: the public contract's FeedbackChannel is
 * { WEB KIOSK }, what a citizen's own submission can be.
 */
export enum FeedbackChannel {
  WEB = 'WEB',
  KIOSK = 'KIOSK',
  IMPORT = 'IMPORT',
  PAPER = 'PAPER',
}

export enum CompetencyKind {
  TEKNIS = 'TEKNIS',
  MANAJERIAL = 'MANAJERIAL',
  SOSIAL_KULTURAL = 'SOSIAL_KULTURAL',
}

export enum PositionKind {
  STRUKTURAL = 'STRUKTURAL',
  FUNGSIONAL = 'FUNGSIONAL',
  PELAKSANA = 'PELAKSANA',
}

export enum EmploymentType {
  PNS = 'PNS',
  PPPK = 'PPPK',
}

export enum AssessmentMethod {
  ASSESSMENT_CENTER = 'ASSESSMENT_CENTER',
  UJI_KOMPETENSI = 'UJI_KOMPETENSI',
  SUPERVISOR = 'SUPERVISOR',
  SELF = 'SELF',
  MULTI_RATER = 'MULTI_RATER',
}

/** What an employee does to grow beyond their position's standard (issue 9, "kursus lanjutan… proyek-proyek besar"). */
export enum DevelopmentActivityKind {
  ADVANCED_COURSE = 'ADVANCED_COURSE',
  STRETCH_ASSIGNMENT = 'STRETCH_ASSIGNMENT',
  ACTING_ROLE = 'ACTING_ROLE',
  MENTORING_OTHERS = 'MENTORING_OTHERS',
}

export enum PartnerKind {
  UNIVERSITY = 'UNIVERSITY',
  NGO = 'NGO',
  PRIVATE = 'PRIVATE',
  AGENCY = 'AGENCY',
}

/** Peraturan LAN 10/2018: classroom and non-classroom training (facts/KOMPETENSI.md). */
export enum TrainingMode {
  KLASIKAL = 'KLASIKAL',
  NON_KLASIKAL = 'NON_KLASIKAL',
}

export enum TrainingForm {
  PELATIHAN_TEKNIS = 'PELATIHAN_TEKNIS',
  PELATIHAN_MANAJERIAL = 'PELATIHAN_MANAJERIAL',
  BIMBINGAN_TEKNIS = 'BIMBINGAN_TEKNIS',
  WORKSHOP = 'WORKSHOP',
  SEMINAR = 'SEMINAR',
  KURSUS = 'KURSUS',
  COACHING = 'COACHING',
  MENTORING = 'MENTORING',
  E_LEARNING = 'E_LEARNING',
  MAGANG = 'MAGANG',
  PATOK_BANDING = 'PATOK_BANDING',
  DETASERING = 'DETASERING',
  KOMUNITAS_BELAJAR = 'KOMUNITAS_BELAJAR',
}

export enum EnrolmentStatus {
  PLANNED = 'PLANNED',
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  /** The employee said no before it started (issue 9: "enggan untuk mengikuti pelatihan"); needs a reason. */
  DECLINED = 'DECLINED',
  /** Invited and enrolled, never came; needs a reason. */
  NO_SHOW = 'NO_SHOW',
  /** Started and left before the end; needs a reason. */
  DROPPED = 'DROPPED',
  /** HR withdrew the place (the program moved or was cut): not counted as an invitation. */
  CANCELLED = 'CANCELLED',
}

export enum Role {
  ADMIN = 'ADMIN',
  MODERATOR = 'MODERATOR',
  UNIT_OFFICER = 'UNIT_OFFICER',
  HR = 'HR',
  MAYOR = 'MAYOR',
}

export enum FollowUpStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  /** Dropped with a reason (facts/LAPORAN.md "Follow-up plans"). */
  DROPPED = 'DROPPED',
}

/**
 * Where SKM results were published (facts/LAPORAN.md "Publication"). PORTAL is the portal's open-data
 * page: automatic, never recorded by hand.
 */
export enum PublicationChannel {
  PORTAL = 'PORTAL',
  WEBSITE = 'WEBSITE',
  NOTICE_BOARD = 'NOTICE_BOARD',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  PRINT = 'PRINT',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** Which items an officer's inbox lists (answers module). */
export enum InboxStatus {
  UNANSWERED = 'UNANSWERED',
  ANSWERED = 'ANSWERED',
  PENDING_MODERATION = 'PENDING_MODERATION',
}

export enum InboxItemKind {
  FEEDBACK_COMMENT = 'FEEDBACK_COMMENT',
  FORUM_THREAD = 'FORUM_THREAD',
}
