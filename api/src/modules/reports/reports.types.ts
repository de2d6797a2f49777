import { Field, ID, Int, Float, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Grade } from '@suara/skm';
import { GradeEnum } from '../../graphql/enums.js';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType('SkmReportVersion', {
  simpleResolvers: true,
  description: 'One published version of a Laporan SKM; earlier versions are kept when late ratings revise it / Satu versi terbit Laporan SKM.',
})
export class SkmReportVersionType {
  @Field(() => ID, { description: 'The version’s id / ID versi.' })
  id!: string;

  @Field(() => Int, { description: 'Version number, 1 for the first publication / Nomor versi.' })
  version!: number;

  @Field(() => Date, { description: 'When this version was published / Waktu terbit versi ini.' })
  publishedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why it replaced the previous version; null for version 1 / Alasan revisi.' })
  revisionReason!: string | null;

  @Field(() => Int, { description: 'Responses counted in this version / Jumlah tanggapan.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'IKM (25–100) of the unit in this version / IKM unit.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Grade (mutu) in this version / Mutu pelayanan.' })
  grade!: Grade | null;
}

@ObjectType('SkmReport', {
  simpleResolvers: true,
  description:
    'A published Laporan SKM of a unit for a survey period: a snapshot that never changes; late ratings make a new version (decision record 0026) / ' +
    'Laporan SKM unit untuk satu periode survei yang telah terbit.',
})
export class SkmReportType {
  @Field(() => ID, { description: 'The id of this version; the PDF is /laporan/<id>.pdf / ID versi ini.' })
  id!: string;

  unitId!: string;

  @Field(() => String, { description: 'The region’s slug / Slug daerah.' })
  regionSlug!: string;

  @Field(() => String, { description: 'Survey period key: 2026-S1, 2026-Q3 or 2026 / Kode periode survei.' })
  periodKey!: string;

  @Field(() => DateScalar, { description: 'First day of the period / Hari pertama periode.' })
  periodFrom!: string;

  @Field(() => DateScalar, { description: 'Last day of the period / Hari terakhir periode.' })
  periodTo!: string;

  @Field(() => Int, { description: 'Version number of this report / Nomor versi.' })
  version!: number;

  @Field(() => Date, { description: 'When this version was published / Waktu terbit.' })
  publishedAt!: Date;

  @Field(() => String, { description: 'Name and title of the head of unit who signed it off / Penanda tangan (nama dan jabatan).' })
  signedBy!: string;

  @Field(() => String, { nullable: true, description: 'What changed against the previous version; null for version 1 / Alasan revisi.' })
  revisionReason!: string | null;

  @Field(() => Int, { description: 'Responses counted / Jumlah tanggapan.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'IKM (25–100) of the unit, two decimals / IKM unit.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Grade (mutu) of the unit / Mutu pelayanan unit.' })
  grade!: Grade | null;

  @Field(() => GraphQLJSONObject, {
    description:
      'Everything the report prints (sections 1–6 and annexes of facts/LAPORAN.md), frozen at publication; no personal data / Isi laporan (snapshot).',
  })
  content!: Record<string, unknown>;

  @Field(() => [SkmReportVersionType], { description: 'Every version of this report, newest first / Semua versi, terbaru lebih dulu.' })
  versions!: SkmReportVersionType[];
}

@ObjectType('SkmReportPreview', {
  simpleResolvers: true,
  description: 'A Laporan SKM as it would be published now: staff only / Pratinjau Laporan SKM (hanya staf).',
})
export class SkmReportPreviewType {
  unitId!: string;

  @Field(() => String, { description: 'Survey period key / Kode periode survei.' })
  periodKey!: string;

  @Field(() => DateScalar, { description: 'First day of the period / Hari pertama periode.' })
  periodFrom!: string;

  @Field(() => DateScalar, { description: 'Last day of the period / Hari terakhir periode.' })
  periodTo!: string;

  @Field(() => Boolean, { description: 'False while the period is running (berjalan) / Apakah periode sudah selesai.' })
  complete!: boolean;

  @Field(() => Int, { description: 'Responses counted / Jumlah tanggapan.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'IKM (25–100); null below 5 responses / IKM unit.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Grade (mutu); null below 5 responses / Mutu pelayanan.' })
  grade!: Grade | null;

  @Field(() => Boolean, { description: 'Whether it can be published now / Apakah dapat diterbitkan sekarang.' })
  publishable!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it cannot be published yet, in the caller’s language / Alasan belum dapat diterbitkan.' })
  refusal!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'What the report would print / Isi laporan bila diterbitkan sekarang.' })
  content!: Record<string, unknown>;

  @Field(() => SkmReportType, { nullable: true, description: 'The published report of this unit and period, if any (latest version) / Laporan yang sudah terbit.' })
  published!: SkmReportType | null;

  @Field(() => Boolean, {
    description: 'True when the published numbers differ from the rollups now (a revision is due) / Angka berubah sejak terbit.',
  })
  changedSincePublished!: boolean;
}
