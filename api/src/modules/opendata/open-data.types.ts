import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Grade, SkmElement } from '@suara/skm';
import { SurveyPeriodKind } from '../../common/enums.js';
import { GradeEnum } from '../../graphql/enums.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { PublicServiceType, RegionType, UnitType } from '../catalog/index.js';
import { ElementScore } from '../feedback/index.js';

/**
 * The public open-data table of a region (issue 10, point 4; decision record 0027). Nothing here is
 * personal: counts and averages of services, units and the region, never below 5 responses.
 */

export enum OpenDataPeriodState {
  PUBLISHED = 'PUBLISHED',
  RUNNING = 'RUNNING',
  NOT_PUBLISHED = 'NOT_PUBLISHED',
}
registerEnumType(OpenDataPeriodState, {
  name: 'OpenDataPeriodState',
  description: 'Whether a survey period is published as open data (facts/LAPORAN.md, Periods) / Status publikasi periode survei sebagai data terbuka.',
  valuesConfig: {
    PUBLISHED: { description: 'Complete and published: its rows are snapshots, revised only as numbered versions / Lengkap dan terbit: barisnya tetap, hanya direvisi sebagai versi bernomor.' },
    RUNNING: { description: 'Contains today: numbers so far, never published / Sedang berjalan: angka sementara, tidak diterbitkan.' },
    NOT_PUBLISHED: {
      description: 'Nothing published for it: it has not ended, or nobody rated a service in it / Tidak ada yang terbit: belum berakhir, atau tidak ada penilaian.',
    },
  },
});

@ObjectType('OpenDataPeriod', { simpleResolvers: true, description: 'A survey period of a region in the open data / Periode survei wilayah dalam data terbuka.' })
export class OpenDataPeriodType {
  @Field(() => String, { description: 'Period key: `2026-S1`, `2026-Q3` or `2026` / Kunci periode.' })
  key!: string;

  @Field(() => SurveyPeriodKind, { description: 'Quarter, semester or year / Triwulan, semester atau tahun.' })
  kind!: SurveyPeriodKind;

  @Field(() => DateScalar, { description: 'First day, in the region’s time zone / Hari pertama, zona waktu wilayah.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day, in the region’s time zone / Hari terakhir, zona waktu wilayah.' })
  to!: string;

  @Field(() => OpenDataPeriodState, { description: 'Published, running or not published / Terbit, berjalan atau belum terbit.' })
  state!: OpenDataPeriodState;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was first published; null unless published / Waktu pertama terbit.' })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a row of it was last revised; null when never revised / Waktu revisi terakhir.' })
  revisedAt!: Date | null;
}

@ObjectType('OpenDataRow', {
  simpleResolvers: true,
  description: 'The published SKM result of one service for one period: IKM, grade, responses and element averages / Hasil SKM satu layanan untuk satu periode.',
})
export class OpenDataRowType {
  @Field(() => PublicServiceType, { description: 'The service / Layanan.' })
  service!: PublicServiceType;

  @Field(() => UnitType, { description: 'The unit that delivered it when published / Unit penyelenggara saat terbit.' })
  unit!: UnitType;

  @Field(() => String, { description: 'Period key / Kunci periode.' })
  periodKey!: string;

  @Field(() => Int, { nullable: true, description: 'Version: 1 when first published, n + 1 for each revision; null for a running period / Versi; null untuk periode berjalan.' })
  version!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this version was published; null for a running period / Waktu versi ini terbit.' })
  publishedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Why this version exists: responses it counts beyond the previous version (late kiosk or paper ratings; negative when spam was removed); null for version 1 / Alasan revisi: selisih jumlah responden dari versi sebelumnya.',
  })
  lateResponses!: number | null;

  @Field(() => Int, { description: 'Responses counted (spam never counts) / Jumlah responden.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'Converted IKM 25–100, two decimals; null below 5 responses / Nilai IKM; kosong di bawah 5 responden.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Grade (mutu pelayanan); null below 5 responses / Mutu pelayanan; kosong di bawah 5 responden.' })
  grade!: Grade | null;

  @Field(() => [ElementScore], { description: 'The nine element averages; empty below 5 responses / Rata-rata sembilan unsur; kosong di bawah 5 responden.' })
  elements!: Array<{ element: SkmElement; average: number }>;

  @Field(() => [OpenDataRowType], { description: 'Earlier versions of this row, newest first / Versi sebelumnya, terbaru dahulu.' })
  revisions!: OpenDataRowType[];
}

@ObjectType('OpenDataTotal', {
  simpleResolvers: true,
  description: 'The SKM result of a unit or of the whole region for the period, over the rows shown / Hasil SKM unit atau wilayah untuk periode itu.',
})
export class OpenDataTotalType {
  @Field(() => UnitType, { nullable: true, description: 'The unit; null for the region’s total / Unit; kosong untuk total wilayah.' })
  unit!: UnitType | null;

  @Field(() => Int, { description: 'Responses counted / Jumlah responden.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'Converted IKM; null below 5 responses / Nilai IKM; kosong di bawah 5 responden.' })
  ikm!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Grade; null below 5 responses / Mutu pelayanan; kosong di bawah 5 responden.' })
  grade!: Grade | null;

  @Field(() => [ElementScore], { description: 'The nine element averages; empty below 5 responses / Rata-rata sembilan unsur.' })
  elements!: Array<{ element: SkmElement; average: number }>;
}

@ObjectType('OpenDataTable', {
  simpleResolvers: true,
  description: 'A region’s published SKM results for one survey period (PermenPANRB 14/2017: results are published) / Hasil SKM wilayah yang diterbitkan untuk satu periode.',
})
export class OpenDataTableType {
  @Field(() => RegionType, { description: 'The region / Wilayah.' })
  region!: RegionType;

  @Field(() => OpenDataPeriodType, { description: 'The period shown / Periode yang ditampilkan.' })
  period!: OpenDataPeriodType;

  @Field(() => [OpenDataPeriodType], { description: 'The running period and every published one, newest first / Periode berjalan dan semua periode terbit.' })
  periods!: OpenDataPeriodType[];

  @Field(() => [OpenDataRowType], { description: 'One row per service rated in the period (latest version), by unit and service / Satu baris per layanan.' })
  rows!: OpenDataRowType[];

  @Field(() => [OpenDataTotalType], { description: 'Each unit’s total over its rows, by unit name / Total tiap unit.' })
  units!: OpenDataTotalType[];

  @Field(() => OpenDataTotalType, { description: 'The region’s total over all rows / Total wilayah.' })
  total!: OpenDataTotalType;
}
