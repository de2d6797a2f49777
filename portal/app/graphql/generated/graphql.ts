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
  | 'SEARCH_SYNONYM'
  | 'SERVICE'
  | 'STAFF_ACCOUNT'
  | 'UNIT';

/** What a decline alert is about / Cakupan peringatan penurunan. */
export type AlertScope =
  /** One public service / Satu layanan publik. */
  | 'SERVICE'
  /** All services of a unit together / Seluruh layanan satu unit. */
  | 'UNIT';

/** How a competency was assessed, most objective first: ASSESSMENT_CENTER and UJI_KOMPETENSI, MULTI_RATER, SUPERVISOR, SELF (decision record 0020) / Metode penilaian kompetensi. */
export type AssessmentMethod =
  /** An assessment centre: trained assessors, several exercises / Pusat penilaian (assessment center). */
  | 'ASSESSMENT_CENTER'
  /** Several raters: superior, peers and subordinates (360°) / Penilaian 360 derajat. */
  | 'MULTI_RATER'
  /** The employee’s own judgement, the least objective / Penilaian diri sendiri. */
  | 'SELF'
  /** The direct superior’s judgement / Penilaian atasan langsung. */
  | 'SUPERVISOR'
  /** A competency test against the standard / Uji kompetensi. */
  | 'UJI_KOMPETENSI';

/** A technical competency of a region’s own dictionary / Kompetensi teknis kamus daerah. */
export type CompetencyInput = {
  /** Stable code: T- then capital letters, digits and hyphens, e.g. T-ARSIP-DIGITAL; unique, never changes / Kode tetap, unik, tidak dapat diubah. */
  code: string;
  /** What it is about, up to 2,000 characters / Uraian, paling banyak 2.000 karakter. */
  description?: string | null | undefined;
  /** Exactly five level descriptors, level 1 first, none empty / Tepat lima deskripsi level, level 1 lebih dulu. */
  levels: Array<string>;
  /** Name, 2–200 characters / Nama kompetensi, 2–200 karakter. */
  name: string;
  /** The region that owns it / Daerah pemiliknya. */
  regionSlug: string;
};

/** The three kinds of ASN competency (PermenPANRB 38/2017) / Tiga jenis kompetensi ASN. */
export type CompetencyKind =
  /** Managerial: the 8 competencies of PermenPANRB 38/2017 / Manajerial: 8 kompetensi PermenPANRB 38/2017. */
  | 'MANAJERIAL'
  /** Socio-cultural: Perekat Bangsa / Sosial kultural: Perekat Bangsa. */
  | 'SOSIAL_KULTURAL'
  /** Technical: specific to a field of work, national or a region’s own / Teknis: khusus bidang kerja, nasional atau milik daerah. */
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

/** How the request came: the tracking page, or a letter or e-mail entered by staff / Jalur permintaan. */
export type DataDeletionChannel =
  | 'STAFF'
  | 'TRACKING_PAGE';

/** Where a request to erase a rating’s personal data stands / Status permintaan hapus data pribadi. */
export type DataDeletionStatus =
  | 'CONFIRMED'
  | 'PENDING'
  | 'REJECTED';

/** A development activity to record / Kegiatan pengembangan yang dicatat. */
export type DevelopmentActivityInput = {
  /** The competency it develops / Kompetensi yang dikembangkan. */
  competencyId?: string | number | null | undefined;
  /** The employee / Pegawai. */
  employeeId: string | number;
  /** Last day, not before the first / Tanggal selesai. */
  endedOn?: string | null | undefined;
  /** Kind / Jenis. */
  kind: DevelopmentActivityKind;
  /** A note, at most 1000 characters / Catatan, paling banyak 1000 karakter. */
  note?: string | null | undefined;
  /** First day / Tanggal mulai. */
  startedOn: string;
  /** Title, 3–200 characters / Judul, 3–200 karakter. */
  title: string;
};

/** Kind of development activity / Jenis kegiatan pengembangan. */
export type DevelopmentActivityKind =
  /** Acting in a higher position for a time / Pelaksana tugas jabatan lebih tinggi. */
  | 'ACTING_ROLE'
  /** An advanced course beyond the position’s standard / Kursus lanjutan. */
  | 'ADVANCED_COURSE'
  /** Mentoring colleagues in the competency / Membimbing rekan kerja. */
  | 'MENTORING_OTHERS'
  /** A large project or assignment beyond the position / Penugasan proyek besar. */
  | 'STRETCH_ASSIGNMENT';

/** The score given to one SKM element. */
export type ElementScoreInput = {
  element: SkmElement;
  /** 1 (worst) to 4 (best); the answer labels are those of facts/SKM.md. */
  score: number;
};

/** An employee; with id an existing one is updated / Pegawai; dengan id, pegawai yang ada diubah. */
export type EmployeeInput = {
  /** PNS or PPPK / PNS atau PPPK. */
  employmentType: EmploymentType;
  /** The employee to update; none to add one / Pegawai yang diubah; kosong untuk menambah. */
  id?: string | number | null | undefined;
  /** Full name, 1–200 characters / Nama lengkap, 1–200 karakter. */
  name: string;
  /** NIP, 18 digits (spaces allowed); unique / NIP, 18 angka; unik. */
  nip: string;
  /** A position of that unit / Jabatan di unit itu. */
  positionId?: string | number | null | undefined;
  /** A unit of the region / Unit di daerah. */
  unitId: string | number;
};

/** PNS (civil servant) or PPPK (government employee on contract) / Jenis pegawai ASN. */
export type EmploymentType =
  /** A civil servant (Pegawai Negeri Sipil) / Pegawai Negeri Sipil. */
  | 'PNS'
  /** A government employee on a work agreement / Pegawai Pemerintah dengan Perjanjian Kerja. */
  | 'PPPK';

/** PLANNED → ENROLLED → COMPLETED; PLANNED → DECLINED; ENROLLED → NO_SHOW or DROPPED (these three with a reason); CANCELLED by HR / Status keikutsertaan: direncanakan, terdaftar, selesai, menolak, tidak hadir, berhenti, dibatalkan. */
export type EnrolmentStatus =
  /** Cancelled by HR / Dibatalkan BKPSDM. */
  | 'CANCELLED'
  /** Completed; its JP count / Selesai; JP dihitung. */
  | 'COMPLETED'
  /** The employee declined (with a reason) / Menolak (dengan alasan). */
  | 'DECLINED'
  /** Started but stopped (with a reason) / Berhenti di tengah (dengan alasan). */
  | 'DROPPED'
  /** Registered for the program / Terdaftar. */
  | 'ENROLLED'
  /** Did not attend (with a reason) / Tidak hadir (dengan alasan). */
  | 'NO_SHOW'
  /** Planned by HR, not yet confirmed / Direncanakan. */
  | 'PLANNED';

/** A change of an enrolment’s status / Perubahan status keikutsertaan. */
export type EnrolmentUpdateInput = {
  /** COMPLETED: the day, not in the future / Tanggal selesai, tidak di masa depan. */
  completedOn?: string | null | undefined;
  /** The enrolment / Id keikutsertaan. */
  id: string | number;
  /** COMPLETED: JP earned, 0 to the program’s JP; default the program’s JP / JP yang diperoleh. */
  jpEarned?: number | null | undefined;
  /** Required for DECLINED, NO_SHOW and DROPPED; optional for CANCELLED; up to 500 characters / Alasan, paling banyak 500 karakter. */
  reason?: string | null | undefined;
  /** The new status; see EnrolmentStatus for the allowed steps / Status baru. */
  status: EnrolmentStatus;
};

/** WEB: the portal or any API client; KIOSK: a registered counter kiosk (X-Kiosk-Token). */
export type FeedbackChannel =
  | 'KIOSK'
  | 'WEB';

/** An action to change (id) or to add to a unit’s plan (unitId and period) / Tindakan yang diubah atau ditambahkan. */
export type FollowUpActionInput = {
  /** What will be done, 5–1000 characters / Uraian tindakan, 5–1000 karakter. */
  action?: string | null | undefined;
  /** Deadline, on or after the period’s end / Tenggat. */
  dueOn?: string | null | undefined;
  /** The element it addresses; required when adding / Unsur SKM. */
  element?: SkmElement | null | undefined;
  /** The action to change; none to add one / Id tindakan yang diubah; kosong untuk menambah. */
  id?: string | number | null | undefined;
  /** The person or section responsible, up to 200 characters; empty clears it / Penanggung jawab. */
  owner?: string | null | undefined;
  /** The period key, when adding / Kunci periode, saat menambah. */
  period?: string | null | undefined;
  /** The unit, when adding / Unit, saat menambah. */
  unitId?: string | number | null | undefined;
};

/** Whether a unit has a plan for the period and whether it is agreed / Keadaan rencana tindak lanjut. */
export type FollowUpPlanState =
  /** Agreed: each action has an owner and a deadline and is tracked to closure / Disepakati. */
  | 'AGREED'
  /** Drafted, still open to changes / Draf, masih dapat diubah. */
  | 'DRAFT'
  /** No plan drafted yet / Belum ada rencana. */
  | 'NONE';

/** Where a follow-up action stands / Status tindakan tindak lanjut. */
export type FollowUpStatus =
  /** Done, with evidence of completion / Selesai, dengan bukti. */
  | 'DONE'
  /** Dropped, with a reason / Dibatalkan, dengan alasan. */
  | 'DROPPED'
  /** Under way / Sedang dikerjakan. */
  | 'IN_PROGRESS'
  /** Agreed, not started / Direncanakan. */
  | 'PLANNED';

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

/** Bucket size of a trend / Ukuran rentang tren. */
export type Granularity =
  /** Calendar month / Bulan kalender. */
  | 'MONTH'
  /** Calendar quarter / Triwulan kalender. */
  | 'QUARTER'
  /** ISO week, Monday to Sunday / Minggu ISO, Senin sampai Minggu. */
  | 'WEEK';

/** An HR import: a CSV file’s text for a region / Impor data SDM: isi berkas CSV untuk satu daerah. */
export type ImportHrDataInput = {
  /** The CSV text, first line the column names (README), at most 800,000 bytes; larger files through `pnpm suara import` / Isi CSV, baris pertama nama kolom, paling besar 800.000 byte. */
  csv: string;
  /** Check every row and count what would change, storing nothing / Periksa saja tanpa menyimpan. */
  dryRun: boolean;
  /** What the file holds / Jenis isi berkas. */
  kind: ImportKind;
  /** The region the rows belong to (its slug) / Daerah pemilik data (slug). */
  regionSlug: string;
};

