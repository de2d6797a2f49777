import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { SkmElement } from '@suara/skm';
import { FollowUpStatus, PublicationChannel } from '../../common/enums.js';
import { DateScalar } from '../../graphql/scalars.js';
import { SkmElementEnum } from '../../graphql/enums.js';
import { UnitType } from '../catalog/index.js';
import { LowScoreReasonCountType } from './insights.types.js';

/**
 * The GraphQL face of follow-up plans (rencana tindak lanjut) and the publication checklist
 * (facts/LAPORAN.md "Follow-up plans" and "Publication"; decision record 0025).
 */

registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'Where a follow-up action stands / Status tindakan tindak lanjut.',
  valuesConfig: {
    PLANNED: { description: 'Agreed, not started / Direncanakan.' },
    IN_PROGRESS: { description: 'Under way / Sedang dikerjakan.' },
    DONE: { description: 'Done, with evidence of completion / Selesai, dengan bukti.' },
    DROPPED: { description: 'Dropped, with a reason / Dibatalkan, dengan alasan.' },
  },
});

export enum FollowUpPlanState {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  AGREED = 'AGREED',
}
registerEnumType(FollowUpPlanState, {
  name: 'FollowUpPlanState',
  description: 'Whether a unit has a plan for the period and whether it is agreed / Keadaan rencana tindak lanjut.',
  valuesConfig: {
    NONE: { description: 'No plan drafted yet / Belum ada rencana.' },
    DRAFT: { description: 'Drafted, still open to changes / Draf, masih dapat diubah.' },
    AGREED: { description: 'Agreed: each action has an owner and a deadline and is tracked to closure / Disepakati.' },
  },
});

registerEnumType(PublicationChannel, {
  name: 'PublicationChannel',
  description: 'Where SKM results were published (PermenPANRB 14/2017) / Media publikasi hasil SKM.',
  valuesConfig: {
    PORTAL: { description: 'The portal’s open-data page: automatic once the period is complete / Halaman data terbuka portal (otomatis).' },
    WEBSITE: { description: 'The unit’s own website / Situs web unit.' },
    NOTICE_BOARD: { description: 'The notice board at the counter / Papan pengumuman di loket.' },
    SOCIAL_MEDIA: { description: 'Social media / Media sosial.' },
    PRINT: { description: 'Printed media (newspaper, leaflet) / Media cetak.' },
  },
});

@ObjectType('FollowUpComment', { description: 'A citizen’s published comment an action was drafted from / Komentar warga yang menjadi dasar tindakan.' })
export class FollowUpCommentType {
  @Field(() => ID, { description: 'The feedback’s id / Id umpan balik.' })
  id!: string;

  @Field(() => String, { description: 'The comment as the public reads it (redacted when a moderator redacted it) / Teks komentar yang dipublikasikan.' })
  text!: string;

  @Field(() => Date, { description: 'When it was sent / Waktu dikirim.' })
  submittedAt!: Date;
}

@ObjectType('FollowUpAction', { description: 'One action of a unit’s follow-up plan on a weak SKM element / Satu tindakan dalam rencana tindak lanjut.' })
export class FollowUpActionType {
  @Field(() => ID, { description: 'Action id / Id tindakan.' })
  id!: string;

  planId!: string;

  @Field(() => SkmElementEnum, { description: 'The SKM element it addresses / Unsur SKM yang diperbaiki.' })
  element!: SkmElement;

  @Field(() => String, { description: 'What will be done / Uraian tindakan.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The person or section responsible; empty on a fresh draft / Penanggung jawab.' })
  owner!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Deadline, a day in the region’s time zone / Tenggat.' })
  dueOn!: string | null;

  @Field(() => FollowUpStatus, { description: 'PLANNED, IN_PROGRESS, DONE or DROPPED / Status.' })
  status!: FollowUpStatus;

  @Field(() => String, { nullable: true, description: 'Evidence of completion: a text or a link (DONE) / Bukti penyelesaian.' })
  evidence!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was dropped (DROPPED) / Alasan dibatalkan.' })
  dropReason!: string | null;

  @Field(() => Date, { description: 'When the action was written / Waktu dibuat.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it became DONE or DROPPED / Waktu selesai atau dibatalkan.' })
  closedAt!: Date | null;

  @Field(() => Boolean, { description: 'Open (PLANNED or IN_PROGRESS) past its deadline / Melewati tenggat.' })
  overdue!: boolean;

