/**
 * The catalogue the search's query set is judged on (issue 13): four regions as in the demo, each with
 * the services a regional government and its public service mall (Mal Pelayanan Publik) actually
 * offer — population documents, permits, health, schools, roads, social aid, taxes, and the national
 * agencies' counters at the MPP (SIM, SKCK, BPJS, NPWP), which citizens look for first. Names follow
 * the regions' published service standards; descriptions are short, as on the service pages.
 *
 * Plain data and plain SQL only: the API's tests (test/integration/search-queries.test.ts) and the
 * bench (tests/bench/search.ts) both load it into a scratch database of their own.
 */

export interface FixtureRegion {
  slug: string;
  name: string;
  province: string;
  kind: 'KOTA' | 'KABUPATEN';
  timeZone: string;
  districts: [string, string];
}

export const FIXTURE_REGIONS: FixtureRegion[] = [
  { slug: 'mataram', name: 'Kota Mataram', province: 'Nusa Tenggara Barat', kind: 'KOTA', timeZone: 'Asia/Makassar', districts: ['Ampenan', 'Cakranegara'] },
  { slug: 'sawahlunto', name: 'Kota Sawahlunto', province: 'Sumatera Barat', kind: 'KOTA', timeZone: 'Asia/Jakarta', districts: ['Talawi', 'Silungkang'] },
  { slug: 'mamuju', name: 'Kabupaten Mamuju', province: 'Sulawesi Barat', kind: 'KABUPATEN', timeZone: 'Asia/Makassar', districts: ['Simboro', 'Kalukku'] },
  { slug: 'kupang', name: 'Kota Kupang', province: 'Nusa Tenggara Timur', kind: 'KOTA', timeZone: 'Asia/Makassar', districts: ['Oebobo', 'Alak'] },
];

export interface FixtureUnit {
  key: string;
  name: (r: FixtureRegion) => string;
  abbreviation: string | null;
  kind: 'DINAS' | 'BADAN' | 'KECAMATAN' | 'PUSKESMAS' | 'RSUD' | 'UPT';
}