/** What a CSV import holds: employees (shaped like a SIASN export), competency assessments, or paper SKM questionnaires with their original dates / Jenis data impor: pegawai, penilaian kompetensi, atau kuesioner SKM kertas. */
export type ImportKind =
  /** Competency assessments / Hasil penilaian kompetensi. */
  | 'ASSESSMENTS'
  /** Employees, shaped like a SIASN export / Data pegawai seperti ekspor SIASN. */
  | 'EMPLOYEES'
  /** Paper SKM questionnaires with their original dates / Kuesioner SKM kertas dengan tanggal aslinya. */
  | 'SKM';

export type InboxItemKind =
  | 'FEEDBACK_COMMENT'
  | 'FORUM_THREAD';

/** UNANSWERED: published and waiting for the unit; ANSWERED: the unit answered; PENDING_MODERATION: comments still held (to prepare, not to answer). */
export type InboxStatus =
  | 'ANSWERED'
  | 'PENDING_MODERATION'
  | 'UNANSWERED';

/** A reason the citizen picked for an element they scored 1 or 2 ("what went wrong?"). */
export type LowScoreReasonInput = {
  /** The element; it must be scored 1 or 2 in the same input. */
  element: SkmElement;
  /** One of the element’s reason codes (@suara/skm LOW_SCORE_REASONS), e.g. ASKED_FOR_MONEY for PERILAKU_PELAKSANA. */
  reason: string;
};

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

/** What a notification e-mail reports (decision record 0035) / Jenis pemberitahuan. */
export type NotificationKind =
  /** The citizen who asked is told that the unit answered / Warga diberi tahu bahwa unit sudah menjawab. */
  | 'ANSWER_GIVEN'
  /** A comment is past its 5-working-day answer deadline / Komentar melewati tenggat 5 hari kerja. */
  | 'ANSWER_OVERDUE'
  /** A published comment waits for the unit’s answer / Komentar terbit menunggu jawaban unit. */
  | 'COMMENT_PUBLISHED';

/** Where a notification stands in the outbox / Status pemberitahuan di kotak keluar. */
export type NotificationStatus =
  /** Refused for good or out of attempts / Gagal permanen. */
  | 'FAILED'
  /** Waiting to be sent (or retried after a passing failure); stays so while no SMTP_URL is set / Menunggu dikirim. */
  | 'PENDING'
  /** Being sent now / Sedang dikirim. */
  | 'SENDING'
  /** Accepted by the mail server / Diterima server e-mail. */
  | 'SENT';

/** Whether a survey period is published as open data (facts/LAPORAN.md, Periods) / Status publikasi periode survei sebagai data terbuka. */
export type OpenDataPeriodState =
  /** Nothing published for it: it has not ended, or nobody rated a service in it / Tidak ada yang terbit: belum berakhir, atau tidak ada penilaian. */
  | 'NOT_PUBLISHED'
  /** Complete and published: its rows are snapshots, revised only as numbered versions / Lengkap dan terbit: barisnya tetap, hanya direvisi sebagai versi bernomor. */
  | 'PUBLISHED'
  /** Contains today: numbers so far, never published / Sedang berjalan: angka sementara, tidak diterbitkan. */
  | 'RUNNING';

/** Why an employee is in a plan item / Alasan pegawai diikutkan. */
export type ParticipantReason =
  /** Expected to end the year below 20 JP; the program’s JP close part of the shortfall / Kurang dari 20 JP setahun. */
  | 'BELOW_20_JP'
  /** Assessed below the position’s standard on a competency the program targets / Di bawah standar kompetensi jabatan. */
  | 'BELOW_STANDARD'
  /** Not yet assessed on a competency the position requires, where citizens’ feedback points at it and nobody is assessed below / Belum dinilai. */
  | 'NOT_ASSESSED';

/** A partner to add or change / Mitra yang ditambah atau diubah. */
export type PartnerInput = {
  /** What the partnership covers, up to 2000 characters / Uraian, paling banyak 2000 karakter. */
  description?: string | null | undefined;
  /** The partner to change; none to add one / Id mitra yang diubah; kosong untuk menambah. */
  id?: string | number | null | undefined;
  /** UNIVERSITY, NGO, PRIVATE or AGENCY / Jenis mitra. */
  kind: PartnerKind;
  /** Name, 2–200 characters / Nama, 2–200 karakter. */
  name: string;
  /** Region whose HR works with the partner / Daerah mitra. */
  regionSlug: string;
};

/** UNIVERSITY, NGO, PRIVATE (a firm) or AGENCY (another government agency) / Jenis mitra: perguruan tinggi, LSM, swasta, instansi pemerintah. */
export type PartnerKind =
  /** Another government agency / Instansi pemerintah lain. */
  | 'AGENCY'
  /** A non-governmental organisation / Lembaga swadaya masyarakat. */
  | 'NGO'
  /** A private firm / Perusahaan swasta. */
  | 'PRIVATE'
  /** A university / Perguruan tinggi. */
  | 'UNIVERSITY';

/** Whether a survey period has ended (facts/LAPORAN.md, Periods) / Status periode survei. */
export type PeriodState =
  /** Ended: its numbers are final and comparable / Sudah berakhir: angkanya final dan dapat dibandingkan. */
  | 'COMPLETE'
  /** Not begun yet / Belum dimulai. */
  | 'FUTURE'
  /** Contains today: numbers so far, never compared as complete / Sedang berjalan: angka sementara, tidak dibandingkan sebagai periode lengkap. */
  | 'RUNNING';

/** A position and its whole standard; with id an existing one is updated / Jabatan dan standarnya; dengan id, jabatan yang ada diubah. */
export type PositionInput = {
  /** The position to update; none to create one / Jabatan yang diubah; kosong untuk membuat baru. */
  id?: string | number | null | undefined;
  /** Kind of position / Jenis jabatan. */
  kind: PositionKind;
  /** The standard, replacing the stored one as a whole; each competency once, at most 30 / Standar kompetensi, menggantikan seluruhnya; tiap kompetensi sekali. */
  requirements: Array<RequirementInput>;
  /** Title, 2–200 characters / Nama jabatan, 2–200 karakter. */
  title: string;
  /** The unit it belongs to / Unit jabatan. */
  unitId: string | number;
};

/** Kind of position: STRUKTURAL (leads a unit), FUNGSIONAL, PELAKSANA (administrative) / Jenis jabatan. */
export type PositionKind =
  /** A professional position with its own career path / Jabatan fungsional. */
  | 'FUNGSIONAL'
  /** Carries out administrative and service work / Jabatan pelaksana. */
  | 'PELAKSANA'
  /** Leads a unit or part of it / Jabatan struktural (pimpinan). */
  | 'STRUKTURAL';

export type PostToForumInput = {
  /** The name to show, 1–80 characters. */
  authorName: string;
  /** 1–4000 characters. */
  body: string;
  threadId: string | number;
  /** Leave empty (see StartForumThreadInput.website). */
  website?: string | null | undefined;
};

/** Where SKM results were published (PermenPANRB 14/2017) / Media publikasi hasil SKM. */
export type PublicationChannel =
  /** The notice board at the counter / Papan pengumuman di loket. */
  | 'NOTICE_BOARD'
  /** The portal’s open-data page: automatic once the period is complete / Halaman data terbuka portal (otomatis). */
  | 'PORTAL'
  /** Printed media (newspaper, leaflet) / Media cetak. */
  | 'PRINT'
  /** Social media / Media sosial. */
  | 'SOCIAL_MEDIA'
  /** The unit’s own website / Situs web unit. */
  | 'WEBSITE';

/** A publication of a unit’s SKM results to record / Publikasi yang dicatat. */
export type PublicationInput = {
  /** WEBSITE, NOTICE_BOARD, SOCIAL_MEDIA or PRINT (PORTAL is automatic) / Media publikasi. */
  channel: PublicationChannel;
  /** A link (http or https), up to 500 characters / Tautan. */
  link?: string | null | undefined;
  /** A note, up to 500 characters / Catatan. */
  note?: string | null | undefined;
  /** The period key, e.g. 2026-S1 / Kunci periode. */
  period: string;
  /** The day it was published, not in the future / Tanggal publikasi. */
  publishedOn: string;
  /** The unit / Unit. */
  unitId: string | number;
};

/** An assessment of one employee on one competency / Hasil penilaian satu kompetensi seorang pegawai. */
export type RecordAssessmentInput = {
  /** Day of the assessment, not in the future (region’s own day) / Tanggal penilaian, tidak di masa depan. */
  assessedOn: string;
  /** Who assessed: a person or an institution, up to 200 characters / Penilai: orang atau lembaga, paling banyak 200 karakter. */
  assessor?: string | null | undefined;
  /** A national competency or one of the region’s own / Kompetensi nasional atau milik daerah. */
  competencyId: string | number;
  /** The employee assessed / Pegawai yang dinilai. */
  employeeId: string | number;
  /** Level assessed, 1–5 / Level hasil penilaian, 1–5. */
  level: number;
  /** How it was assessed / Metode penilaian. */
  method: AssessmentMethod;
};

/** KOTA (city, led by a Wali Kota) or KABUPATEN (regency, led by a Bupati). */
export type RegionKind =
  | 'KABUPATEN'
  | 'KOTA';

