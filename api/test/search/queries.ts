/**
 * Real-world citizen queries and the service each must bring first (issue 13: ≥ 90 % first). Written
 * as people type them into a search box or a counter's WhatsApp line: the document they need (KTP,
 * KK, akta lahir, SIM, SKCK, PBG/IMB, NIB, BPJS), everyday spellings (ijin, praktek, akte, legalisir),
 * misspellings, filler words ("cara bikin …"), and a place ("ktp mataram"). Judged on the fixture
 * catalogue (catalogue.ts): `name` is the first result's name; `region`, when given, its region.
 */
export interface SearchCase {
  query: string;
  name: string;
  region?: string;
  /** Why the case is in the set, when the query alone does not say. */
  why?: string;
}

export const SEARCH_CASES: SearchCase[] = [
  { query: 'ktp', name: 'Penerbitan KTP Elektronik' },
  { query: 'e-ktp', name: 'Penerbitan KTP Elektronik' },
  { query: 'ktp hilang', name: 'Penerbitan KTP Elektronik', why: 'the reason is only in the description' },
  { query: 'KK', name: 'Penerbitan Kartu Keluarga', why: 'issue 13: found Puskesmas Kalukku' },
  { query: 'kartu keluarga baru', name: 'Penerbitan Kartu Keluarga' },
  { query: 'cara bikin kk', name: 'Penerbitan Kartu Keluarga', why: 'filler words' },
  { query: 'akta lahir', name: 'Penerbitan Akta Kelahiran' },
  { query: 'akte kelahiran', name: 'Penerbitan Akta Kelahiran', why: 'everyday spelling' },
  { query: 'bikin akta kelahiran anak', name: 'Penerbitan Akta Kelahiran' },
  { query: 'akta kematian', name: 'Penerbitan Akta Kematian' },
  { query: 'kia', name: 'Penerbitan Kartu Identitas Anak (KIA)' },
  { query: 'surat pindah', name: 'Surat Keterangan Pindah Datang' },
  { query: 'pindah domisili', name: 'Surat Keterangan Pindah Datang' },
  { query: 'surat nikah', name: 'Pencatatan Perkawinan dan Perceraian Non-Muslim' },
  { query: 'ijin usaha', name: 'Perizinan Berusaha bagi Usaha Mikro dan Kecil (NIB melalui OSS)', why: 'issue 13: ijin found nothing' },
  { query: 'nib', name: 'Perizinan Berusaha bagi Usaha Mikro dan Kecil (NIB melalui OSS)' },
  { query: 'siup', name: 'Perizinan Berusaha bagi Usaha Mikro dan Kecil (NIB melalui OSS)', why: 'SIUP became NIB (PP 5/2021)' },
  { query: 'perijinan berusaha', name: 'Perizinan Berusaha bagi Usaha Mikro dan Kecil (NIB melalui OSS)' },
  { query: 'imb', name: 'Persetujuan Bangunan Gedung (PBG)', why: 'IMB became PBG (PP 16/2021)' },
  { query: 'pbg', name: 'Persetujuan Bangunan Gedung (PBG)' },
  { query: 'izin mendirikan bangunan', name: 'Persetujuan Bangunan Gedung (PBG)' },
  { query: 'slf', name: 'Sertifikat Laik Fungsi (SLF)' },
  { query: 'izin reklame', name: 'Izin Penyelenggaraan Reklame' },
  { query: 'pasang baliho', name: 'Izin Penyelenggaraan Reklame' },
  { query: 'ijin praktek bidan', name: 'Surat Izin Praktik Dokter, Bidan dan Perawat', why: 'ijin and praktek' },
  { query: 'surat izin', name: 'Surat Izin Praktik Dokter, Bidan dan Perawat', why: 'issue 13: found nothing' },
  { query: 'izin apotek', name: 'Izin Usaha Apotek dan Toko Obat' },
  { query: 'pirt', name: 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)' },
  { query: 'ambulan', name: 'Pelayanan Ambulans Gawat Darurat 119' },
  { query: 'berobat', name: 'Pemeriksaan Kesehatan Umum' },
  { query: 'puskesmas kalukku', name: 'Pemeriksaan Kesehatan Umum', region: 'mamuju' },
  { query: 'imunisasi', name: 'Imunisasi Dasar Anak' },
  { query: 'vaksin anak', name: 'Imunisasi Dasar Anak' },
  { query: 'imunisai', name: 'Imunisasi Dasar Anak', why: 'misspelt' },
  { query: 'periksa hamil', name: 'Pemeriksaan Kehamilan' },
  { query: 'rumah sakit', name: 'Pendaftaran Rawat Jalan RSUD' },
  { query: 'daftar sekolah smp', name: 'Penerimaan Peserta Didik Baru (PPDB) SMP' },
  { query: 'ppdb', name: 'Penerimaan Peserta Didik Baru (PPDB) SMP' },
  { query: 'legalisir ijazah', name: 'Legalisasi Ijazah dan Surat Keterangan Pengganti Ijazah' },
  { query: 'jalan rusak', name: 'Pengaduan dan Perbaikan Jalan Lingkungan' },
  { query: 'krk', name: 'Keterangan Rencana Kota (KRK)' },
  { query: 'bansos', name: 'Pendaftaran DTKS dan Rekomendasi Bantuan Sosial' },
  { query: 'sktm', name: 'Surat Keterangan Tidak Mampu' },
  { query: 'surat keterangan tidak mampu', name: 'Surat Keterangan Tidak Mampu' },
  { query: 'sampah', name: 'Pengangkutan Sampah Rumah Tangga dan Usaha' },
  { query: 'amdal', name: 'Persetujuan Lingkungan (UKL-UPL dan SPPL)' },
  { query: 'surat keterangan camat', name: 'Surat Keterangan dan Rekomendasi Kecamatan' },
  { query: 'uji kir', name: 'Pengujian Kendaraan Bermotor (Uji KIR)' },
  { query: 'bayar pbb', name: 'Pembayaran dan Keringanan Pajak Bumi dan Bangunan (PBB-P2)' },
  { query: 'bphtb', name: 'Pelayanan Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)' },
  { query: 'damkar', name: 'Pemadaman Kebakaran dan Penyelamatan' },
  { query: 'kartu kuning', name: 'Kartu Tanda Pencari Kerja (AK/1)' },
  { query: 'sim', name: 'Penerbitan dan Perpanjangan SIM (Gerai Satlantas)' },
  { query: 'perpanjang sim', name: 'Penerbitan dan Perpanjangan SIM (Gerai Satlantas)' },
  { query: 'skck', name: 'Penerbitan SKCK (Gerai Polres)' },
  { query: 'bpjs', name: 'Pendaftaran dan Perubahan Data Peserta BPJS Kesehatan' },
  { query: 'npwp', name: 'Pendaftaran NPWP (Gerai Kantor Pajak)' },
  { query: 'ktp mataram', name: 'Penerbitan KTP Elektronik', region: 'mataram', why: 'issue 13: found nothing' },
  { query: 'kk kupang', name: 'Penerbitan Kartu Keluarga', region: 'kupang' },
  { query: 'akta lahir kota sawahlunto', name: 'Penerbitan Akta Kelahiran', region: 'sawahlunto' },
  { query: 'ijin reklame mamuju', name: 'Izin Penyelenggaraan Reklame', region: 'mamuju' },
  { query: 'kependudukkan kartu keluarga', name: 'Penerbitan Kartu Keluarga', why: 'misspelt' },
];

/** The share of cases that must bring their service first (issue 13). */
export const SEARCH_TARGET = 0.9;
