import { Migration } from '@mikro-orm/migrations';

/**
 * Search that understands how citizens write (issue 13, decision record 0037).
 *
 * - `suara_id`: PostgreSQL's Indonesian snowball stemmer behind `unaccent`, so "kelahiran" finds
 *   "lahir" and "Périzinan" finds "perizinan".
 * - `public_service.search_name` / `search_vector`: the service's name alone, and its name, unit,
 *   category and description weighted A/B/D, kept by a BEFORE trigger from the row's own columns, so
 *   every writer (admin pages, demo seed, psql, the bench) keeps them right without knowing of them.
 * - `search_synonym`: the abbreviations and everyday spellings admins maintain (KK = kartu keluarga,
 *   ijin = izin, …), seeded with the default list below; changes NOTIFY the catalogue like services do.
 * - `search_word`: every word of every service, for "did you mean" (pg_trgm similarity), rebuilt by a
 *   statement trigger whenever services or synonyms change (rare: admin edits and imports).
 */
export class Migration20261129170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`do $$ begin
        if not exists (select 1 from pg_ts_config where cfgname = 'suara_id') then
          create text search configuration suara_id (copy = indonesian);
          alter text search configuration suara_id alter mapping for hword, hword_part, word with unaccent, indonesian_stem;
        end if;
      end $$;`);

    this.addSql(`create table "search_synonym" ("id" uuid not null, "created_at" timestamptz not null, "term" varchar(40) not null, "expansion" varchar(120) not null, "built_in" boolean not null default false, constraint "search_synonym_pkey" primary key ("id"));`);
    this.addSql(`alter table "search_synonym" add constraint "search_synonym_term_expansion_unique" unique ("term", "expansion");`);
    this.addSql(`create table "search_word" ("word" varchar(60) not null, "documents" int not null default 0, constraint "search_word_pkey" primary key ("word"));`);
    this.addSql(`create index "search_word_trgm" on "search_word" using gin ("word" gin_trgm_ops) with (fastupdate = off);`);

    this.addSql(`alter table "public_service" add column "search_name" tsvector null, add column "search_vector" tsvector null;`);
    // fastupdate off: with it, rows written since the last vacuum sit in a pending list that every
    // search scans in full (10,000 new services: 40 ms a search instead of 0.2 ms, decision record
    // 0037). The catalogue is written rarely and read on every search.
    this.addSql(`create index "public_service_search_vector" on "public_service" using gin ("search_vector") with (fastupdate = off);`);

    this.addSql(`create or replace function suara_service_search_vector() returns trigger language plpgsql as $$
      begin
        new.search_name := setweight(to_tsvector('suara_id', new.name), 'A');
        new.search_vector := new.search_name
          || setweight(to_tsvector('suara_id', coalesce(new.search_text, '')), 'B')
          || setweight(to_tsvector('suara_id', coalesce(new.description, '')), 'D');
        return new;
      end $$;`);
    this.addSql(`create trigger "public_service_search_vector" before insert or update of name, search_text, description on "public_service"
      for each row execute function suara_service_search_vector();`);

    // Words shorter than three letters have no trigrams worth comparing; numbers are not misspelled.
    this.addSql(`create or replace function suara_search_words_rebuild() returns trigger language plpgsql as $$
      begin
        delete from search_word;
        insert into search_word (word, documents)
          select word, ndoc from ts_stat('select to_tsvector(''simple'', search_text) from public_service')
          where length(word) between 3 and 60 and word !~ '^[0-9]+$'
          on conflict (word) do nothing;
        insert into search_word (word, documents)
          select distinct term, 0 from search_synonym where term !~ ' ' and length(term) >= 2
          on conflict (word) do nothing;
        return null;
      end $$;`);
    for (const table of ['public_service', 'search_synonym']) {
      this.addSql(`create trigger "${table}_search_words" after insert or update or delete or truncate on "${table}"
        for each statement execute function suara_search_words_rebuild();`);
    }
    this.addSql(`create trigger "search_synonym_catalog_changed" after insert or update or delete or truncate on "search_synonym"
      for each statement execute function suara_catalog_changed();`);

    this.addSql(`alter table "admin_audit_entry" drop constraint if exists "admin_audit_entry_entity_type_check";`);
    this.addSql(`alter table "admin_audit_entry" add constraint "admin_audit_entry_entity_type_check" check ("entity_type" in ('STAFF_ACCOUNT', 'ROLE_GRANT', 'REGION', 'UNIT', 'SERVICE', 'SEARCH_SYNONYM'));`);
    this.addSql(`update public_service set name = name;`);
    const values = DEFAULT_SYNONYMS.map(([term, expansion]) => `(gen_random_uuid(), now(), '${term}', '${expansion}', true)`).join(',\n');
    this.addSql(`insert into search_synonym (id, created_at, term, expansion, built_in) values ${values} on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "admin_audit_entry" drop constraint if exists "admin_audit_entry_entity_type_check";`);
    this.addSql(`alter table "admin_audit_entry" add constraint "admin_audit_entry_entity_type_check" check ("entity_type" in ('STAFF_ACCOUNT', 'ROLE_GRANT', 'REGION', 'UNIT', 'SERVICE'));`);
    this.addSql(`drop trigger if exists "search_synonym_catalog_changed" on "search_synonym";`);
    this.addSql(`drop trigger if exists "search_synonym_search_words" on "search_synonym";`);
    this.addSql(`drop trigger if exists "public_service_search_words" on "public_service";`);
    this.addSql(`drop trigger if exists "public_service_search_vector" on "public_service";`);
    this.addSql(`drop function if exists suara_search_words_rebuild();`);
    this.addSql(`drop function if exists suara_service_search_vector();`);
    this.addSql(`drop index if exists "public_service_search_vector";`);
    this.addSql(`alter table "public_service" drop column "search_name", drop column "search_vector";`);
    this.addSql(`drop table if exists "search_word";`);
    this.addSql(`drop table if exists "search_synonym";`);
    this.addSql(`drop text search configuration if exists suara_id;`);
  }
}