/** One line of a position’s standard / Satu baris standar jabatan. */
export type RequirementInput = {
  /** A national competency or one of the region’s own / Kompetensi nasional atau milik daerah. */
  competencyId: string | number;
  /** Required level, 1–5 / Level yang dipersyaratkan, 1–5. */
  requiredLevel: number;
};

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
  /** Only with a valid X-Kiosk-Token: when the citizen answered a rating that waited in the kiosk’s offline queue. It becomes `submittedAt` and the rating’s day in the rollups. Not in the future (2 minutes of clock difference allowed), not older than 7 days. */
  answeredAt?: string | null | undefined;
  /** Up to 2,000 characters; published only after a moderator approves it. */
  comment?: string | null | undefined;
  /** Private (up to 200 characters): only the unit answering sees it; never returned by a public field. */
  contact?: string | null | undefined;
  /** The hidden form field people never fill in. When it has a value the response is kept as spam and never counts. */
  honeypot?: string | null | undefined;
  /** 8–64 visible characters chosen by the client; the same key twice returns the first receipt and stores once. */
  idempotencyKey: string;
  /** Optional: what went wrong on elements scored 1 or 2, several per element allowed; each reason must belong to its element and that element must be scored 1 or 2. Not personal data: kept with the scores. */
  lowScoreReasons?: Array<LowScoreReasonInput> | null | undefined;
  /** The citizen agrees to be told by e-mail when the unit answers the comment; needs a comment and an e-mail address in `contact`. The mail is written in the request’s Accept-Language (Indonesian or English). */
  notifyOnAnswer?: boolean | null | undefined;
  /** ALTCHA proof-of-work solution (base64), required where the region switches it on. */
  proofOfWork?: string | null | undefined;
  respondent?: RespondentInput | null | undefined;
  /** Exactly one score for each of the nine elements. */
  scores: Array<ElementScoreInput>;
  serviceId: string | number;
};

/** How often a region runs its satisfaction survey: calendar quarters, semesters (January–June, July–December; the default) or years. / Periode survei wilayah: triwulan, semester (bawaan) atau tahun. */
export type SurveyPeriodKind =
  | 'QUARTER'
  | 'SEMESTER'
  | 'YEAR';

/** Form of development per Peraturan LAN 10/2018 / Bentuk pengembangan kompetensi. */
export type TrainingForm =
  /** Technical guidance / Bimbingan teknis. */
  | 'BIMBINGAN_TEKNIS'
  /** Coaching / Coaching. */
  | 'COACHING'
  /** Secondment to another organisation / Detasering (penugasan sementara di instansi lain). */
  | 'DETASERING'
  /** E-learning / Pembelajaran elektronik. */
  | 'E_LEARNING'
  /** Learning community / Komunitas belajar. */
  | 'KOMUNITAS_BELAJAR'
  /** Course / Kursus. */
  | 'KURSUS'
  /** Internship at another organisation / Magang. */
  | 'MAGANG'
  /** Mentoring / Mentoring. */
  | 'MENTORING'
  /** Benchmarking visit / Patok banding. */
  | 'PATOK_BANDING'
  /** Managerial training / Pelatihan manajerial. */
  | 'PELATIHAN_MANAJERIAL'
  /** Technical training / Pelatihan teknis. */
  | 'PELATIHAN_TEKNIS'
  /** Seminar or conference / Seminar atau konferensi. */
  | 'SEMINAR'
  /** Workshop / Lokakarya. */
  | 'WORKSHOP';

/** Peraturan LAN 10/2018: KLASIKAL (classroom) or NON_KLASIKAL / Jalur klasikal atau nonklasikal. */
export type TrainingMode =
  /** Classroom, face to face / Klasikal, tatap muka. */
  | 'KLASIKAL'
  /** Outside the classroom: at work, online, in a community / Nonklasikal: di tempat kerja, daring, dalam komunitas. */
  | 'NON_KLASIKAL';

/** A program to add or change / Program yang ditambah atau diubah. */
export type TrainingProgramInput = {
  /** Competencies it targets, 1–20 / Kompetensi sasaran, 1–20. */
  competencyIds: Array<string | number>;
  /** Cost per participant in whole rupiah, ≥ 0 / Biaya per peserta (rupiah), ≥ 0. */
  costPerParticipant?: number;
  /** What participants learn, up to 4000 characters / Uraian, paling banyak 4000 karakter. */
  description?: string | null | undefined;
  /** Last day, on or after the first / Tanggal selesai. */
  endsOn?: string | null | undefined;
  /** Form per Peraturan LAN 10/2018 / Bentuk. */
  form: TrainingForm;
  /** The program to change; none to add one / Id program yang diubah; kosong untuk menambah. */
  id?: string | number | null | undefined;
  /** JP a participant earns, 1–1000 / JP per peserta, 1–1000. */
  jp: number;
  /** KLASIKAL or NON_KLASIKAL / Jalur. */
  mode: TrainingMode;
  /** A partner of the same region / Mitra dari daerah yang sama. */
  partnerId?: string | number | null | undefined;
  /** The owning region / Daerah pemilik program. */
  regionSlug: string;
  /** Offer it to HR of every region / Bagikan ke daerah lain. */
  shared?: boolean;
  /** First day / Tanggal mulai. */
  startsOn?: string | null | undefined;
  /** Title, 3–240 characters / Judul, 3–240 karakter. */
  title: string;
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

export type SearchSynonymsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchSynonymsQuery = { searchSynonyms: Array<{ id: string, term: string, expansion: string, builtIn: boolean }> };

export type AddSearchSynonymMutationVariables = Exact<{
  term: string;
  expansion: string;
}>;


export type AddSearchSynonymMutation = { addSearchSynonym: { id: string, term: string, expansion: string } };

export type RemoveSearchSynonymMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveSearchSynonymMutation = { removeSearchSynonym: boolean };

export type FollowUpListQueryVariables = Exact<{
  regionSlug: string;
  period?: string | null | undefined;
}>;


export type FollowUpListQuery = { followUpPlans: Array<{ id: string | null, period: string, periodStart: string, periodEnd: string, periodComplete: boolean, state: FollowUpPlanState, unit: { id: string, name: string }, actions: Array<{ id: string }>, figures: { actions: number, due: number, done: number, doneByDeadline: number, dropped: number, overdue: number, completion: number | null, medianDaysToDone: number | null } }> };

export type FollowUpRegionFiguresQueryVariables = Exact<{
  regionSlug: string;
  period?: string | null | undefined;
}>;


export type FollowUpRegionFiguresQuery = { followUpFigures: { period: string, agreedPlans: number, draftPlans: number, actions: number, due: number, done: number, doneByDeadline: number, dropped: number, overdue: number, completion: number | null, medianDaysToDone: number | null } };

export type FollowUpUnitQueryVariables = Exact<{
  unitId: string | number;
}>;


export type FollowUpUnitQuery = { unit: { id: string, name: string, region: { slug: string, name: string, surveyPeriod: SurveyPeriodKind } } | null };

export type FollowUpPlanQueryVariables = Exact<{
  regionSlug: string;
  period?: string | null | undefined;
  unitId: string | number;
}>;


export type FollowUpPlanQuery = { followUpPlans: Array<{ id: string | null, period: string, periodStart: string, periodEnd: string, periodComplete: boolean, state: FollowUpPlanState, draftedAt: string | null, agreedAt: string | null, agreedBy: string | null, unit: { id: string, name: string }, actions: Array<{ id: string, element: SkmElement, action: string, owner: string | null, dueOn: string | null, status: FollowUpStatus, evidence: string | null, dropReason: string | null, closedAt: string | null, overdue: boolean, doneOnTime: boolean, drafted: boolean, sourceAverage: number | null, sourceLowScoreCount: number | null, sourceComments: Array<{ id: string, text: string }>, sourceReasonCounts: Array<{ element: SkmElement, reason: string, count: number }> }>, figures: { actions: number, due: number, done: number, doneByDeadline: number, dropped: number, overdue: number, completion: number | null, medianDaysToDone: number | null } }>, publications: Array<{ id: string | null, channel: PublicationChannel, publishedOn: string, link: string | null, note: string | null, automatic: boolean }> };

export type DraftFollowUpPlanMutationVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type DraftFollowUpPlanMutation = { draftFollowUpPlan: { id: string | null } };

export type SaveFollowUpActionMutationVariables = Exact<{
  input: FollowUpActionInput;
}>;


export type SaveFollowUpActionMutation = { saveFollowUpAction: { id: string | null } };

export type RemoveFollowUpActionMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveFollowUpActionMutation = { removeFollowUpAction: { id: string | null } };

export type AgreeFollowUpPlanMutationVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type AgreeFollowUpPlanMutation = { agreeFollowUpPlan: { id: string | null, state: FollowUpPlanState } };

export type UpdateFollowUpStatusMutationVariables = Exact<{
  id: string | number;
  status: FollowUpStatus;
  evidence?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateFollowUpStatusMutation = { updateFollowUpStatus: { id: string, status: FollowUpStatus } };

export type RecordPublicationMutationVariables = Exact<{
  input: PublicationInput;
}>;


export type RecordPublicationMutation = { recordPublication: { id: string | null } };

export type RemovePublicationMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePublicationMutation = { removePublication: boolean };

export type SetSurveyPeriodMutationVariables = Exact<{
  regionSlug: string;
  period: SurveyPeriodKind;
}>;


export type SetSurveyPeriodMutation = { setSurveyPeriod: { slug: string, surveyPeriod: SurveyPeriodKind } };

export type RegionSurveyPeriodQueryVariables = Exact<{
  slug: string;
}>;


export type RegionSurveyPeriodQuery = { region: { surveyPeriod: SurveyPeriodKind } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { regions: Array<{ slug: string, name: string, province: string }> };

export type SearchServicesQueryVariables = Exact<{
  search?: string | null | undefined;
  regionSlug?: string | null | undefined;
  unitId?: string | number | null | undefined;
  category?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchServicesQuery = { services: { totalCount: number, hasPreviousPage: boolean, previousCursor: string | null, didYouMean: string | null, regionFromQuery: { slug: string, name: string } | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } } }> }, regions: Array<{ slug: string, name: string, units: Array<{ id: string, name: string }> }> };

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

export type ExplorerStartQueryVariables = Exact<{
  regionSlug: string;
}>;


export type ExplorerStartQuery = { developmentNeeds: Array<{ unit: { id: string }, suggestedPrograms: Array<{ id: string, measuredImpact: number | null }> }> };

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


export type FeedbackReceiptQuery = { feedbackReceipt: { code: string, status: ModerationStatus, submittedAt: string, hasComment: boolean, publishedComment: string | null, answerDueBy: string | null, scores: Array<{ element: SkmElement, score: number }>, service: { slug: string, name: string, region: { timeZone: string, slug: string, name: string }, unit: { name: string, abbreviation: string | null } }, response: { body: string, respondedAt: string, unit: { name: string } } | null, dataDeletion: { status: DataDeletionStatus, requestedAt: string, decidedAt: string | null, rejectReason: string | null } | null } | null };

export type RequestDataDeletionMutationVariables = Exact<{
  code: string;
  reason?: string | null | undefined;
}>;


export type RequestDataDeletionMutation = { requestDataDeletion: { status: DataDeletionStatus } };

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

export type OpenDataQueryVariables = Exact<{
  regionSlug: string;
  period?: string | null | undefined;
}>;


export type OpenDataQuery = { openData: { region: { slug: string, name: string, timeZone: string }, period: { key: string, kind: SurveyPeriodKind, from: string, to: string, state: OpenDataPeriodState, publishedAt: string | null, revisedAt: string | null }, periods: Array<{ key: string, kind: SurveyPeriodKind, from: string, to: string, state: OpenDataPeriodState }>, rows: Array<{ version: number | null, publishedAt: string | null, lateResponses: number | null, responseCount: number, ikm: number | null, grade: Grade | null, service: { slug: string, name: string }, unit: { id: string, name: string, abbreviation: string | null }, elements: Array<{ element: SkmElement, average: number }>, revisions: Array<{ version: number | null, publishedAt: string | null, responseCount: number, ikm: number | null, grade: Grade | null }> }>, units: Array<{ responseCount: number, ikm: number | null, grade: Grade | null, unit: { id: string, name: string, abbreviation: string | null } | null }>, total: { responseCount: number, ikm: number | null, grade: Grade | null } } };

export type OpenDataReportsQueryVariables = Exact<{
  regionSlug: string;
  period: string;
}>;


export type OpenDataReportsQuery = { publishedSkmReports: Array<{ id: string, version: number, publishedAt: string, unit: { id: string } }> };

export type PrivacyNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyNoticeQuery = { privacyNotice: { retentionMonths: number } };

export type ContactRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactRegionsQuery = { regions: Array<{ slug: string, name: string, province: string }> };

export type ReportContentMutationVariables = Exact<{
  itemId: string | number;
  reason: string;
}>;


export type ReportContentMutation = { reportContent: boolean };

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

export type ImportHrDataMutationVariables = Exact<{
  input: ImportHrDataInput;
}>;


export type ImportHrDataMutation = { importHrData: { kind: ImportKind, dryRun: boolean, rowsRead: number, imported: number, unchanged: number, rejected: number, problemCount: number, problems: Array<{ line: number, column: string, message: string }> } };

export type HrHeatmapQueryVariables = Exact<{
  region: string;
}>;


export type HrHeatmapQuery = { competencyHeatmap: { competencies: Array<{ id: string, code: string, name: string }>, units: Array<{ unit: { id: string, name: string }, cells: Array<{ averageGap: number | null, employeesBelowStandard: number, employeesAssessed: number }> }> } };

export type HrUnitEmployeesQueryVariables = Exact<{
  unit: string | number;
}>;


export type HrUnitEmployeesQuery = { unitCompetencyProfile: { unit: { id: string, name: string }, employees: Array<{ id: string, name: string, nip: string, position: string | null, jobPersonMatch: number | null, jpThisYear: number }> } };

export type HrEmployeeProfileQueryVariables = Exact<{
  employee: string | number;
  target?: string | number | null | undefined;
}>;


export type HrEmployeeProfileQuery = { employeeProfile: { id: string, nip: string, name: string, cycleMonths: number, jobPersonMatch: number | null, targetJobPersonMatch: number | null, jpThisYear: number, jpShortfall: number, unit: { id: string, name: string }, position: { id: string, title: string } | null, targetPosition: { id: string, title: string, unit: { name: string } } | null, competencies: Array<{ required: number | null, assessed: number | null, assessedOn: string | null, method: AssessmentMethod | null, stale: boolean, gap: number | null, surplus: number | null, targetRequired: number | null, targetGap: number | null, competency: { id: string, code: string, name: string } }>, trainings: Array<{ programId: string, title: string, status: string, completedOn: string | null, jpEarned: number, reason: string | null }>, developmentActivities: Array<{ id: string, kind: DevelopmentActivityKind, title: string, startedOn: string, endedOn: string | null, note: string, competency: { name: string } | null }>, targetPositionOptions: Array<{ id: string, title: string, unit: { name: string } }> } };

export type HrSetTargetPositionMutationVariables = Exact<{
  employee: string | number;
  position?: string | number | null | undefined;
}>;


export type HrSetTargetPositionMutation = { setTargetPosition: { id: string, targetPosition: { id: string } | null } };

export type HrAssessmentCoverageQueryVariables = Exact<{
  unit: string | number;
}>;


export type HrAssessmentCoverageQuery = { assessmentCoverage: { cycleMonths: number, employeeCount: number, upToDate: number, coverage: number | null, unit: { id: string, name: string }, overdue: Array<{ employeeId: string, name: string, nip: string, lastAssessedOn: string | null, monthsSince: number | null }> } };

export type HrSetAssessmentCycleMutationVariables = Exact<{
  region: string;
  months: number;
}>;


export type HrSetAssessmentCycleMutation = { setAssessmentCycle: { regionSlug: string, cycleMonths: number } };

export type HrPotentialQueryVariables = Exact<{
  region: string;
  competency?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type HrPotentialQuery = { potentialEmployees: Array<{ required: number, assessed: number, surplus: number, employee: { id: string, name: string, nip: string, position: string | null, unit: { name: string } }, competency: { id: string, name: string }, activities: Array<{ id: string, kind: DevelopmentActivityKind, title: string, startedOn: string, endedOn: string | null }> }>, competencies: Array<{ id: string, code: string, name: string }> };

export type HrRecordActivityMutationVariables = Exact<{
  input: DevelopmentActivityInput;
}>;


export type HrRecordActivityMutation = { recordDevelopmentActivity: { id: string } };

export type HrRegionUnitsQueryVariables = Exact<{
  slug: string;
}>;


export type HrRegionUnitsQuery = { region: { id: string, slug: string, name: string, timeZone: string, units: Array<{ id: string, name: string }> } | null };

export type HrEmployeesQueryVariables = Exact<{
  regionSlug: string;
  unitId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HrEmployeesQuery = { employees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nip: string, name: string, active: boolean, employmentType: EmploymentType, unit: { id: string, name: string }, position: { id: string, title: string } | null } }> } };