export const FIXTURE_UNITS: FixtureUnit[] = [
  { key: 'capil', name: () => 'Dinas Kependudukan dan Pencatatan Sipil', abbreviation: 'Disdukcapil', kind: 'DINAS' },
  { key: 'ptsp', name: () => 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', abbreviation: 'DPMPTSP', kind: 'DINAS' },
  { key: 'dinkes', name: () => 'Dinas Kesehatan', abbreviation: 'Dinkes', kind: 'DINAS' },
  { key: 'pkm0', name: (r) => `Puskesmas ${r.districts[0]}`, abbreviation: null, kind: 'PUSKESMAS' },
  { key: 'pkm1', name: (r) => `Puskesmas ${r.districts[1]}`, abbreviation: null, kind: 'PUSKESMAS' },
  { key: 'rsud', name: (r) => `Rumah Sakit Umum Daerah ${r.name.replace(/^(Kota|Kabupaten) /, '')}`, abbreviation: 'RSUD', kind: 'RSUD' },
  { key: 'disdik', name: () => 'Dinas Pendidikan dan Kebudayaan', abbreviation: 'Disdikbud', kind: 'DINAS' },
  { key: 'pupr', name: () => 'Dinas Pekerjaan Umum dan Penataan Ruang', abbreviation: 'PUPR', kind: 'DINAS' },
  { key: 'dinsos', name: () => 'Dinas Sosial', abbreviation: 'Dinsos', kind: 'DINAS' },
  { key: 'dlh', name: () => 'Dinas Lingkungan Hidup', abbreviation: 'DLH', kind: 'DINAS' },
  { key: 'kec0', name: (r) => `Kantor Kecamatan ${r.districts[0]}`, abbreviation: null, kind: 'KECAMATAN' },
  { key: 'dishub', name: () => 'Dinas Perhubungan', abbreviation: 'Dishub', kind: 'DINAS' },
  { key: 'bapenda', name: () => 'Badan Pendapatan Daerah', abbreviation: 'Bapenda', kind: 'BADAN' },
  { key: 'damkar', name: () => 'Dinas Pemadam Kebakaran dan Penyelamatan', abbreviation: null, kind: 'DINAS' },
  { key: 'disnaker', name: () => 'Dinas Tenaga Kerja', abbreviation: 'Disnaker', kind: 'DINAS' },
  { key: 'mpp', name: () => 'Mal Pelayanan Publik', abbreviation: 'MPP', kind: 'UPT' },
];

export interface FixtureService {
  unit: string;
  name: string;
  category: string;
  users: number;
  description: string;
}

export const FIXTURE_SERVICES: FixtureService[] = [
  { unit: 'capil', name: 'Penerbitan KTP Elektronik', category: 'KEPENDUDUKAN', users: 30000, description: 'Perekaman dan pencetakan KTP-el bagi penduduk berusia 17 tahun atau sudah menikah; penggantian KTP yang rusak atau hilang.' },
  { unit: 'capil', name: 'Penerbitan Kartu Keluarga', category: 'KEPENDUDUKAN', users: 25000, description: 'Kartu Keluarga baru, perubahan susunan anggota keluarga dan pisah KK.' },
  { unit: 'capil', name: 'Penerbitan Akta Kelahiran', category: 'KEPENDUDUKAN', users: 20000, description: 'Akta kelahiran bayi baru lahir atau terlambat; membawa surat keterangan lahir, KK dan KTP orang tua.' },
  { unit: 'capil', name: 'Penerbitan Akta Kematian', category: 'KEPENDUDUKAN', users: 5000, description: 'Pencatatan kematian penduduk dan penerbitan akta kematian bagi ahli waris.' },
  { unit: 'capil', name: 'Penerbitan Kartu Identitas Anak (KIA)', category: 'KEPENDUDUKAN', users: 8000, description: 'Kartu identitas bagi anak di bawah 17 tahun.' },
  { unit: 'capil', name: 'Surat Keterangan Pindah Datang', category: 'KEPENDUDUKAN', users: 6000, description: 'Pindah domisili antar desa, kecamatan, kabupaten atau kota; SKPWNI.' },
  { unit: 'capil', name: 'Pencatatan Perkawinan dan Perceraian Non-Muslim', category: 'KEPENDUDUKAN', users: 1500, description: 'Akta perkawinan dan akta perceraian bagi penduduk non-Muslim.' },
  { unit: 'ptsp', name: 'Perizinan Berusaha bagi Usaha Mikro dan Kecil (NIB melalui OSS)', category: 'PERIZINAN', users: 12000, description: 'Pendampingan pendaftaran Nomor Induk Berusaha melalui OSS RBA untuk usaha mikro dan kecil.' },
  { unit: 'ptsp', name: 'Persetujuan Bangunan Gedung (PBG)', category: 'PERIZINAN', users: 3000, description: 'Pengganti Izin Mendirikan Bangunan (IMB) sejak PP 16/2021, melalui SIMBG.' },
  { unit: 'ptsp', name: 'Sertifikat Laik Fungsi (SLF)', category: 'PERIZINAN', users: 800, description: 'Sertifikat bahwa bangunan gedung laik fungsi sebelum dimanfaatkan.' },
  { unit: 'ptsp', name: 'Izin Penyelenggaraan Reklame', category: 'PERIZINAN', users: 1500, description: 'Izin pemasangan papan reklame, baliho dan spanduk.' },
  { unit: 'ptsp', name: 'Surat Izin Praktik Dokter, Bidan dan Perawat', category: 'PERIZINAN', users: 1200, description: 'SIP tenaga kesehatan untuk praktik mandiri atau di fasilitas kesehatan.' },
  { unit: 'ptsp', name: 'Izin Usaha Apotek dan Toko Obat', category: 'PERIZINAN', users: 300, description: 'Izin apotek dan toko obat berizin.' },
  { unit: 'dinkes', name: 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)', category: 'KESEHATAN', users: 900, description: 'Sertifikat bagi usaha pangan olahan rumahan.' },
  { unit: 'dinkes', name: 'Pelayanan Ambulans Gawat Darurat 119', category: 'KESEHATAN', users: 2000, description: 'Ambulans gratis untuk keadaan gawat darurat.' },
  { unit: 'pkm0', name: 'Pemeriksaan Kesehatan Umum', category: 'KESEHATAN', users: 15000, description: 'Pemeriksaan dan pengobatan umum di puskesmas.' },
  { unit: 'pkm0', name: 'Imunisasi Dasar Anak', category: 'KESEHATAN', users: 4000, description: 'Imunisasi dasar lengkap bagi bayi dan balita.' },
  { unit: 'pkm1', name: 'Pemeriksaan Kesehatan Umum', category: 'KESEHATAN', users: 14000, description: 'Pemeriksaan dan pengobatan umum di puskesmas.' },
  { unit: 'pkm1', name: 'Pemeriksaan Kehamilan', category: 'KESEHATAN', users: 3000, description: 'Pemeriksaan ibu hamil dan pelayanan keluarga berencana.' },
  { unit: 'rsud', name: 'Pendaftaran Rawat Jalan RSUD', category: 'KESEHATAN', users: 40000, description: 'Pendaftaran pasien poliklinik, umum dan peserta JKN.' },
  { unit: 'disdik', name: 'Penerimaan Peserta Didik Baru (PPDB) SMP', category: 'PENDIDIKAN', users: 8000, description: 'Pendaftaran sekolah SMP negeri jalur zonasi, afirmasi, prestasi dan pindah tugas.' },
  { unit: 'disdik', name: 'Legalisasi Ijazah dan Surat Keterangan Pengganti Ijazah', category: 'PENDIDIKAN', users: 3000, description: 'Legalisir fotokopi ijazah SD dan SMP, dan pengganti ijazah yang hilang.' },
  { unit: 'pupr', name: 'Pengaduan dan Perbaikan Jalan Lingkungan', category: 'INFRASTRUKTUR', users: 1000, description: 'Laporan jalan rusak atau berlubang dan perbaikannya.' },
  { unit: 'pupr', name: 'Keterangan Rencana Kota (KRK)', category: 'INFRASTRUKTUR', users: 600, description: 'Informasi tata ruang untuk persil yang akan dibangun.' },
  { unit: 'dinsos', name: 'Pendaftaran DTKS dan Rekomendasi Bantuan Sosial', category: 'SOSIAL', users: 7000, description: 'Usulan masuk data terpadu dan rekomendasi bansos.' },
  { unit: 'dinsos', name: 'Surat Keterangan Tidak Mampu', category: 'SOSIAL', users: 4000, description: 'SKTM untuk keringanan biaya berobat dan sekolah.' },
  { unit: 'dlh', name: 'Pengangkutan Sampah Rumah Tangga dan Usaha', category: 'LINGKUNGAN', users: 5000, description: 'Jadwal dan retribusi angkutan sampah.' },
  { unit: 'dlh', name: 'Persetujuan Lingkungan (UKL-UPL dan SPPL)', category: 'LINGKUNGAN', users: 200, description: 'Dokumen lingkungan untuk usaha dan kegiatan.' },
  { unit: 'kec0', name: 'Surat Keterangan dan Rekomendasi Kecamatan', category: 'ADMINISTRASI', users: 3000, description: 'Surat keterangan usaha, domisili dan rekomendasi camat.' },
  { unit: 'dishub', name: 'Pengujian Kendaraan Bermotor (Uji KIR)', category: 'PERHUBUNGAN', users: 4000, description: 'Uji berkala kendaraan angkutan barang dan penumpang.' },
  { unit: 'bapenda', name: 'Pembayaran dan Keringanan Pajak Bumi dan Bangunan (PBB-P2)', category: 'ADMINISTRASI', users: 20000, description: 'Pembayaran, salinan SPPT dan keringanan PBB perdesaan dan perkotaan.' },
  { unit: 'bapenda', name: 'Pelayanan Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)', category: 'ADMINISTRASI', users: 2000, description: 'Validasi BPHTB jual beli, hibah dan waris tanah.' },
  { unit: 'damkar', name: 'Pemadaman Kebakaran dan Penyelamatan', category: 'SOSIAL', users: 500, description: 'Panggilan darurat kebakaran, evakuasi hewan dan penyelamatan.' },
  { unit: 'disnaker', name: 'Kartu Tanda Pencari Kerja (AK/1)', category: 'ADMINISTRASI', users: 6000, description: 'Kartu kuning bagi pencari kerja.' },
  { unit: 'mpp', name: 'Penerbitan dan Perpanjangan SIM (Gerai Satlantas)', category: 'PERHUBUNGAN', users: 9000, description: 'Surat izin mengemudi A dan C di gerai kepolisian Mal Pelayanan Publik.' },
  { unit: 'mpp', name: 'Penerbitan SKCK (Gerai Polres)', category: 'ADMINISTRASI', users: 7000, description: 'Surat keterangan catatan kepolisian untuk melamar kerja.' },
  { unit: 'mpp', name: 'Pendaftaran dan Perubahan Data Peserta BPJS Kesehatan', category: 'KESEHATAN', users: 8000, description: 'Gerai BPJS Kesehatan: pendaftaran JKN, pindah faskes dan perubahan data.' },
  { unit: 'mpp', name: 'Pendaftaran NPWP (Gerai Kantor Pajak)', category: 'ADMINISTRASI', users: 1500, description: 'Nomor pokok wajib pajak orang pribadi.' },
];

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');

/** What a fixture service is called by: region slug and name (two puskesmas share a name). */
export const fixtureSlug = (region: string, unit: string, name: string) => `${region}-${unit}-${slugOf(name)}`.slice(0, 120);

type Execute = (text: string, params: unknown[]) => Promise<unknown>;
export type SearchTextOf = (service: { name: string; category: string }, unit: { name: string; abbreviation: string | null }) => string;

/**
 * Inserts the fixture catalogue (`$n` placeholders, for `pg`). `searchTextOf` is the API's own
 * `serviceSearchText`, so that the stored search text is exactly what the admin pages would store.
 */
export async function insertFixtureCatalogue(execute: Execute, searchTextOf: SearchTextOf): Promise<void> {
  for (const region of FIXTURE_REGIONS) {
    const [r] = (await execute(
      `insert into region (id, created_at, slug, name, province, kind, time_zone) values (gen_random_uuid(), now(), $1, $2, $3, $4, $5) returning id`,
      [region.slug, region.name, region.province, region.kind, region.timeZone],
    )) as Array<{ id: string }>;
    const unitIds = new Map<string, { id: string; name: string; abbreviation: string | null }>();
    for (const unit of FIXTURE_UNITS) {
      const name = unit.name(region);
      const [u] = (await execute(
        `insert into unit (id, created_at, region_id, slug, name, abbreviation, kind) values (gen_random_uuid(), now(), $1, $2, $3, $4, $5) returning id`,
        [r!.id, `${region.slug}-${unit.key}`, name, unit.abbreviation, unit.kind],
      )) as Array<{ id: string }>;
      unitIds.set(unit.key, { id: u!.id, name, abbreviation: unit.abbreviation });
    }
    for (const s of FIXTURE_SERVICES) {
      const unit = unitIds.get(s.unit)!;
      await execute(
        `insert into public_service (id, created_at, slug, region_id, unit_id, name, description, category, channel, requirements, promised_days, fee_rupiah, expected_annual_users, search_text)
         values (gen_random_uuid(), now(), $1, $2, $3, $4, $5, $6, 'OFFLINE', '', 3, 0, $7, $8)`,
        [fixtureSlug(region.slug, s.unit, s.name), r!.id, unit.id, s.name, s.description, s.category, s.users, searchTextOf(s, unit)],
      );
    }
  }
}