/**
 * The default list (folded: lower case, no accents), as citizens write them on service counters' WhatsApp
 * lines and in search boxes: document abbreviations, old names of permits that were renamed (IMB → PBG
 * in PP 16/2021, SIUP/TDP → NIB in PP 5/2021), and everyday spellings (ijin, praktek, akte).
 */
const DEFAULT_SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['ktp', 'kartu tanda penduduk'],
  ['ektp', 'ktp elektronik'],
  ['kk', 'kartu keluarga'],
  ['kia', 'kartu identitas anak'],
  ['akte', 'akta'],
  ['akta lahir', 'akta kelahiran'],
  ['akta mati', 'akta kematian'],
  ['akta nikah', 'akta perkawinan'],
  ['nikah', 'perkawinan'],
  ['surat nikah', 'perkawinan'],
  ['kawin', 'perkawinan'],
  ['cerai', 'perceraian'],
  ['dukcapil', 'kependudukan dan pencatatan sipil'],
  ['capil', 'pencatatan sipil'],
  ['sim', 'surat izin mengemudi'],
  ['skck', 'surat keterangan catatan kepolisian'],
  ['imb', 'persetujuan bangunan gedung'],
  ['imb', 'izin mendirikan bangunan'],
  ['pbg', 'persetujuan bangunan gedung'],
  ['slf', 'sertifikat laik fungsi'],
  ['nib', 'nomor induk berusaha'],
  ['siup', 'nomor induk berusaha'],
  ['tdp', 'nomor induk berusaha'],
  ['oss', 'online single submission'],
  ['izin usaha', 'perizinan berusaha'],
  ['ijin usaha', 'perizinan berusaha'],
  ['umkm', 'usaha mikro kecil'],
  ['bpjs', 'jaminan kesehatan'],
  ['jkn', 'jaminan kesehatan nasional'],
  ['kis', 'kartu indonesia sehat'],
  ['ijin', 'izin'],
  ['perijinan', 'perizinan'],
  ['praktek', 'praktik'],
  ['sip', 'surat izin praktik'],
  ['sktm', 'surat keterangan tidak mampu'],
  ['bansos', 'bantuan sosial'],
  ['dtks', 'data terpadu kesejahteraan sosial'],
  ['pkh', 'program keluarga harapan'],
  ['ppdb', 'penerimaan peserta didik baru'],
  ['spmb', 'penerimaan peserta didik baru'],
  ['daftar sekolah', 'penerimaan peserta didik baru'],
  ['legalisir', 'legalisasi'],
  ['krk', 'keterangan rencana kota'],
  ['pbb', 'pajak bumi dan bangunan'],
  ['bphtb', 'bea perolehan hak atas tanah dan bangunan'],
  ['rsud', 'rumah sakit umum daerah'],
  ['rumah sakit', 'rsud'],
  ['berobat', 'pemeriksaan kesehatan'],
  ['vaksin', 'imunisasi'],
  ['damkar', 'pemadam kebakaran'],
  ['pdam', 'air minum'],
  ['iklan', 'reklame'],
  ['baliho', 'reklame'],
  ['jalan rusak', 'perbaikan jalan'],
  ['jalan berlubang', 'perbaikan jalan'],
  ['aduan', 'pengaduan'],
  ['komplain', 'pengaduan'],
  ['mpp', 'mal pelayanan publik'],
  ['kartu kuning', 'kartu tanda pencari kerja'],
  ['ak1', 'kartu tanda pencari kerja'],
  ['npwp', 'nomor pokok wajib pajak'],
  ['pirt', 'pangan industri rumah tangga'],
  ['amdal', 'persetujuan lingkungan'],
  ['kir', 'pengujian kendaraan bermotor'],
  ['ambulan', 'ambulans'],
  ['sampah', 'persampahan'],
];