export type HrEmployeeQueryVariables = Exact<{
  id: string | number;
}>;


export type HrEmployeeQuery = { employee: { id: string, nip: string, name: string, active: boolean, employmentType: EmploymentType, unit: { id: string, name: string, region: { slug: string } }, position: { id: string, title: string } | null, assessments: Array<{ id: string, level: number, assessedOn: string, method: AssessmentMethod, assessor: string | null, competency: { id: string, code: string, name: string } }> } | null };

export type HrPositionsQueryVariables = Exact<{
  regionSlug: string;
  unitId?: string | number | null | undefined;
}>;


export type HrPositionsQuery = { positions: Array<{ id: string, title: string, kind: PositionKind, unit: { id: string, name: string }, requirements: Array<{ requiredLevel: number, competency: { id: string, code: string, name: string } }> }> };

export type HrDictionaryQueryVariables = Exact<{
  regionSlug: string;
}>;


export type HrDictionaryQuery = { competencies: Array<{ id: string, code: string, name: string, kind: CompetencyKind, description: string, levels: Array<string>, region: { slug: string } | null }> };

export type HrSaveEmployeeMutationVariables = Exact<{
  input: EmployeeInput;
}>;


export type HrSaveEmployeeMutation = { saveEmployee: { id: string } };

export type HrSetEmployeeActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type HrSetEmployeeActiveMutation = { setEmployeeActive: { id: string, active: boolean } };

export type HrRecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type HrRecordAssessmentMutation = { recordAssessment: { id: string } };

export type HrSavePositionMutationVariables = Exact<{
  input: PositionInput;
}>;


export type HrSavePositionMutation = { savePosition: { id: string } };

export type HrCreateCompetencyMutationVariables = Exact<{
  input: CompetencyInput;
}>;


export type HrCreateCompetencyMutation = { createCompetency: { id: string } };

export type HrUpdateCompetencyMutationVariables = Exact<{
  id: string | number;
  input: CompetencyInput;
}>;


export type HrUpdateCompetencyMutation = { updateCompetency: { id: string } };

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

export type HrProgramsQueryVariables = Exact<{
  regionSlug: string;
  includeShared?: boolean | null | undefined;
  competencyId?: string | number | null | undefined;
}>;


export type HrProgramsQuery = { trainingPrograms: Array<{ id: string, title: string, mode: TrainingMode, form: TrainingForm, jp: number, costPerParticipant: number, shared: boolean, ownerOffice: string, measuredImpact: number | null, region: { slug: string, name: string }, partner: { name: string, kind: PartnerKind } | null, competencies: Array<{ id: string, code: string, name: string }> }>, partners: Array<{ id: string, name: string, kind: PartnerKind }>, competencies: Array<{ id: string, code: string, name: string, kind: CompetencyKind }> };

export type HrProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type HrProgramQuery = { trainingProgram: { id: string, title: string, description: string, mode: TrainingMode, form: TrainingForm, jp: number, costPerParticipant: number, startsOn: string | null, endsOn: string | null, shared: boolean, ownerOffice: string, measuredImpact: number | null, region: { slug: string, name: string, units: Array<{ id: string, name: string }> }, partner: { name: string, kind: PartnerKind } | null, competencies: Array<{ id: string, code: string, name: string }>, enrolments: Array<{ id: string, status: EnrolmentStatus, completedOn: string | null, jpEarned: number, reason: string | null, employee: { id: string, nip: string, name: string, unit: { id: string, name: string } } }> } | null, trainingImpact: Array<{ completedAt: string, change: number | null, unit: { id: string, name: string }, competency: { code: string, name: string }, before: { responseCount: number, average: number | null }, after: { responseCount: number, average: number | null } }> };

export type HrUnitPeopleQueryVariables = Exact<{
  unitId: string | number;
}>;


export type HrUnitPeopleQuery = { unitCompetencyProfile: { year: number, employees: Array<{ id: string, nip: string, name: string, position: string | null, jpThisYear: number, jpShortfall: number }> } };

export type HrPartnersQueryVariables = Exact<{
  regionSlug: string;
}>;


export type HrPartnersQuery = { partners: Array<{ id: string, name: string, kind: PartnerKind, description: string }> };

export type HrSavePartnerMutationVariables = Exact<{
  input: PartnerInput;
}>;


export type HrSavePartnerMutation = { savePartner: { id: string } };

