import { RegionKind, ServiceCategory, ServiceChannel, UnitKind } from '../common/enums.js';

/**
 * The four regions of the demo world (facts/REGIONS.md) with their units (OPD) and public services.
 * Texts are in Bahasa Indonesia, as the citizens of these regions would read them.
 */

export interface RegionSpec {
  slug: string;
  name: string;
  shortName: string;
  province: string;
  kind: RegionKind;
  timeZone: string;
  /** Two districts whose puskesmas and kantor kecamatan appear in the demo. */
  districts: [string, string];
  university: string;
  ngo: string;
}

export const REGIONS: RegionSpec[] = [
  {
    slug: 'mataram',
    name: 'Kota Mataram',
    shortName: 'Mataram',
    province: 'Nusa Tenggara Barat',
    kind: RegionKind.KOTA,
    timeZone: 'Asia/Makassar',
    districts: ['Ampenan', 'Cakranegara'],
    university: 'Universitas Mataram',
    ngo: 'Lembaga Studi Kemanusiaan Lombok',
  },
  {
    slug: 'sawahlunto',
    name: 'Kota Sawahlunto',
    shortName: 'Sawahlunto',
    province: 'Sumatera Barat',
    kind: RegionKind.KOTA,
    timeZone: 'Asia/Jakarta',
    districts: ['Talawi', 'Silungkang'],
    university: 'Universitas Andalas',
    ngo: 'Yayasan Pelayanan Publik Ranah Minang',
  },
  {
    slug: 'mamuju',
    name: 'Kabupaten Mamuju',
    shortName: 'Mamuju',
    province: 'Sulawesi Barat',
    kind: RegionKind.KABUPATEN,
    timeZone: 'Asia/Makassar',
    districts: ['Simboro', 'Kalukku'],
    university: 'Universitas Sulawesi Barat',
    ngo: 'Perkumpulan Warga Peduli Layanan Sulbar',
  },
  {
    slug: 'kupang',
    name: 'Kota Kupang',
    shortName: 'Kupang',
    province: 'Nusa Tenggara Timur',
    kind: RegionKind.KOTA,
    timeZone: 'Asia/Makassar',
    districts: ['Oebobo', 'Alak'],
    university: 'Universitas Nusa Cendana',
    ngo: 'Yayasan Bengkel Layanan Flobamora',
  },
];

export interface UnitSpec {
  key: string;
  name: (region: RegionSpec) => string;
  abbreviation: (region: RegionSpec) => string | null;
  kind: UnitKind;
  parent?: string;
  /** Technical competencies the unit's staff need (besides those of its services). */
  technical: string[];
}

export const UNITS: UnitSpec[] = [
  {
    key: 'dpmptsp',
    name: () => 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    abbreviation: () => 'DPMPTSP',
    kind: UnitKind.DINAS,
    technical: ['T-PERIZINAN-OSS', 'T-PERIZINAN-BANGUNAN', 'T-LAYANAN-DIGITAL'],
  },
  {
    key: 'disdukcapil',
    name: () => 'Dinas Kependudukan dan Pencatatan Sipil',
    abbreviation: () => 'Disdukcapil',
    kind: UnitKind.DINAS,
    technical: ['T-ADMINDUK', 'T-LAYANAN-DIGITAL'],
  },
  {
    key: 'dinkes',
    name: () => 'Dinas Kesehatan',
    abbreviation: () => 'Dinkes',
    kind: UnitKind.DINAS,
    technical: ['T-KESEHATAN-DASAR'],
  },
  {
    key: 'puskesmas-1',
    name: (r) => `Puskesmas ${r.districts[0]}`,
    abbreviation: () => null,
    kind: UnitKind.PUSKESMAS,
    parent: 'dinkes',
    technical: ['T-KESEHATAN-DASAR', 'T-REKAM-MEDIS'],
  },
  {
    key: 'puskesmas-2',
    name: (r) => `Puskesmas ${r.districts[1]}`,
    abbreviation: () => null,
    kind: UnitKind.PUSKESMAS,
    parent: 'dinkes',
    technical: ['T-KESEHATAN-DASAR', 'T-REKAM-MEDIS'],
  },
  {
    key: 'disdik',
    name: () => 'Dinas Pendidikan dan Kebudayaan',
    abbreviation: () => 'Disdikbud',
    kind: UnitKind.DINAS,
    technical: ['T-PPDB', 'T-LAYANAN-DIGITAL'],
  },
  {
    key: 'pupr',
    name: () => 'Dinas Pekerjaan Umum dan Penataan Ruang',
    abbreviation: () => 'Dinas PUPR',
    kind: UnitKind.DINAS,
    technical: ['T-JALAN-DRAINASE', 'T-PERIZINAN-BANGUNAN'],
  },
  {
    key: 'dinsos',
    name: () => 'Dinas Sosial',
    abbreviation: () => 'Dinsos',
    kind: UnitKind.DINAS,
    technical: ['T-DTKS'],
  },
  {
    key: 'dlh',
    name: () => 'Dinas Lingkungan Hidup',
    abbreviation: () => 'DLH',
    kind: UnitKind.DINAS,
    technical: ['T-PERSAMPAHAN'],
  },
  {
    key: 'kecamatan',
    name: (r) => `Kantor Kecamatan ${r.districts[0]}`,
    abbreviation: () => null,
    kind: UnitKind.KECAMATAN,
    technical: ['T-ADMINISTRASI-WILAYAH'],
  },
  {
    key: 'bkpsdm',
    name: () => 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    abbreviation: () => 'BKPSDM',
    kind: UnitKind.BADAN,
    technical: ['T-LAYANAN-DIGITAL'],
  },
];

