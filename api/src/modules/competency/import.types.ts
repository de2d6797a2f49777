import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What an HR import holds (README, "Importing HR data"). */
export enum ImportKind {
  EMPLOYEES = 'EMPLOYEES',
  ASSESSMENTS = 'ASSESSMENTS',
  SKM = 'SKM',
}

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description:
    'What a CSV import holds: employees (shaped like a SIASN export), competency assessments, or paper SKM questionnaires with their original dates / ' +
    'Jenis data impor: pegawai, penilaian kompetensi, atau kuesioner SKM kertas.',
  valuesConfig: {
    EMPLOYEES: { description: 'Employees, shaped like a SIASN export / Data pegawai seperti ekspor SIASN.' },
    ASSESSMENTS: { description: 'Competency assessments / Hasil penilaian kompetensi.' },
    SKM: { description: 'Paper SKM questionnaires with their original dates / Kuesioner SKM kertas dengan tanggal aslinya.' },
  },
});

/** The largest CSV `importHrData` takes (UTF-8 bytes); the command line takes any size. Decision record 0022. */
export const IMPORT_CSV_MAX_BYTES = 800_000;
/** At most this many problems travel back; `problemCount` says how many there were. */
export const IMPORT_PROBLEMS_SHOWN = 1_000;

@InputType({ description: 'An HR import: a CSV file’s text for a region / Impor data SDM: isi berkas CSV untuk satu daerah.' })
export class ImportHrDataInput {
  @Field(() => ImportKind, { description: 'What the file holds / Jenis isi berkas.' })
  kind!: ImportKind;

  @Field(() => String, { description: 'The region the rows belong to (its slug) / Daerah pemilik data (slug).' })
  regionSlug!: string;

  @Field(() => String, {
    description:
      `The CSV text, first line the column names (README), at most ${IMPORT_CSV_MAX_BYTES.toLocaleString('en')} bytes; larger files through \`pnpm suara import\` / ` +
      `Isi CSV, baris pertama nama kolom, paling besar ${IMPORT_CSV_MAX_BYTES.toLocaleString('id-ID')} byte.`,
  })
  csv!: string;

  @Field(() => Boolean, { description: 'Check every row and count what would change, storing nothing / Periksa saja tanpa menyimpan.' })
  dryRun!: boolean;
}

@ObjectType({ description: 'A bad cell of an imported file / Sel bermasalah pada berkas impor.' })
export class ImportProblemType {
  @Field(() => Int, { description: 'Line of the file, the header being line 1 / Baris berkas (judul kolom = baris 1).' })
  line!: number;

  @Field(() => String, { description: 'The column’s name as in the header / Nama kolom.' })
  column!: string;

  @Field(() => String, { description: 'What is wrong, in the caller’s language; never the cell’s text / Masalahnya, tanpa mengulang isi sel.' })
  message!: string;
}

@ObjectType({ description: 'What an import did (or, in a dry run, would do) / Hasil impor (atau uji coba).' })
export class ImportReportType {
  @Field(() => ImportKind, { description: 'What the file held / Jenis isi berkas.' })
  kind!: ImportKind;

  @Field(() => Boolean, { description: 'True when nothing was stored / Benar bila tidak ada yang disimpan.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Data rows read (header not counted) / Baris data yang dibaca.' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows stored new or changed (in a dry run: that would be) / Baris yang disimpan baru atau diubah.' })
  imported!: number;

  @Field(() => Int, { description: 'Rows already stored exactly so: a re-run changes nothing / Baris yang sudah tersimpan sama persis.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows refused for a problem; the others were kept / Baris yang ditolak; baris lain tetap disimpan.' })
  rejected!: number;

  @Field(() => Int, { description: 'All problems found, also past the ones listed / Jumlah seluruh masalah.' })
  problemCount!: number;

  @Field(() => [ImportProblemType], {
    description: `The problems by line, at most ${IMPORT_PROBLEMS_SHOWN} / Masalah per baris, paling banyak ${IMPORT_PROBLEMS_SHOWN}.`,
  })
  problems!: ImportProblemType[];
}