export type HrSaveProgramMutationVariables = Exact<{
  input: TrainingProgramInput;
}>;


export type HrSaveProgramMutation = { saveTrainingProgram: { id: string } };

export type HrEnrolMutationVariables = Exact<{
  programId: string | number;
  employeeIds: Array<string | number> | string | number;
}>;


export type HrEnrolMutation = { enrolEmployees: Array<{ id: string }> };

export type HrUpdateEnrolmentMutationVariables = Exact<{
  input: EnrolmentUpdateInput;
}>;


export type HrUpdateEnrolmentMutation = { updateEnrolment: { id: string, status: EnrolmentStatus } };

export type UnitOverviewQueryVariables = Exact<{
  unitId: string | number;
}>;


export type UnitOverviewQuery = { unitOverview: { periodStart: string, periodEnd: string, unit: { id: string, name: string }, satisfaction: { responseCount: number, ikm: number | null, grade: Grade | null }, services: Array<{ service: { id: string, name: string, slug: string }, satisfaction: { responseCount: number, ikm: number | null, grade: Grade | null, elements: Array<{ element: SkmElement, average: number }> } }>, recentComments: Array<{ service: { name: string }, feedback: { id: string, comment: string | null, submittedAt: string } }>, completedPrograms: Array<{ programId: string, title: string, completions: number, impact: Array<{ completedAt: string, change: number | null, competency: { code: string, name: string }, before: { responseCount: number, average: number | null }, after: { responseCount: number, average: number | null } }> }> } };

export type HrCitizenVoicesQueryVariables = Exact<{
  regionSlug: string;
  unitId?: string | number | null | undefined;
  competencyId?: string | number | null | undefined;
  lowScoresOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HrCitizenVoicesQuery = { citizenVoices: { totalCount: number, reasonCounts: Array<{ element: SkmElement, reason: string, count: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ModerationItemKind, text: string, submittedAt: string, lowElements: Array<SkmElement>, lowScoreReasons: Array<{ element: SkmElement, reason: string }>, service: { id: string, name: string } | null, unit: { id: string, name: string }, competencyTags: Array<{ id: string, code: string, name: string }> } }> }, region: { timeZone: string, units: Array<{ id: string, name: string }> } | null, competencies: Array<{ id: string, code: string, name: string }> };

export type CurrentKioskQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentKioskQuery = { currentKiosk: { id: string, label: string, unit: { id: string, name: string, region: { slug: string, name: string, timeZone: string } }, services: Array<{ id: string, slug: string, name: string }> } | null };

export type PairKioskMutationVariables = Exact<{
  code: string;
}>;


export type PairKioskMutation = { pairKiosk: { token: string, kiosk: { id: string, label: string } } };

export type SubmitKioskFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitKioskFeedbackMutation = { submitFeedback: { feedback: { id: string, submittedAt: string, channel: FeedbackChannel } } };

export type MayorRegionQueryVariables = Exact<{
  slug: string;
}>;


export type MayorRegionQuery = { region: { id: string, slug: string, name: string, headTitle: string, timeZone: string, surveyPeriod: SurveyPeriodKind, satisfaction: { periodFrom: string | null, periodTo: string | null }, units: Array<{ id: string, name: string, services: Array<{ id: string, slug: string, name: string }> }> } | null };

export type MayorDashboardQueryVariables = Exact<{
  regionSlug: string;
  from: string;
  to: string;
  granularity: Granularity;
  unitId?: string | number | null | undefined;
  serviceId?: string | number | null | undefined;
  serviceSlug: string;
  withService: boolean;
  alertDays: number;
}>;


export type MayorDashboardQuery = { regionOverview: { surveyPeriod: SurveyPeriodKind, current: { key: string, from: string, to: string, state: PeriodState, responseCount: number, ikm: number | null, grade: Grade | null }, previous: { key: string, from: string, to: string, state: PeriodState, responseCount: number, ikm: number | null, grade: Grade | null }, beforePrevious: { key: string, from: string, to: string, state: PeriodState, responseCount: number, ikm: number | null, grade: Grade | null }, gradeDistribution: Array<{ grade: Grade | null, services: number }>, feedback: { awaitingAnswer: number, answeredOnTime: number, answeredLate: number, overdue: number } }, declineAlerts: Array<{ scope: AlertScope, from: string, to: string, previousFrom: string, previousTo: string, responseCount: number, previousResponseCount: number, ikm: number, previousIkm: number, change: number, grade: Grade, previousGrade: Grade, unit: { id: string, name: string, abbreviation: string | null }, service: { id: string, slug: string, name: string } | null, elements: Array<{ element: SkmElement, average: number, previousAverage: number, change: number }> }>, serviceQualityTrend: Array<{ periodStart: string, periodEnd: string, complete: boolean, responseCount: number, ikm: number | null, grade: Grade | null, elements: Array<{ element: SkmElement, average: number }> }>, unitRanking: Array<{ responseCount: number, ikm: number | null, grade: Grade | null, change: number | null, previousIkm: number | null, previousResponseCount: number, unit: { id: string, name: string, abbreviation: string | null } }>, trainingImpactSummary: Array<{ completions: number, units: number, cost: number | null, measuredUnits: number, averageChange: number | null, bestChange: number | null, program: { id: string, title: string }, impacts: Array<{ completedAt: string, change: number | null, unit: { id: string, name: string }, competency: { name: string }, before: { responseCount: number, average: number | null }, after: { responseCount: number, average: number | null } }> }>, region: { satisfaction: { responseCount: number, ikm: number | null, grade: Grade | null } } | null, service?: { satisfaction: { responseCount: number, ikm: number | null, grade: Grade | null } } | null };

export type ReportRegionQueryVariables = Exact<{
  slug: string;
}>;


export type ReportRegionQuery = { region: { id: string, slug: string, name: string, timeZone: string, surveyPeriod: SurveyPeriodKind, units: Array<{ id: string, name: string, services: Array<{ id: string }> }> } | null };

export type ReportUnitRegionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportUnitRegionQuery = { unit: { id: string, name: string, region: { id: string, slug: string, name: string, timeZone: string, surveyPeriod: SurveyPeriodKind } } | null };

export type SkmReportsQueryVariables = Exact<{
  regionSlug: string;
  period?: string | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type SkmReportsQuery = { skmReports: Array<{ id: string, periodKey: string, version: number, publishedAt: string, responseCount: number, ikm: number | null, grade: Grade | null, unit: { id: string, name: string } }> };

export type SkmReportPreviewQueryVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type SkmReportPreviewQuery = { skmReportPreview: { periodKey: string, periodFrom: string, periodTo: string, complete: boolean, responseCount: number, ikm: number | null, grade: Grade | null, publishable: boolean, refusal: string | null, changedSincePublished: boolean, content: Record<string, unknown>, unit: { id: string, name: string }, published: { id: string, version: number, signedBy: string, versions: Array<{ id: string, version: number, publishedAt: string, responseCount: number, ikm: number | null, revisionReason: string | null }> } | null } };

export type PublishSkmReportMutationVariables = Exact<{
  unitId: string | number;
  period: string;
  signedBy: string;
}>;


export type PublishSkmReportMutation = { publishSkmReport: { id: string, version: number } };

export type PublishedSkmReportQueryVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type PublishedSkmReportQuery = { publishedSkmReport: { id: string, version: number, periodKey: string, publishedAt: string, signedBy: string, revisionReason: string | null, content: Record<string, unknown>, unit: { name: string } } | null };

export type KioskRegionQueryVariables = Exact<{
  regionSlug: string;
}>;


export type KioskRegionQuery = { region: { slug: string, name: string, timeZone: string, units: Array<{ id: string, name: string, abbreviation: string | null }> } | null, kiosks: Array<{ id: string, label: string, registeredAt: string, lastSeenAt: string | null, revokedAt: string | null, ratingsToday: number, pairingExpiresAt: string | null, unit: { id: string, name: string, abbreviation: string | null } }> };

export type RegisterKioskMutationVariables = Exact<{
  unitId: string | number;
  label: string;
}>;


export type RegisterKioskMutation = { registerKiosk: { kiosk: { id: string, label: string, unit: { name: string } }, pairing: { code: string, expiresAt: string } | null } };

export type RenewKioskPairingMutationVariables = Exact<{
  id: string | number;
}>;


export type RenewKioskPairingMutation = { renewKioskPairing: { kiosk: { id: string, label: string, unit: { name: string } }, pairing: { code: string, expiresAt: string } | null } };

export type RevokeKioskMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeKioskMutation = { revokeKiosk: { id: string, revokedAt: string | null } };

export type NotificationOutboxQueryVariables = Exact<{
  regionSlug?: string | null | undefined;
  status?: NotificationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationOutboxQuery = { notificationOutbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, status: NotificationStatus, recipient: string | null, language: string, subject: string, attempts: number, createdAt: string, nextAttemptAt: string | null, sentAt: string | null, lastError: string | null } }> } };

export type DataDeletionRequestsQueryVariables = Exact<{
  regionSlug: string;
  status?: DataDeletionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DataDeletionRequestsQuery = { dataDeletionRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: DataDeletionStatus, channel: DataDeletionChannel, requestedAt: string, receiptCode: string, submittedAt: string, reason: string | null, heldFields: Array<string>, decidedAt: string | null, rejectReason: string | null, erasedFields: Array<string> | null, requestedBy: { name: string } | null, decidedBy: { name: string } | null, service: { name: string, slug: string, region: { slug: string } } } }> } };

export type StaffRequestDataDeletionMutationVariables = Exact<{
  code: string;
  reason?: string | null | undefined;
}>;


export type StaffRequestDataDeletionMutation = { requestDataDeletion: { status: DataDeletionStatus } };

export type ConfirmDataDeletionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmDataDeletionMutation = { confirmDataDeletion: { id: string, service: { slug: string, region: { slug: string } } } };

export type RejectDataDeletionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectDataDeletionMutation = { rejectDataDeletion: { id: string } };

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


export type StaffMeQuery = { publicPasswordAccounts: number, me: { id: string, name: string, email: string, mustChangePassword: boolean, roles: Array<{ role: Role, region: { id: string, slug: string, name: string } | null, unit: { id: string, name: string } | null }> } | null };

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
export const SearchSynonymsDocument = new TypedDocumentString(`
    query SearchSynonyms {
  searchSynonyms {
    id
    term
    expansion
    builtIn
  }
}
    `) as unknown as TypedDocumentString<SearchSynonymsQuery, SearchSynonymsQueryVariables>;