export interface ServiceSpec {
  key: string;
  unit: string;
  name: string;
  description: string;
  category: ServiceCategory;
  channel: ServiceChannel;
  requirements: string;
  promisedDays: number;
  feeRupiah: number;
  expectedAnnualUsers: number;
  technical: string[];
  /** Mean responses per working day in an ordinary period. */
  dailyResponses: number;
  /** Usual satisfaction on the 1–4 scale, before any story bends it. */
  baseQuality: number;
}

export const SERVICES: ServiceSpec[] = [
  {
    key: 'izin-usaha-mikro-kecil',
    unit: 'dpmptsp',
    name: 'Perizinan Berusaha bagi Usaha Mikro dan Kecil (NIB melalui OSS)',
    description: 'Penerbitan Nomor Induk Berusaha (NIB) dan perizinan berusaha berbasis risiko untuk usaha mikro dan kecil melalui sistem OSS, dengan pendampingan di loket DPMPTSP.',
    category: ServiceCategory.PERIZINAN,
    channel: ServiceChannel.HYBRID,
    requirements: 'KTP-el pemilik usaha; NPWP (jika ada); alamat dan jenis kegiatan usaha (KBLI); nomor telepon dan surel aktif.',
    promisedDays: 1,
    feeRupiah: 0,
    expectedAnnualUsers: 4200,
    technical: ['T-PERIZINAN-OSS', 'T-LAYANAN-DIGITAL'],
    dailyResponses: 3.2,
    baseQuality: 3.05,
  },
  {
    key: 'persetujuan-bangunan-gedung',
    unit: 'dpmptsp',
    name: 'Persetujuan Bangunan Gedung (PBG)',
    description: 'Persetujuan untuk membangun baru, mengubah, memperluas atau merawat bangunan gedung sesuai standar teknis, diajukan melalui SIMBG.',
    category: ServiceCategory.PERIZINAN,
    channel: ServiceChannel.HYBRID,
    requirements: 'Data pemohon; bukti kepemilikan tanah; gambar rencana arsitektur, struktur dan utilitas; KRK/KKPR.',
    promisedDays: 28,
    feeRupiah: 0,
    expectedAnnualUsers: 900,
    technical: ['T-PERIZINAN-BANGUNAN', 'T-LAYANAN-DIGITAL'],
    dailyResponses: 1.1,
    baseQuality: 2.95,
  },
  {
    key: 'izin-reklame',
    unit: 'dpmptsp',
    name: 'Izin Penyelenggaraan Reklame',
    description: 'Izin pemasangan reklame papan, baliho, spanduk dan neon box di wilayah kota/kabupaten.',
    category: ServiceCategory.PERIZINAN,
    channel: ServiceChannel.OFFLINE,
    requirements: 'KTP-el pemohon; desain dan ukuran reklame; lokasi pemasangan; bukti pembayaran pajak reklame.',
    promisedDays: 3,
    feeRupiah: 0,
    expectedAnnualUsers: 600,
    technical: ['T-PERIZINAN-OSS'],
    dailyResponses: 0.8,
    baseQuality: 3.1,
  },
  {
    key: 'ktp-el',
    unit: 'disdukcapil',
    name: 'Penerbitan KTP Elektronik',
    description: 'Perekaman dan pencetakan KTP-el untuk penduduk berusia 17 tahun atau sudah menikah, termasuk penggantian karena rusak atau hilang.',
    category: ServiceCategory.KEPENDUDUKAN,
    channel: ServiceChannel.OFFLINE,
    requirements: 'Fotokopi Kartu Keluarga; surat keterangan hilang dari kepolisian (jika hilang); KTP-el lama (jika rusak).',
    promisedDays: 1,
    feeRupiah: 0,
    expectedAnnualUsers: 15000,
    technical: ['T-ADMINDUK'],
    dailyResponses: 5.5,
    baseQuality: 3.0,
  },
  {
    key: 'kartu-keluarga',
    unit: 'disdukcapil',
    name: 'Penerbitan Kartu Keluarga',
    description: 'Penerbitan Kartu Keluarga baru, perubahan data, pisah KK atau penggantian KK yang rusak/hilang.',
    category: ServiceCategory.KEPENDUDUKAN,
    channel: ServiceChannel.HYBRID,
    requirements: 'KK lama; buku nikah/akta perkawinan; surat pindah (jika pindah datang).',
    promisedDays: 1,
    feeRupiah: 0,
    expectedAnnualUsers: 11000,
    technical: ['T-ADMINDUK', 'T-LAYANAN-DIGITAL'],
    dailyResponses: 4.4,
    baseQuality: 3.05,
  },
  {
    key: 'akta-kelahiran',
    unit: 'disdukcapil',
    name: 'Penerbitan Akta Kelahiran',
    description: 'Pencatatan kelahiran dan penerbitan kutipan akta kelahiran, termasuk layanan jemput bola di rumah sakit dan puskesmas.',
    category: ServiceCategory.KEPENDUDUKAN,
    channel: ServiceChannel.HYBRID,
    requirements: 'Surat keterangan lahir dari dokter/bidan; KK; KTP-el orang tua; buku nikah orang tua.',
    promisedDays: 1,
    feeRupiah: 0,
    expectedAnnualUsers: 8000,
    technical: ['T-ADMINDUK'],
    dailyResponses: 3.0,
    baseQuality: 3.15,
  },
  {
    key: 'pemeriksaan-umum-puskesmas-1',
    unit: 'puskesmas-1',
    name: 'Pemeriksaan Kesehatan Umum',
    description: 'Pemeriksaan dan pengobatan dasar di poli umum puskesmas, termasuk rujukan ke rumah sakit bila diperlukan.',
    category: ServiceCategory.KESEHATAN,
    channel: ServiceChannel.OFFLINE,
    requirements: 'Kartu JKN-KIS atau KTP-el; kartu berobat puskesmas (jika sudah punya).',
    promisedDays: 0,
    feeRupiah: 0,
    expectedAnnualUsers: 18000,
    technical: ['T-KESEHATAN-DASAR', 'T-REKAM-MEDIS'],
    dailyResponses: 4.8,
    baseQuality: 3.1,
  },
  {
    key: 'imunisasi-anak-puskesmas-1',
    unit: 'puskesmas-1',
    name: 'Imunisasi Dasar Anak',
    description: 'Imunisasi dasar lengkap dan lanjutan bagi bayi dan balita sesuai jadwal nasional.',
    category: ServiceCategory.KESEHATAN,
    channel: ServiceChannel.OFFLINE,
    requirements: 'Buku KIA; KK atau akta kelahiran anak.',
    promisedDays: 0,
    feeRupiah: 0,
    expectedAnnualUsers: 3500,
    technical: ['T-KESEHATAN-DASAR'],
    dailyResponses: 1.6,
    baseQuality: 3.35,
  },
  {
    key: 'pemeriksaan-umum-puskesmas-2',
    unit: 'puskesmas-2',
    name: 'Pemeriksaan Kesehatan Umum',
    description: 'Pemeriksaan dan pengobatan dasar di poli umum puskesmas, termasuk rujukan ke rumah sakit bila diperlukan.',
    category: ServiceCategory.KESEHATAN,
    channel: ServiceChannel.OFFLINE,
    requirements: 'Kartu JKN-KIS atau KTP-el; kartu berobat puskesmas (jika sudah punya).',
    promisedDays: 0,
    feeRupiah: 0,
    expectedAnnualUsers: 16000,
    technical: ['T-KESEHATAN-DASAR', 'T-REKAM-MEDIS'],
    dailyResponses: 4.2,
    baseQuality: 3.1,
  },
  {
    key: 'ppdb-smp',
    unit: 'disdik',
    name: 'Penerimaan Peserta Didik Baru (PPDB) SMP',
    description: 'Pendaftaran dan seleksi calon peserta didik SMP negeri melalui jalur zonasi, afirmasi, perpindahan tugas orang tua dan prestasi.',
    category: ServiceCategory.PENDIDIKAN,
    channel: ServiceChannel.ONLINE,
    requirements: 'Akta kelahiran; KK minimal satu tahun; ijazah/surat keterangan lulus SD; bukti prestasi atau afirmasi (jika ada).',
    promisedDays: 14,
    feeRupiah: 0,
    expectedAnnualUsers: 6000,
    technical: ['T-PPDB', 'T-LAYANAN-DIGITAL'],
    dailyResponses: 1.4,
    baseQuality: 2.9,
  },
  {
    key: 'legalisir-ijazah',
    unit: 'disdik',
    name: 'Legalisasi Ijazah dan Surat Keterangan Pengganti Ijazah',
    description: 'Legalisasi fotokopi ijazah SD/SMP dan penerbitan surat keterangan pengganti ijazah yang hilang atau rusak.',
    category: ServiceCategory.PENDIDIKAN,
    channel: ServiceChannel.OFFLINE,
    requirements: 'Ijazah asli dan fotokopinya; surat keterangan hilang dari kepolisian (untuk pengganti ijazah).',
    promisedDays: 2,
    feeRupiah: 0,
    expectedAnnualUsers: 2500,
    technical: ['T-PPDB'],
    dailyResponses: 1.0,
    baseQuality: 3.2,
  },
  {
    key: 'perbaikan-jalan-lingkungan',
    unit: 'pupr',
    name: 'Pengaduan dan Perbaikan Jalan Lingkungan',
    description: 'Penanganan laporan jalan rusak, berlubang atau drainase tersumbat di jalan kota/kabupaten, dari survei lapangan sampai perbaikan.',
    category: ServiceCategory.INFRASTRUKTUR,
    channel: ServiceChannel.HYBRID,
    requirements: 'Lokasi (alamat atau titik peta) dan foto kerusakan; nomor telepon pelapor.',
    promisedDays: 14,
    feeRupiah: 0,
    expectedAnnualUsers: 1500,
    technical: ['T-JALAN-DRAINASE'],
    dailyResponses: 1.2,
    baseQuality: 2.9,
  },
  {
    key: 'keterangan-rencana-kota',
    unit: 'pupr',
    name: 'Keterangan Rencana Kota (KRK)',
    description: 'Informasi tentang ketentuan tata ruang dan tata bangunan pada suatu persil, sebagai dasar permohonan PBG.',
    category: ServiceCategory.INFRASTRUKTUR,
    channel: ServiceChannel.OFFLINE,
    requirements: 'Fotokopi KTP-el; fotokopi sertifikat tanah; denah lokasi.',
    promisedDays: 5,
    feeRupiah: 0,
    expectedAnnualUsers: 700,
    technical: ['T-PERIZINAN-BANGUNAN'],
    dailyResponses: 0.7,
    baseQuality: 3.0,
  },
  {
    key: 'rekomendasi-bantuan-sosial',
    unit: 'dinsos',
    name: 'Pendaftaran DTKS dan Rekomendasi Bantuan Sosial',
    description: 'Pendaftaran keluarga ke Data Terpadu Kesejahteraan Sosial (DTKS) dan rekomendasi untuk program bantuan sosial seperti PKH dan BPNT.',
    category: ServiceCategory.SOSIAL,
    channel: ServiceChannel.OFFLINE,
    requirements: 'KTP-el dan KK; surat keterangan dari kelurahan/desa.',
    promisedDays: 7,
    feeRupiah: 0,
    expectedAnnualUsers: 5000,
    technical: ['T-DTKS'],
    dailyResponses: 2.0,
    baseQuality: 2.85,
  },
  {
    key: 'pengangkutan-sampah',
    unit: 'dlh',
    name: 'Pengangkutan Sampah Rumah Tangga dan Usaha',
    description: 'Pendaftaran pelanggan pengangkutan sampah dan penanganan keluhan sampah yang tidak terangkut.',
    category: ServiceCategory.LINGKUNGAN,
    channel: ServiceChannel.HYBRID,
    requirements: 'KTP-el; alamat lengkap; jenis pelanggan (rumah tangga/usaha).',
    promisedDays: 3,
    feeRupiah: 15000,
    expectedAnnualUsers: 3000,
    technical: ['T-PERSAMPAHAN'],
    dailyResponses: 1.3,
    baseQuality: 2.95,
  },
  {
    key: 'surat-keterangan-kecamatan',
    unit: 'kecamatan',
    name: 'Surat Keterangan dan Rekomendasi Kecamatan',
    description: 'Penerbitan surat keterangan, legalisasi dokumen dan rekomendasi camat untuk keperluan administrasi warga.',
    category: ServiceCategory.ADMINISTRASI,
    channel: ServiceChannel.OFFLINE,
    requirements: 'KTP-el; KK; surat pengantar dari kelurahan/desa.',
    promisedDays: 1,
    feeRupiah: 0,
    expectedAnnualUsers: 4000,
    technical: ['T-ADMINISTRASI-WILAYAH'],
    dailyResponses: 1.8,
    baseQuality: 3.15,
  },
];
