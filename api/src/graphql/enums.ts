import { registerEnumType } from 'type-graphql';
import { GRADE_LABEL, SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import {
  CompetencyKind,
  InboxItemKind,
  InboxStatus,
  ModerationActionKind,
  ModerationItemKind,
  ModerationStatus,
  RegionKind,
  Role,
  ServiceChannel,
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
registerEnumType(CompetencyKind, {
  name: 'CompetencyKind',
  description: 'The three kinds of ASN competency (PermenPANRB 38/2017) / Tiga jenis kompetensi ASN.',
  valuesConfig: {
    MANAJERIAL: { description: 'Managerial: the 8 competencies of PermenPANRB 38/2017 / Manajerial: 8 kompetensi PermenPANRB 38/2017.' },
    SOSIAL_KULTURAL: { description: 'Socio-cultural: Perekat Bangsa / Sosial kultural: Perekat Bangsa.' },
    TEKNIS: { description: 'Technical: specific to a field of work, national or a region’s own / Teknis: khusus bidang kerja, nasional atau milik daerah.' },
  },
});
registerEnumType(Granularity, { name: 'Granularity' });
registerEnumType(InboxStatus, {
  name: 'InboxStatus',
  description: 'UNANSWERED: published and waiting for the unit; ANSWERED: the unit answered; PENDING_MODERATION: comments still held (to prepare, not to answer).',
});
registerEnumType(InboxItemKind, { name: 'InboxItemKind' });
