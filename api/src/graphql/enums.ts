import { registerEnumType } from 'type-graphql';
import { GRADE_LABEL, SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import {
  AssessmentMethod,
  CompetencyKind,
  DevelopmentActivityKind,
  EnrolmentStatus,
  EmploymentType,
  InboxItemKind,
  InboxStatus,
  ModerationActionKind,
  ModerationItemKind,
  ModerationStatus,
  PartnerKind,
  PositionKind,
  RegionKind,
  Role,
  ServiceChannel,
  SurveyPeriodKind,
  TrainingForm,
  TrainingMode,
  UnitKind,
} from '../common/enums.js';

/** Every enum exposed in GraphQL, registered once. Names that CONTRACT.md fixes keep its spelling. */

export const SkmElementEnum = Object.fromEntries(SKM_ELEMENTS.map((e) => [e, e])) as { [K in SkmElement]: K };
export const GradeEnum = { A: 'A', B: 'B', C: 'C', D: 'D' } as const;

/**
 * How a citizen's own submission reached us (CONTRACT.md: { WEB KIOSK }). Paper and imported results
 * never come back from `submitFeedback`, so the public enum holds only these two of FeedbackChannel's.
 */
export enum SubmissionChannel {
  WEB = 'WEB',
  KIOSK = 'KIOSK',
}
registerEnumType(SubmissionChannel, {
  name: 'FeedbackChannel',
  description: 'WEB: the portal or any API client; KIOSK: a registered counter kiosk (X-Kiosk-Token).',
});

export enum Granularity {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}

registerEnumType(SkmElementEnum, {
  name: 'SkmElement',
  description: 'The nine elements (unsur) of the SKM, PermenPANRB 14/2017, in the regulation’s order.',
});
registerEnumType(GradeEnum, {
  name: 'Grade',
  description: `Service quality grade (mutu pelayanan): ${Object.entries(GRADE_LABEL.id).map(([g, l]) => `${g} ${l}`).join(', ')}.`,
});
registerEnumType(Role, { name: 'Role' });
registerEnumType(SurveyPeriodKind, {
  name: 'SurveyPeriodKind',
  description: 'How often a region runs its satisfaction survey: calendar quarters, semesters (January–June, July–December; the default) or years. / Periode survei wilayah: triwulan, semester (bawaan) atau tahun.',
});
registerEnumType(RegionKind, { name: 'RegionKind', description: 'KOTA (city, led by a Wali Kota) or KABUPATEN (regency, led by a Bupati).' });
registerEnumType(UnitKind, { name: 'UnitKind' });
registerEnumType(ServiceChannel, { name: 'ServiceChannel', description: 'Where the service is delivered: at the counter, online, or both.' });
registerEnumType(ModerationStatus, { name: 'ModerationStatus' });
registerEnumType(ModerationActionKind, { name: 'ModerationActionKind' });
registerEnumType(ModerationItemKind, { name: 'ModerationItemKind' });
registerEnumType(CompetencyKind, {
  name: 'CompetencyKind',
  description: 'The three kinds of ASN competency (PermenPANRB 38/2017) / Tiga jenis kompetensi ASN.',
  valuesConfig: {
    MANAJERIAL: { description: 'Managerial: the 8 competencies of PermenPANRB 38/2017 / Manajerial: 8 kompetensi PermenPANRB 38/2017.' },
    SOSIAL_KULTURAL: { description: 'Socio-cultural: Perekat Bangsa / Sosial kultural: Perekat Bangsa.' },
    TEKNIS: { description: 'Technical: specific to a field of work, national or a region’s own / Teknis: khusus bidang kerja, nasional atau milik daerah.' },
  },
});
registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'Bucket size of a trend / Ukuran rentang tren.',
  valuesConfig: {
    WEEK: { description: 'ISO week, Monday to Sunday / Minggu ISO, Senin sampai Minggu.' },
    MONTH: { description: 'Calendar month / Bulan kalender.' },
    QUARTER: { description: 'Calendar quarter / Triwulan kalender.' },
  },
});
registerEnumType(InboxStatus, {
  name: 'InboxStatus',
  description: 'UNANSWERED: published and waiting for the unit; ANSWERED: the unit answered; PENDING_MODERATION: comments still held (to prepare, not to answer).',
});
registerEnumType(InboxItemKind, { name: 'InboxItemKind' });
registerEnumType(AssessmentMethod, {
  name: 'AssessmentMethod',
  description:
    'How a competency was assessed, most objective first: ASSESSMENT_CENTER and UJI_KOMPETENSI, MULTI_RATER, SUPERVISOR, SELF (decision record 0020) / ' +
    'Metode penilaian kompetensi.',
  valuesConfig: {
    ASSESSMENT_CENTER: { description: 'An assessment centre: trained assessors, several exercises / Pusat penilaian (assessment center).' },
    UJI_KOMPETENSI: { description: 'A competency test against the standard / Uji kompetensi.' },
    MULTI_RATER: { description: 'Several raters: superior, peers and subordinates (360°) / Penilaian 360 derajat.' },
    SUPERVISOR: { description: 'The direct superior’s judgement / Penilaian atasan langsung.' },
    SELF: { description: 'The employee’s own judgement, the least objective / Penilaian diri sendiri.' },
  },
});
registerEnumType(DevelopmentActivityKind, {
  name: 'DevelopmentActivityKind',
  description: 'Kind of development activity / Jenis kegiatan pengembangan.',
  valuesConfig: {
    ADVANCED_COURSE: { description: 'An advanced course beyond the position’s standard / Kursus lanjutan.' },
    STRETCH_ASSIGNMENT: { description: 'A large project or assignment beyond the position / Penugasan proyek besar.' },
    ACTING_ROLE: { description: 'Acting in a higher position for a time / Pelaksana tugas jabatan lebih tinggi.' },
    MENTORING_OTHERS: { description: 'Mentoring colleagues in the competency / Membimbing rekan kerja.' },
  },
});
registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'UNIVERSITY, NGO, PRIVATE (a firm) or AGENCY (another government agency) / Jenis mitra: perguruan tinggi, LSM, swasta, instansi pemerintah.',
  valuesConfig: {
    UNIVERSITY: { description: 'A university / Perguruan tinggi.' },
    NGO: { description: 'A non-governmental organisation / Lembaga swadaya masyarakat.' },
    PRIVATE: { description: 'A private firm / Perusahaan swasta.' },
    AGENCY: { description: 'Another government agency / Instansi pemerintah lain.' },
  },
});
registerEnumType(TrainingMode, {
  name: 'TrainingMode',
  description: 'Peraturan LAN 10/2018: KLASIKAL (classroom) or NON_KLASIKAL / Jalur klasikal atau nonklasikal.',
  valuesConfig: {
    KLASIKAL: { description: 'Classroom, face to face / Klasikal, tatap muka.' },
    NON_KLASIKAL: { description: 'Outside the classroom: at work, online, in a community / Nonklasikal: di tempat kerja, daring, dalam komunitas.' },
  },
});
registerEnumType(TrainingForm, {
  name: 'TrainingForm',
  description: 'Form of development per Peraturan LAN 10/2018 / Bentuk pengembangan kompetensi.',
  valuesConfig: {
    PELATIHAN_TEKNIS: { description: 'Technical training / Pelatihan teknis.' },
    PELATIHAN_MANAJERIAL: { description: 'Managerial training / Pelatihan manajerial.' },
    BIMBINGAN_TEKNIS: { description: 'Technical guidance / Bimbingan teknis.' },
    SEMINAR: { description: 'Seminar or conference / Seminar atau konferensi.' },
    WORKSHOP: { description: 'Workshop / Lokakarya.' },
    KURSUS: { description: 'Course / Kursus.' },
    COACHING: { description: 'Coaching / Coaching.' },
    MENTORING: { description: 'Mentoring / Mentoring.' },
    E_LEARNING: { description: 'E-learning / Pembelajaran elektronik.' },
    MAGANG: { description: 'Internship at another organisation / Magang.' },
    DETASERING: { description: 'Secondment to another organisation / Detasering (penugasan sementara di instansi lain).' },
    PATOK_BANDING: { description: 'Benchmarking visit / Patok banding.' },
    KOMUNITAS_BELAJAR: { description: 'Learning community / Komunitas belajar.' },
  },
});
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description:
    'PLANNED → ENROLLED → COMPLETED; PLANNED → DECLINED; ENROLLED → NO_SHOW or DROPPED (these three with a reason); CANCELLED by HR / ' +
    'Status keikutsertaan: direncanakan, terdaftar, selesai, menolak, tidak hadir, berhenti, dibatalkan.',
  valuesConfig: {
    PLANNED: { description: 'Planned by HR, not yet confirmed / Direncanakan.' },
    ENROLLED: { description: 'Registered for the program / Terdaftar.' },
    COMPLETED: { description: 'Completed; its JP count / Selesai; JP dihitung.' },
    DECLINED: { description: 'The employee declined (with a reason) / Menolak (dengan alasan).' },
    NO_SHOW: { description: 'Did not attend (with a reason) / Tidak hadir (dengan alasan).' },
    DROPPED: { description: 'Started but stopped (with a reason) / Berhenti di tengah (dengan alasan).' },
    CANCELLED: { description: 'Cancelled by HR / Dibatalkan BKPSDM.' },
  },
});
registerEnumType(PositionKind, {
  name: 'PositionKind',
  description: 'Kind of position: STRUKTURAL (leads a unit), FUNGSIONAL, PELAKSANA (administrative) / Jenis jabatan.',
  valuesConfig: {
    STRUKTURAL: { description: 'Leads a unit or part of it / Jabatan struktural (pimpinan).' },
    FUNGSIONAL: { description: 'A professional position with its own career path / Jabatan fungsional.' },
    PELAKSANA: { description: 'Carries out administrative and service work / Jabatan pelaksana.' },
  },
});
registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'PNS (civil servant) or PPPK (government employee on contract) / Jenis pegawai ASN.',
  valuesConfig: {
    PNS: { description: 'A civil servant (Pegawai Negeri Sipil) / Pegawai Negeri Sipil.' },
    PPPK: { description: 'A government employee on a work agreement / Pegawai Pemerintah dengan Perjanjian Kerja.' },
  },
});