  @Field(() => Boolean, { description: 'Done on or before its deadline / Selesai tepat waktu.' })
  doneOnTime!: boolean;

  @Field(() => Boolean, { description: 'Written by the draft from the period’s scores (not added by hand) / Dibuat otomatis dari hasil SKM.' })
  drafted!: boolean;

  @Field(() => Float, { nullable: true, description: 'The element’s average (1–4) in the period it was drafted from / Nilai rata-rata unsur pada periode.' })
  sourceAverage!: number | null;

  @Field(() => Int, { nullable: true, description: 'Responses that scored the element 1 or 2 in that period / Jumlah nilai rendah (1–2) pada periode.' })
  sourceLowScoreCount!: number | null;

  @Field(() => [FollowUpCommentType], {
    description: 'Up to three published comments on the unit in that period that scored the element low; hidden ones drop out / Komentar warga yang mendasari.',
  })
  sourceComments!: FollowUpCommentType[];

  @Field(() => [LowScoreReasonCountType], {
    description:
      'What citizens said went wrong on this element at the unit in the plan’s period ("what went wrong?" reasons of scores 1–2, spam left out), most given first / ' +
      'Alasan nilai rendah unsur ini di unit pada periode rencana.',
  })
  sourceReasonCounts!: LowScoreReasonCountType[];
}

@ObjectType('PlanFollowUpFigures', {
  description:
    'Completion and speed of follow-up actions of agreed plans for one period (facts/LAPORAN.md, a product decision) / Capaian dan kecepatan tindak lanjut.',
})
export class FollowUpFiguresBase {
  @Field(() => Int, { description: 'Actions of agreed plans / Jumlah tindakan dalam rencana yang disepakati.' })
  actions!: number;

  @Field(() => Int, { description: 'Actions due: deadline passed, or done; dropped ones are left out / Tindakan yang sudah jatuh tempo.' })
  due!: number;

  @Field(() => Int, { description: 'Actions done / Tindakan selesai.' })
  done!: number;

  @Field(() => Int, { description: 'Actions done on or before their deadline / Selesai tepat waktu.' })
  doneByDeadline!: number;

  @Field(() => Int, { description: 'Actions dropped with a reason / Tindakan dibatalkan.' })
  dropped!: number;

  @Field(() => Int, { description: 'Open actions past their deadline / Tindakan terlambat yang belum selesai.' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'Completion: done by deadline ÷ due, 0–1; null when nothing is due / Capaian (selesai tepat waktu ÷ jatuh tempo).' })
  completion!: number | null;

  @Field(() => Float, { nullable: true, description: 'Speed: median days from the plan’s agreement to done; null when nothing is done / Median hari dari kesepakatan sampai selesai.' })
  medianDaysToDone!: number | null;
}

@ObjectType('UnitFollowUpFigures', {
  description:
    'Completion and speed of one unit’s follow-up plan for a period (facts/LAPORAN.md, a product decision) / Capaian dan kecepatan tindak lanjut unit.',
})
export class UnitFollowUpFiguresType extends FollowUpFiguresBase {
  unitId!: string;

  @Field(() => UnitType, { description: 'The unit / Unit.' })
  unit!: UnitType;

  @Field(() => FollowUpPlanState, { description: 'The state of its plan / Keadaan rencananya.' })
  planState!: FollowUpPlanState;
}

@ObjectType('FollowUpFigures', {
  description:
    'Completion and speed of follow-up for a region and period, with each unit’s (PEKPPP evidence; facts/LAPORAN.md) / Capaian dan kecepatan tindak lanjut daerah.',
})
export class FollowUpFiguresType extends FollowUpFiguresBase {
  @Field(() => String, { description: 'Period key, e.g. 2026-S1 / Kunci periode.' })
  period!: string;