export const AddSearchSynonymDocument = new TypedDocumentString(`
    mutation AddSearchSynonym($term: String!, $expansion: String!) {
  addSearchSynonym(term: $term, expansion: $expansion) {
    id
    term
    expansion
  }
}
    `) as unknown as TypedDocumentString<AddSearchSynonymMutation, AddSearchSynonymMutationVariables>;
export const RemoveSearchSynonymDocument = new TypedDocumentString(`
    mutation RemoveSearchSynonym($id: ID!) {
  removeSearchSynonym(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveSearchSynonymMutation, RemoveSearchSynonymMutationVariables>;
export const FollowUpListDocument = new TypedDocumentString(`
    query FollowUpList($regionSlug: String!, $period: String) {
  followUpPlans(regionSlug: $regionSlug, period: $period) {
    id
    period
    periodStart
    periodEnd
    periodComplete
    state
    unit {
      id
      name
    }
    actions {
      id
    }
    figures {
      actions
      due
      done
      doneByDeadline
      dropped
      overdue
      completion
      medianDaysToDone
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpListQuery, FollowUpListQueryVariables>;
export const FollowUpRegionFiguresDocument = new TypedDocumentString(`
    query FollowUpRegionFigures($regionSlug: String!, $period: String) {
  followUpFigures(regionSlug: $regionSlug, period: $period) {
    period
    agreedPlans
    draftPlans
    actions
    due
    done
    doneByDeadline
    dropped
    overdue
    completion
    medianDaysToDone
  }
}
    `) as unknown as TypedDocumentString<FollowUpRegionFiguresQuery, FollowUpRegionFiguresQueryVariables>;
export const FollowUpUnitDocument = new TypedDocumentString(`
    query FollowUpUnit($unitId: ID!) {
  unit(id: $unitId) {
    id
    name
    region {
      slug
      name
      surveyPeriod
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpUnitQuery, FollowUpUnitQueryVariables>;
export const FollowUpPlanDocument = new TypedDocumentString(`
    query FollowUpPlan($regionSlug: String!, $period: String, $unitId: ID!) {
  followUpPlans(regionSlug: $regionSlug, period: $period, unitId: $unitId) {
    id
    period
    periodStart
    periodEnd
    periodComplete
    state
    draftedAt
    agreedAt
    agreedBy
    unit {
      id
      name
    }
    actions {
      id
      element
      action
      owner
      dueOn
      status
      evidence
      dropReason
      closedAt
      overdue
      doneOnTime
      drafted
      sourceAverage
      sourceLowScoreCount
      sourceComments {
        id
        text
      }
      sourceReasonCounts {
        element
        reason
        count
      }
    }
    figures {
      actions
      due
      done
      doneByDeadline
      dropped
      overdue
      completion
      medianDaysToDone
    }
  }
  publications(unitId: $unitId, period: $period) {
    id
    channel
    publishedOn
    link
    note
    automatic
  }
}
    `) as unknown as TypedDocumentString<FollowUpPlanQuery, FollowUpPlanQueryVariables>;
export const DraftFollowUpPlanDocument = new TypedDocumentString(`
    mutation DraftFollowUpPlan($unitId: ID!, $period: String!) {
  draftFollowUpPlan(unitId: $unitId, period: $period) {
    id
  }
}
    `) as unknown as TypedDocumentString<DraftFollowUpPlanMutation, DraftFollowUpPlanMutationVariables>;
export const SaveFollowUpActionDocument = new TypedDocumentString(`
    mutation SaveFollowUpAction($input: FollowUpActionInput!) {
  saveFollowUpAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveFollowUpActionMutation, SaveFollowUpActionMutationVariables>;
export const RemoveFollowUpActionDocument = new TypedDocumentString(`
    mutation RemoveFollowUpAction($id: ID!) {
  removeFollowUpAction(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveFollowUpActionMutation, RemoveFollowUpActionMutationVariables>;
export const AgreeFollowUpPlanDocument = new TypedDocumentString(`
    mutation AgreeFollowUpPlan($unitId: ID!, $period: String!) {
  agreeFollowUpPlan(unitId: $unitId, period: $period) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AgreeFollowUpPlanMutation, AgreeFollowUpPlanMutationVariables>;
export const UpdateFollowUpStatusDocument = new TypedDocumentString(`
    mutation UpdateFollowUpStatus($id: ID!, $status: FollowUpStatus!, $evidence: String, $reason: String) {
  updateFollowUpStatus(
    id: $id
    status: $status
    evidence: $evidence
    reason: $reason
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateFollowUpStatusMutation, UpdateFollowUpStatusMutationVariables>;
export const RecordPublicationDocument = new TypedDocumentString(`
    mutation RecordPublication($input: PublicationInput!) {
  recordPublication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordPublicationMutation, RecordPublicationMutationVariables>;
export const RemovePublicationDocument = new TypedDocumentString(`
    mutation RemovePublication($id: ID!) {
  removePublication(id: $id)
}
    `) as unknown as TypedDocumentString<RemovePublicationMutation, RemovePublicationMutationVariables>;
export const SetSurveyPeriodDocument = new TypedDocumentString(`
    mutation SetSurveyPeriod($regionSlug: String!, $period: SurveyPeriodKind!) {
  setSurveyPeriod(regionSlug: $regionSlug, period: $period) {
    slug
    surveyPeriod
  }
}
    `) as unknown as TypedDocumentString<SetSurveyPeriodMutation, SetSurveyPeriodMutationVariables>;
export const RegionSurveyPeriodDocument = new TypedDocumentString(`
    query RegionSurveyPeriod($slug: String!) {
  region(slug: $slug) {
    surveyPeriod
  }
}
    `) as unknown as TypedDocumentString<RegionSurveyPeriodQuery, RegionSurveyPeriodQueryVariables>;
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
    query SearchServices($search: String, $regionSlug: String, $unitId: ID, $category: String, $first: Int, $after: String) {
  services(
    search: $search
    regionSlug: $regionSlug
    unitId: $unitId
    category: $category
    first: $first
    after: $after
  ) {
    totalCount
    hasPreviousPage
    previousCursor
    didYouMean
    regionFromQuery {
      slug
      name
    }
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
    units {
      id
      name
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
export const ExplorerStartDocument = new TypedDocumentString(`
    query ExplorerStart($regionSlug: String!) {
  developmentNeeds(regionSlug: $regionSlug, first: 20) {
    unit {
      id
    }
    suggestedPrograms {
      id
      measuredImpact
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerStartQuery, ExplorerStartQueryVariables>;
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
    publishedComment
    answerDueBy
    scores {
      element
      score
    }
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
    dataDeletion {
      status
      requestedAt
      decidedAt
      rejectReason
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
export const RequestDataDeletionDocument = new TypedDocumentString(`
    mutation RequestDataDeletion($code: String!, $reason: String) {
  requestDataDeletion(receiptCode: $code, reason: $reason) {
    status
  }
}
    `) as unknown as TypedDocumentString<RequestDataDeletionMutation, RequestDataDeletionMutationVariables>;
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
export const OpenDataDocument = new TypedDocumentString(`
    query OpenData($regionSlug: String!, $period: String) {
  openData(regionSlug: $regionSlug, period: $period) {
    region {
      slug
      name
      timeZone
    }
    period {
      key
      kind
      from
      to
      state
      publishedAt
      revisedAt
    }
    periods {
      key
      kind
      from
      to
      state
    }
    rows {
      service {
        slug
        name
      }
      unit {
        id
        name
        abbreviation
      }
      version
      publishedAt
      lateResponses
      responseCount
      ikm
      grade
      elements {
        element
        average
      }
      revisions {
        version
        publishedAt
        responseCount
        ikm
        grade
      }
    }
    units {
      unit {
        id
        name
        abbreviation
      }
      responseCount
      ikm
      grade
    }
    total {
      responseCount
      ikm
      grade
    }
  }
}
    `) as unknown as TypedDocumentString<OpenDataQuery, OpenDataQueryVariables>;
export const OpenDataReportsDocument = new TypedDocumentString(`
    query OpenDataReports($regionSlug: String!, $period: String!) {
  publishedSkmReports(regionSlug: $regionSlug, period: $period) {
    id
    version
    publishedAt
    unit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OpenDataReportsQuery, OpenDataReportsQueryVariables>;
export const PrivacyNoticeDocument = new TypedDocumentString(`
    query PrivacyNotice {
  privacyNotice {
    retentionMonths
  }
}
    `) as unknown as TypedDocumentString<PrivacyNoticeQuery, PrivacyNoticeQueryVariables>;
export const ContactRegionsDocument = new TypedDocumentString(`
    query ContactRegions {
  regions {
    slug
    name
    province
  }
}
    `) as unknown as TypedDocumentString<ContactRegionsQuery, ContactRegionsQueryVariables>;
export const ReportContentDocument = new TypedDocumentString(`
    mutation ReportContent($itemId: ID!, $reason: String!) {
  reportContent(itemId: $itemId, reason: $reason)
}
    `) as unknown as TypedDocumentString<ReportContentMutation, ReportContentMutationVariables>;
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
export const ImportHrDataDocument = new TypedDocumentString(`
    mutation ImportHrData($input: ImportHrDataInput!) {
  importHrData(input: $input) {
    kind
    dryRun
    rowsRead
    imported
    unchanged
    rejected
    problemCount
    problems {
      line
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportHrDataMutation, ImportHrDataMutationVariables>;
export const HrHeatmapDocument = new TypedDocumentString(`
    query HrHeatmap($region: String!) {
  competencyHeatmap(regionSlug: $region) {
    competencies {
      id
      code
      name
    }
    units {
      unit {
        id
        name
      }
      cells {
        averageGap
        employeesBelowStandard
        employeesAssessed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrHeatmapQuery, HrHeatmapQueryVariables>;
export const HrUnitEmployeesDocument = new TypedDocumentString(`
    query HrUnitEmployees($unit: ID!) {
  unitCompetencyProfile(unitId: $unit) {
    unit {
      id
      name
    }
    employees {
      id
      name
      nip
      position
      jobPersonMatch
      jpThisYear
    }
  }
}
    `) as unknown as TypedDocumentString<HrUnitEmployeesQuery, HrUnitEmployeesQueryVariables>;
export const HrEmployeeProfileDocument = new TypedDocumentString(`
    query HrEmployeeProfile($employee: ID!, $target: ID) {
  employeeProfile(employeeId: $employee, targetPositionId: $target) {
    id
    nip
    name
    unit {
      id
      name
    }
    position {
      id
      title
    }
    cycleMonths
    jobPersonMatch
    targetPosition {
      id
      title
      unit {
        name
      }
    }
    targetJobPersonMatch
    competencies {
      competency {
        id
        code
        name
      }
      required
      assessed
      assessedOn
      method
      stale
      gap
      surplus
      targetRequired
      targetGap
    }
    jpThisYear
    jpShortfall
    trainings {
      programId
      title
      status
      completedOn
      jpEarned
      reason
    }
    developmentActivities {
      id
      kind
      title
      competency {
        name
      }
      startedOn
      endedOn
      note
    }
    targetPositionOptions {
      id
      title
      unit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrEmployeeProfileQuery, HrEmployeeProfileQueryVariables>;
export const HrSetTargetPositionDocument = new TypedDocumentString(`
    mutation HrSetTargetPosition($employee: ID!, $position: ID) {
  setTargetPosition(employeeId: $employee, positionId: $position) {
    id
    targetPosition {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HrSetTargetPositionMutation, HrSetTargetPositionMutationVariables>;
export const HrAssessmentCoverageDocument = new TypedDocumentString(`
    query HrAssessmentCoverage($unit: ID!) {
  assessmentCoverage(unitId: $unit) {
    unit {
      id
      name
    }
    cycleMonths
    employeeCount
    upToDate
    coverage
    overdue {
      employeeId
      name
      nip
      lastAssessedOn
      monthsSince
    }
  }
}
    `) as unknown as TypedDocumentString<HrAssessmentCoverageQuery, HrAssessmentCoverageQueryVariables>;
export const HrSetAssessmentCycleDocument = new TypedDocumentString(`
    mutation HrSetAssessmentCycle($region: String!, $months: Int!) {
  setAssessmentCycle(regionSlug: $region, months: $months) {
    regionSlug
    cycleMonths
  }
}
    `) as unknown as TypedDocumentString<HrSetAssessmentCycleMutation, HrSetAssessmentCycleMutationVariables>;
export const HrPotentialDocument = new TypedDocumentString(`
    query HrPotential($region: String!, $competency: ID, $first: Int) {
  potentialEmployees(
    regionSlug: $region
    competencyId: $competency
    first: $first
  ) {
    employee {
      id
      name
      nip
      unit {
        name
      }
      position
    }
    competency {
      id
      name
    }
    required
    assessed
    surplus
    activities {
      id
      kind
      title
      startedOn
      endedOn
    }
  }
  competencies {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<HrPotentialQuery, HrPotentialQueryVariables>;
export const HrRecordActivityDocument = new TypedDocumentString(`
    mutation HrRecordActivity($input: DevelopmentActivityInput!) {
  recordDevelopmentActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrRecordActivityMutation, HrRecordActivityMutationVariables>;
export const HrRegionUnitsDocument = new TypedDocumentString(`
    query HrRegionUnits($slug: String!) {
  region(slug: $slug) {
    id
    slug
    name
    timeZone
    units {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HrRegionUnitsQuery, HrRegionUnitsQueryVariables>;
export const HrEmployeesDocument = new TypedDocumentString(`
    query HrEmployees($regionSlug: String!, $unitId: ID, $search: String, $first: Int, $after: String) {
  employees(
    regionSlug: $regionSlug
    unitId: $unitId
    search: $search
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
        nip
        name
        active
        employmentType
        unit {
          id
          name
        }
        position {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrEmployeesQuery, HrEmployeesQueryVariables>;
export const HrEmployeeDocument = new TypedDocumentString(`
    query HrEmployee($id: ID!) {
  employee(id: $id) {
    id
    nip
    name
    active
    employmentType
    unit {
      id
      name
      region {
        slug
      }
    }
    position {
      id
      title
    }
    assessments {
      id
      level
      assessedOn
      method
      assessor
      competency {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrEmployeeQuery, HrEmployeeQueryVariables>;
export const HrPositionsDocument = new TypedDocumentString(`
    query HrPositions($regionSlug: String!, $unitId: ID) {
  positions(regionSlug: $regionSlug, unitId: $unitId) {
    id
    title
    kind
    unit {
      id
      name
    }
    requirements {
      requiredLevel
      competency {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrPositionsQuery, HrPositionsQueryVariables>;
export const HrDictionaryDocument = new TypedDocumentString(`
    query HrDictionary($regionSlug: String!) {
  competencies(regionSlug: $regionSlug) {
    id
    code
    name
    kind
    description
    levels
    region {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<HrDictionaryQuery, HrDictionaryQueryVariables>;
export const HrSaveEmployeeDocument = new TypedDocumentString(`
    mutation HrSaveEmployee($input: EmployeeInput!) {
  saveEmployee(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrSaveEmployeeMutation, HrSaveEmployeeMutationVariables>;
export const HrSetEmployeeActiveDocument = new TypedDocumentString(`
    mutation HrSetEmployeeActive($id: ID!, $active: Boolean!) {
  setEmployeeActive(id: $id, active: $active) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<HrSetEmployeeActiveMutation, HrSetEmployeeActiveMutationVariables>;
export const HrRecordAssessmentDocument = new TypedDocumentString(`
    mutation HrRecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrRecordAssessmentMutation, HrRecordAssessmentMutationVariables>;
export const HrSavePositionDocument = new TypedDocumentString(`
    mutation HrSavePosition($input: PositionInput!) {
  savePosition(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrSavePositionMutation, HrSavePositionMutationVariables>;
export const HrCreateCompetencyDocument = new TypedDocumentString(`
    mutation HrCreateCompetency($input: CompetencyInput!) {
  createCompetency(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrCreateCompetencyMutation, HrCreateCompetencyMutationVariables>;
export const HrUpdateCompetencyDocument = new TypedDocumentString(`
    mutation HrUpdateCompetency($id: ID!, $input: CompetencyInput!) {
  updateCompetency(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrUpdateCompetencyMutation, HrUpdateCompetencyMutationVariables>;
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
export const HrProgramsDocument = new TypedDocumentString(`
    query HrPrograms($regionSlug: String!, $includeShared: Boolean, $competencyId: ID) {
  trainingPrograms(
    regionSlug: $regionSlug
    includeShared: $includeShared
    competencyId: $competencyId
  ) {
    id
    title
    mode
    form
    jp
    costPerParticipant
    shared
    ownerOffice
    measuredImpact
    region {
      slug
      name
    }
    partner {
      name
      kind
    }
    competencies {
      id
      code
      name
    }
  }
  partners(regionSlug: $regionSlug) {
    id
    name
    kind
  }
  competencies {
    id
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<HrProgramsQuery, HrProgramsQueryVariables>;
export const HrProgramDocument = new TypedDocumentString(`
    query HrProgram($id: ID!) {
  trainingProgram(id: $id) {
    id
    title
    description
    mode
    form
    jp
    costPerParticipant
    startsOn
    endsOn
    shared
    ownerOffice
    measuredImpact
    region {
      slug
      name
      units {
        id
        name
      }
    }
    partner {
      name
      kind
    }
    competencies {
      id
      code
      name
    }
    enrolments {
      id
      status
      completedOn
      jpEarned
      reason
      employee {
        id
        nip
        name
        unit {
          id
          name
        }
      }
    }
  }
  trainingImpact(programId: $id) {
    unit {
      id
      name
    }
    competency {
      code
      name
    }
    completedAt
    before {
      responseCount
      average
    }
    after {
      responseCount
      average
    }
    change
  }
}
    `) as unknown as TypedDocumentString<HrProgramQuery, HrProgramQueryVariables>;
export const HrUnitPeopleDocument = new TypedDocumentString(`
    query HrUnitPeople($unitId: ID!) {
  unitCompetencyProfile(unitId: $unitId) {
    year
    employees {
      id
      nip
      name
      position
      jpThisYear
      jpShortfall
    }
  }
}
    `) as unknown as TypedDocumentString<HrUnitPeopleQuery, HrUnitPeopleQueryVariables>;
export const HrPartnersDocument = new TypedDocumentString(`
    query HrPartners($regionSlug: String!) {
  partners(regionSlug: $regionSlug) {
    id
    name
    kind
    description
  }
}
    `) as unknown as TypedDocumentString<HrPartnersQuery, HrPartnersQueryVariables>;
export const HrSavePartnerDocument = new TypedDocumentString(`
    mutation HrSavePartner($input: PartnerInput!) {
  savePartner(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrSavePartnerMutation, HrSavePartnerMutationVariables>;
export const HrSaveProgramDocument = new TypedDocumentString(`
    mutation HrSaveProgram($input: TrainingProgramInput!) {
  saveTrainingProgram(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrSaveProgramMutation, HrSaveProgramMutationVariables>;
export const HrEnrolDocument = new TypedDocumentString(`
    mutation HrEnrol($programId: ID!, $employeeIds: [ID!]!) {
  enrolEmployees(programId: $programId, employeeIds: $employeeIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<HrEnrolMutation, HrEnrolMutationVariables>;
export const HrUpdateEnrolmentDocument = new TypedDocumentString(`
    mutation HrUpdateEnrolment($input: EnrolmentUpdateInput!) {
  updateEnrolment(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HrUpdateEnrolmentMutation, HrUpdateEnrolmentMutationVariables>;
export const UnitOverviewDocument = new TypedDocumentString(`
    query UnitOverview($unitId: ID!) {
  unitOverview(unitId: $unitId) {
    unit {
      id
      name
    }
    periodStart
    periodEnd
    satisfaction {
      responseCount
      ikm
      grade
    }
    services {
      service {
        id
        name
        slug
      }
      satisfaction {
        responseCount
        ikm
        grade
        elements {
          element
          average
        }
      }
    }
    recentComments {
      service {
        name
      }
      feedback {
        id
        comment
        submittedAt
      }
    }
    completedPrograms {
      programId
      title
      completions
      impact {
        competency {
          code
          name
        }
        completedAt
        before {
          responseCount
          average
        }
        after {
          responseCount
          average
        }
        change
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitOverviewQuery, UnitOverviewQueryVariables>;
export const HrCitizenVoicesDocument = new TypedDocumentString(`
    query HrCitizenVoices($regionSlug: String!, $unitId: ID, $competencyId: ID, $lowScoresOnly: Boolean, $first: Int, $after: String) {
  citizenVoices(
    regionSlug: $regionSlug
    unitId: $unitId
    competencyId: $competencyId
    lowScoresOnly: $lowScoresOnly
    first: $first
    after: $after
  ) {
    totalCount
    reasonCounts {
      element
      reason
      count
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        text
        submittedAt
        lowElements
        lowScoreReasons {
          element
          reason
        }
        service {
          id
          name
        }
        unit {
          id
          name
        }
        competencyTags {
          id
          code
          name
        }
      }
    }
  }
  region(slug: $regionSlug) {
    timeZone
    units {
      id
      name
    }
  }
  competencies {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<HrCitizenVoicesQuery, HrCitizenVoicesQueryVariables>;
export const CurrentKioskDocument = new TypedDocumentString(`
    query CurrentKiosk {
  currentKiosk {
    id
    label
    unit {
      id
      name
      region {
        slug
        name
        timeZone
      }
    }
    services {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentKioskQuery, CurrentKioskQueryVariables>;
export const PairKioskDocument = new TypedDocumentString(`
    mutation PairKiosk($code: String!) {
  pairKiosk(code: $code) {
    token
    kiosk {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<PairKioskMutation, PairKioskMutationVariables>;
export const SubmitKioskFeedbackDocument = new TypedDocumentString(`
    mutation SubmitKioskFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    feedback {
      id
      submittedAt
      channel
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitKioskFeedbackMutation, SubmitKioskFeedbackMutationVariables>;
export const MayorRegionDocument = new TypedDocumentString(`
    query MayorRegion($slug: String!) {
  region(slug: $slug) {
    id
    slug
    name
    headTitle
    timeZone
    surveyPeriod
    satisfaction(lastMonths: 12) {
      periodFrom
      periodTo
    }
    units {
      id
      name
      services {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MayorRegionQuery, MayorRegionQueryVariables>;
export const MayorDashboardDocument = new TypedDocumentString(`
    query MayorDashboard($regionSlug: String!, $from: Date!, $to: Date!, $granularity: Granularity!, $unitId: ID, $serviceId: ID, $serviceSlug: String!, $withService: Boolean!, $alertDays: Int!) {
  regionOverview(regionSlug: $regionSlug) {
    surveyPeriod
    current {
      key
      from
      to
      state
      responseCount
      ikm
      grade
    }
    previous {
      key
      from
      to
      state
      responseCount
      ikm
      grade
    }
    beforePrevious {
      key
      from
      to
      state
      responseCount
      ikm
      grade
    }
    gradeDistribution {
      grade
      services
    }
    feedback {
      awaitingAnswer
      answeredOnTime
      answeredLate
      overdue
    }
  }
  declineAlerts(regionSlug: $regionSlug, days: $alertDays) {
    scope
    unit {
      id
      name
      abbreviation
    }
    service {
      id
      slug
      name
    }
    from
    to
    previousFrom
    previousTo
    responseCount
    previousResponseCount
    ikm
    previousIkm
    change
    grade
    previousGrade
    elements {
      element
      average
      previousAverage
      change
    }
  }
  serviceQualityTrend(
    regionSlug: $regionSlug
    from: $from
    to: $to
    granularity: $granularity
    unitId: $unitId
    serviceId: $serviceId
  ) {
    periodStart
    periodEnd
    complete
    responseCount
    ikm
    grade
    elements {
      element
      average
    }
  }
  unitRanking(regionSlug: $regionSlug, from: $from, to: $to) {
    unit {
      id
      name
      abbreviation
    }
    responseCount
    ikm
    grade
    change
    previousIkm
    previousResponseCount
  }
  trainingImpactSummary(regionSlug: $regionSlug) {
    program {
      id
      title
    }
    completions
    units
    cost
    measuredUnits
    averageChange
    bestChange
    impacts {
      unit {
        id
        name
      }
      competency {
        name
      }
      completedAt
      before {
        responseCount
        average
      }
      after {
        responseCount
        average
      }
      change
    }
  }
  region(slug: $regionSlug) {
    satisfaction(from: $from, to: $to) {
      responseCount
      ikm
      grade
    }
  }
  service(slug: $serviceSlug) @include(if: $withService) {
    satisfaction(from: $from, to: $to) {
      responseCount
      ikm
      grade
    }
  }
}
    `) as unknown as TypedDocumentString<MayorDashboardQuery, MayorDashboardQueryVariables>;
export const ReportRegionDocument = new TypedDocumentString(`
    query ReportRegion($slug: String!) {
  region(slug: $slug) {
    id
    slug
    name
    timeZone
    surveyPeriod
    units {
      id
      name
      services {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRegionQuery, ReportRegionQueryVariables>;
export const ReportUnitRegionDocument = new TypedDocumentString(`
    query ReportUnitRegion($id: ID!) {
  unit(id: $id) {
    id
    name
    region {
      id
      slug
      name
      timeZone
      surveyPeriod
    }
  }
}
    `) as unknown as TypedDocumentString<ReportUnitRegionQuery, ReportUnitRegionQueryVariables>;
export const SkmReportsDocument = new TypedDocumentString(`
    query SkmReports($regionSlug: String!, $period: String, $unitId: ID) {
  skmReports(regionSlug: $regionSlug, period: $period, unitId: $unitId) {
    id
    periodKey
    version
    publishedAt
    responseCount
    ikm
    grade
    unit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SkmReportsQuery, SkmReportsQueryVariables>;
export const SkmReportPreviewDocument = new TypedDocumentString(`
    query SkmReportPreview($unitId: ID!, $period: String!) {
  skmReportPreview(unitId: $unitId, period: $period) {
    periodKey
    periodFrom
    periodTo
    complete
    responseCount
    ikm
    grade
    publishable
    refusal
    changedSincePublished
    content
    unit {
      id
      name
    }
    published {
      id
      version
      signedBy
      versions {
        id
        version
        publishedAt
        responseCount
        ikm
        revisionReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SkmReportPreviewQuery, SkmReportPreviewQueryVariables>;
export const PublishSkmReportDocument = new TypedDocumentString(`
    mutation PublishSkmReport($unitId: ID!, $period: String!, $signedBy: String!) {
  publishSkmReport(unitId: $unitId, period: $period, signedBy: $signedBy) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PublishSkmReportMutation, PublishSkmReportMutationVariables>;
export const PublishedSkmReportDocument = new TypedDocumentString(`
    query PublishedSkmReport($id: ID!, $version: Int) {
  publishedSkmReport(id: $id, version: $version) {
    id
    version
    periodKey
    publishedAt
    signedBy
    revisionReason
    content
    unit {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedSkmReportQuery, PublishedSkmReportQueryVariables>;
export const KioskRegionDocument = new TypedDocumentString(`
    query KioskRegion($regionSlug: String!) {
  region(slug: $regionSlug) {
    slug
    name
    timeZone
    units {
      id
      name
      abbreviation
    }
  }
  kiosks(regionSlug: $regionSlug) {
    id
    label
    registeredAt
    lastSeenAt
    revokedAt
    ratingsToday
    pairingExpiresAt
    unit {
      id
      name
      abbreviation
    }
  }
}
    `) as unknown as TypedDocumentString<KioskRegionQuery, KioskRegionQueryVariables>;
export const RegisterKioskDocument = new TypedDocumentString(`
    mutation RegisterKiosk($unitId: ID!, $label: String!) {
  registerKiosk(unitId: $unitId, label: $label) {
    kiosk {
      id
      label
      unit {
        name
      }
    }
    pairing {
      code
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterKioskMutation, RegisterKioskMutationVariables>;
export const RenewKioskPairingDocument = new TypedDocumentString(`
    mutation RenewKioskPairing($id: ID!) {
  renewKioskPairing(id: $id) {
    kiosk {
      id
      label
      unit {
        name
      }
    }
    pairing {
      code
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<RenewKioskPairingMutation, RenewKioskPairingMutationVariables>;
export const RevokeKioskDocument = new TypedDocumentString(`
    mutation RevokeKiosk($id: ID!) {
  revokeKiosk(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeKioskMutation, RevokeKioskMutationVariables>;
export const NotificationOutboxDocument = new TypedDocumentString(`
    query NotificationOutbox($regionSlug: String, $status: NotificationStatus, $first: Int, $after: String) {
  notificationOutbox(
    regionSlug: $regionSlug
    status: $status
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
        status
        recipient
        language
        subject
        attempts
        createdAt
        nextAttemptAt
        sentAt
        lastError
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationOutboxQuery, NotificationOutboxQueryVariables>;
export const DataDeletionRequestsDocument = new TypedDocumentString(`
    query DataDeletionRequests($regionSlug: String!, $status: DataDeletionStatus, $first: Int, $after: String) {
  dataDeletionRequests(
    regionSlug: $regionSlug
    status: $status
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
        status
        channel
        requestedAt
        receiptCode
        submittedAt
        reason
        heldFields
        requestedBy {
          name
        }
        decidedAt
        decidedBy {
          name
        }
        rejectReason
        erasedFields
        service {
          name
          slug
          region {
            slug
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DataDeletionRequestsQuery, DataDeletionRequestsQueryVariables>;
export const StaffRequestDataDeletionDocument = new TypedDocumentString(`
    mutation StaffRequestDataDeletion($code: String!, $reason: String) {
  requestDataDeletion(receiptCode: $code, reason: $reason) {
    status
  }
}
    `) as unknown as TypedDocumentString<StaffRequestDataDeletionMutation, StaffRequestDataDeletionMutationVariables>;
export const ConfirmDataDeletionDocument = new TypedDocumentString(`
    mutation ConfirmDataDeletion($id: ID!) {
  confirmDataDeletion(id: $id) {
    id
    service {
      slug
      region {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmDataDeletionMutation, ConfirmDataDeletionMutationVariables>;
export const RejectDataDeletionDocument = new TypedDocumentString(`
    mutation RejectDataDeletion($id: ID!, $reason: String!) {
  rejectDataDeletion(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<RejectDataDeletionMutation, RejectDataDeletionMutationVariables>;
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
  publicPasswordAccounts
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