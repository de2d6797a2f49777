import { registerEnumType } from 'type-graphql';
import { GRADE_LABEL, SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import {
  AssessmentMethod,
  CompetencyKind,
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
  TrainingForm,
  TrainingMode,
  UnitKind,
} from '../common/enums.js';

/** Every enum exposed in GraphQL, registered once. Names that CONTRACT.md fixes keep its spelling. */

export const SkmElementEnum = Object.fromEntries(SKM_ELEMENTS.map((e) => [e, e])) as { [K in SkmElement]: K };
export const GradeEnum = { A: 'A', B: 'B', C: 'C', D: 'D' } as const;

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
registerEnumType(RegionKind, { name: 'RegionKind', description: 'KOTA (city, led by a Wali Kota) or KABUPATEN (regency, led by a Bupati).' });
registerEnumType(UnitKind, { name: 'UnitKind' });
registerEnumType(ServiceChannel, { name: 'ServiceChannel', description: 'Where the service is delivered: at the counter, online, or both.' });
registerEnumType(ModerationStatus, { name: 'ModerationStatus' });
registerEnumType(ModerationActionKind, { name: 'ModerationActionKind' });
registerEnumType(ModerationItemKind, { name: 'ModerationItemKind' });
registerEnumType(CompetencyKind, { name: 'CompetencyKind' });
registerEnumType(Granularity, { name: 'Granularity' });
registerEnumType(InboxStatus, {
  name: 'InboxStatus',
  description: 'UNANSWERED: published and waiting for the unit; ANSWERED: the unit answered; PENDING_MODERATION: comments still held (to prepare, not to answer).',
});
registerEnumType(InboxItemKind, { name: 'InboxItemKind' });
registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'UNIVERSITY, NGO, PRIVATE (a firm) or AGENCY (another government agency) / Jenis mitra: perguruan tinggi, LSM, swasta, instansi pemerintah.',
});
registerEnumType(TrainingMode, { name: 'TrainingMode', description: 'Peraturan LAN 10/2018: KLASIKAL (classroom) or NON_KLASIKAL / Jalur klasikal atau nonklasikal.' });
registerEnumType(TrainingForm, { name: 'TrainingForm', description: 'Form of development per Peraturan LAN 10/2018 / Bentuk pengembangan kompetensi.' });
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description:
    'PLANNED → ENROLLED → COMPLETED; PLANNED → DECLINED; ENROLLED → NO_SHOW or DROPPED (these three with a reason); CANCELLED by HR / ' +
    'Status keikutsertaan: direncanakan, terdaftar, selesai, menolak, tidak hadir, berhenti, dibatalkan.',
});
registerEnumType(PositionKind, { name: 'PositionKind', description: 'Kind of position: STRUKTURAL (leads a unit), FUNGSIONAL, PELAKSANA (administrative) / Jenis jabatan.' });
registerEnumType(EmploymentType, { name: 'EmploymentType', description: 'PNS (civil servant) or PPPK (government employee on contract) / Jenis pegawai ASN.' });
registerEnumType(AssessmentMethod, {
  name: 'AssessmentMethod',
  description: 'How a competency was assessed: assessment centre, competency test, supervisor, self, multi-rater (360°) / Metode penilaian kompetensi.',
});