  @Field(() => DateScalar, { description: 'First day of the period / Hari pertama periode.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the period / Hari terakhir periode.' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Units with an agreed plan / Unit dengan rencana disepakati.' })
  agreedPlans!: number;

  @Field(() => Int, { description: 'Units with a draft plan / Unit dengan draf rencana.' })
  draftPlans!: number;

  @Field(() => [UnitFollowUpFiguresType], { description: 'Every unit of the region with services / Setiap unit daerah yang memiliki layanan.' })
  units!: UnitFollowUpFiguresType[];
}

@ObjectType('FollowUpPlan', {
  description: 'A unit’s follow-up plan for one survey period: a draft until agreed, then tracked to closure / Rencana tindak lanjut unit untuk satu periode.',
})
export class FollowUpPlanType {
  @Field(() => ID, { nullable: true, description: 'Plan id; null when no plan is drafted yet / Id rencana.' })
  id!: string | null;

  unitId!: string;

  @Field(() => UnitType, { description: 'The unit / Unit.' })
  unit!: UnitType;

  @Field(() => String, { description: 'Period key, e.g. 2026-S1 / Kunci periode.' })
  period!: string;

  @Field(() => DateScalar, { description: 'First day of the period / Hari pertama periode.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the period / Hari terakhir periode.' })
  periodEnd!: string;

  @Field(() => Boolean, { description: 'The period has ended: a plan can be drafted / Periode sudah berakhir.' })
  periodComplete!: boolean;

  @Field(() => FollowUpPlanState, { description: 'NONE, DRAFT or AGREED / Keadaan rencana.' })
  state!: FollowUpPlanState;

  @Field(() => Date, { nullable: true, description: 'When it was drafted / Waktu draf dibuat.' })
  draftedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was agreed / Waktu disepakati.' })
  agreedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who agreed it (staff name) / Yang menyepakati.' })
  agreedBy!: string | null;

  @Field(() => [FollowUpActionType], { description: 'Its actions, by element then creation / Daftar tindakan.' })
  actions!: FollowUpActionType[];

  @Field(() => FollowUpFiguresBase, { description: 'Completion and speed of this plan / Capaian dan kecepatan rencana ini.' })
  figures!: FollowUpFiguresBase;
}

@ObjectType('SkmPublication', { description: 'Where and when a unit published its SKM results for a period / Catatan publikasi hasil SKM.' })
export class SkmPublicationType {
  @Field(() => ID, { nullable: true, description: 'Record id; null for the automatic portal entry / Id catatan.' })
  id!: string | null;

  @Field(() => PublicationChannel, { description: 'The channel / Media publikasi.' })
  channel!: PublicationChannel;

  @Field(() => DateScalar, { description: 'The day it was published / Tanggal publikasi.' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'A link to it / Tautan.' })
  link!: string | null;

  @Field(() => String, { nullable: true, description: 'A note, e.g. where the notice hangs / Catatan.' })
  note!: string | null;

  @Field(() => Boolean, { description: 'Counted automatically (the portal’s open-data page) / Tercatat otomatis.' })
  automatic!: boolean;
}

@InputType('FollowUpActionInput', {
  description: 'An action to change (id) or to add to a unit’s plan (unitId and period) / Tindakan yang diubah atau ditambahkan.',
})
export class FollowUpActionInput {
  @Field(() => ID, { nullable: true, description: 'The action to change; none to add one / Id tindakan yang diubah; kosong untuk menambah.' })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit, when adding / Unit, saat menambah.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'The period key, when adding / Kunci periode, saat menambah.' })
  period?: string | null;

  @Field(() => SkmElementEnum, { nullable: true, description: 'The element it addresses; required when adding / Unsur SKM.' })
  element?: SkmElement | null;

  @Field(() => String, { nullable: true, description: 'What will be done, 5–1000 characters / Uraian tindakan, 5–1000 karakter.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'The person or section responsible, up to 200 characters; empty clears it / Penanggung jawab.' })
  owner?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Deadline, on or after the period’s end / Tenggat.' })
  dueOn?: string | null;
}

@InputType('PublicationInput', { description: 'A publication of a unit’s SKM results to record / Publikasi yang dicatat.' })
export class PublicationInput {
  @Field(() => ID, { description: 'The unit / Unit.' })
  unitId!: string;

  @Field(() => String, { description: 'The period key, e.g. 2026-S1 / Kunci periode.' })
  period!: string;

  @Field(() => PublicationChannel, { description: 'WEBSITE, NOTICE_BOARD, SOCIAL_MEDIA or PRINT (PORTAL is automatic) / Media publikasi.' })
  channel!: PublicationChannel;

  @Field(() => DateScalar, { description: 'The day it was published, not in the future / Tanggal publikasi.' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'A link (http or https), up to 500 characters / Tautan.' })
  link?: string | null;

  @Field(() => String, { nullable: true, description: 'A note, up to 500 characters / Catatan.' })
  note?: string | null;
}
