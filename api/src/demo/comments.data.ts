import type { SkmElement } from '@suara/skm';

/** What citizens write, by the element they are unhappy or happy about (Bahasa Indonesia). */
export const NEGATIVE: Record<SkmElement, string[]> = {
  PERSYARATAN: [
    'Persyaratan di papan pengumuman berbeda dengan yang diminta petugas, saya harus bolak-balik.',
    'Tolong persyaratan dicantumkan lengkap di website, jangan ditambah-tambah di loket.',
    'Saya disuruh melengkapi fotokopi yang tidak ada di daftar persyaratan.',
  ],
  SISTEM_MEKANISME_PROSEDUR: [
    'Alurnya membingungkan, tidak ada petunjuk harus ke loket mana dulu.',
    'Aplikasi daring sering error saat unggah dokumen, akhirnya tetap harus datang ke kantor.',
    'Nomor antrean tidak jelas, banyak yang menyerobot.',
    'Petugas tidak bisa menjelaskan cara memakai aplikasi perizinan online.',
  ],
  WAKTU_PENYELESAIAN: [
    'Dijanjikan selesai hari itu juga, ternyata saya harus kembali tiga hari kemudian.',
    'Antre dari pagi sampai siang baru dipanggil.',
    'Sudah lewat dua minggu belum ada kabar, padahal standarnya lebih cepat.',
    'Proses lama sekali, berkas saya sempat hilang.',
  ],
  BIAYA_TARIF: [
    'Katanya gratis tapi diminta uang administrasi di loket.',
    'Ada pungutan untuk map dan materai yang tidak dijelaskan.',
  ],
  PRODUK_SPESIFIKASI: [
    'Ada salah ketik nama di dokumen yang saya terima, harus diurus ulang.',
    'Dokumen yang keluar tidak sesuai dengan yang saya ajukan.',
  ],
  KOMPETENSI_PELAKSANA: [
    'Petugas kurang paham aturan terbaru, jawabannya berbeda-beda.',
    'Petugas baru belum menguasai sistem, pelayanan jadi lambat.',
    'Saat saya tanya soal OSS, petugas tidak bisa menjelaskan.',
  ],
  PERILAKU_PELAKSANA: [
    'Petugas di loket tidak ramah dan menjawab dengan ketus.',
    'Saya dibentak karena bertanya dua kali. Tolong petugas lebih sopan.',
    'Petugas sibuk main HP, warga dibiarkan menunggu.',
    'Ibu-ibu yang membawa bayi tidak didahulukan, petugas acuh.',
    'Perawat di ruang pendaftaran kasar sekali kepada pasien lansia.',
  ],
  PENANGANAN_PENGADUAN: [
    'Sudah mengadu lewat kotak saran tapi tidak pernah ada tanggapan.',
    'Nomor pengaduan yang ditempel di dinding tidak bisa dihubungi.',
    'Laporan saya di SP4N-LAPOR! belum ditindaklanjuti.',
  ],
  SARANA_PRASARANA: [
    'Ruang tunggu panas dan kursinya kurang.',
    'Toilet kotor dan tidak ada air.',
    'Tidak ada jalur untuk kursi roda.',
    'Tempat parkir sempit.',
  ],
};

export const POSITIVE: string[] = [
  'Pelayanan cepat dan petugasnya ramah. Terima kasih!',
  'Prosesnya jelas, saya dibantu sampai selesai.',
  'Sekarang jauh lebih baik dibanding tahun lalu.',
  'Petugas menjelaskan persyaratan dengan sabar.',
  'Antrean tertib, ruang tunggu nyaman.',
  'Terima kasih, dokumen saya selesai sesuai janji.',
  'Layanan online-nya mudah dipakai dari rumah.',
  'Petugasnya sigap membantu warga lansia.',
];

/** Story: the Kupang public-works office that fell behind on road repair reports. */
export const PUPR_DELAY: string[] = [
  'Jalan berlubang di depan rumah saya sudah dilaporkan sejak dua bulan lalu, belum juga diperbaiki.',
  'Drainase tersumbat, setiap hujan banjir. Laporan kami tidak ditindaklanjuti.',
  'Petugas survei datang, tapi perbaikan tidak pernah dilakukan.',
  'Dulu laporan cepat ditangani, sekarang lama sekali.',
];

/** Comments a moderator hides: abuse, not criticism. */
export const ABUSIVE: string[] = [
  'Dasar pegawai malas semua, makan gaji buta!!!',
  'Kantor ini sarang pungli, petugasnya bodoh semua.',
];

/** Comments with personal data that a moderator redacts before publishing. */
export const WITH_PERSONAL_DATA: Array<{ original: string; redacted: string }> = [
  {
    original: 'Petugas bernama Pak Rudi minta uang Rp50.000, nomor HP saya 0812-3456-7890 kalau mau konfirmasi.',
    redacted: 'Petugas bernama [disamarkan] minta uang Rp50.000, nomor HP saya [disamarkan] kalau mau konfirmasi.',
  },
  {
    original: 'Berkas atas nama Siti Aminah NIK 5271014101900002 belum selesai juga.',
    redacted: 'Berkas atas nama [disamarkan] NIK [disamarkan] belum selesai juga.',
  },
];

export const SPAM: string[] = [
  'Pinjaman online cepat cair tanpa jaminan, hubungi WA kami sekarang!',
  'Jual followers murah, klik tautan di bio.',
  'Slot gacor hari ini, deposit 10 ribu langsung main.',
];

export const HIDE_REASONS = ['Mengandung kata kasar dan tuduhan tanpa dasar.', 'Menghina petugas secara pribadi.'];

export const RESPONSES_NEGATIVE: string[] = [
  'Terima kasih atas masukannya. Kami mohon maaf atas ketidaknyamanan ini; petugas terkait sudah kami tegur dan alur layanan kami perbaiki.',
  'Mohon maaf atas keterlambatan. Berkas Anda sudah kami periksa dan dapat diambil di loket 2. Silakan hubungi kami bila ada kendala.',
  'Terima kasih atas laporan Anda. Kami sudah menjadwalkan perbaikan dan akan mengabarkan perkembangannya.',
  'Masukan Anda sudah kami sampaikan kepada pimpinan. Mulai bulan depan kami menambah petugas di jam sibuk.',
];

export const RESPONSES_POSITIVE: string[] = [
  'Terima kasih atas apresiasinya. Kami akan terus menjaga kualitas pelayanan.',
  'Terima kasih, senang dapat membantu Bapak/Ibu.',
];

export const FORUM_THREADS: Array<{ title: string; question: string; answer: string; reply?: string }> = [
  {
    title: 'Apakah NIB bisa diurus sepenuhnya secara online?',
    question: 'Saya punya warung kecil. Apakah NIB bisa diurus dari rumah lewat OSS, atau tetap harus datang ke kantor?',
    answer: 'Bisa, Bapak/Ibu dapat mendaftar sendiri di oss.go.id. Bila mengalami kesulitan, petugas kami di loket pendampingan siap membantu setiap hari kerja pukul 08.00–15.00.',
    reply: 'Terima kasih, sudah berhasil saya daftar dari rumah.',
  },
  {
    title: 'Berapa lama KTP-el pengganti yang hilang?',
    question: 'KTP saya hilang. Berapa lama penggantiannya dan apa saja yang perlu dibawa?',
    answer: 'Bawa surat keterangan hilang dari kepolisian dan fotokopi KK. Bila blangko tersedia, KTP-el dicetak di hari yang sama.',
  },
  {
    title: 'Jadwal imunisasi bulan ini',
    question: 'Apakah imunisasi campak tetap dilayani hari Sabtu?',
    answer: 'Imunisasi dilayani Senin–Jumat pukul 08.00–12.00. Pada Sabtu pertama setiap bulan ada layanan posyandu di kelurahan.',
  },
];

/** Citizens' forum posts waiting for a moderator in the demo's queue (issue 8). */
export const FORUM_PENDING: string[] = [
  'Apakah berkas bisa diambil oleh keluarga dengan surat kuasa biasa?',
  'Saya sudah daftar lewat aplikasi tiga hari lalu tapi belum ada notifikasi, apakah perlu datang langsung?',
  'Terima kasih, penjelasan petugas kemarin sangat jelas.',
];

/** A forum post citizens reported until the system hid it. */
export const FORUM_ABUSIVE = 'Percuma tanya di sini, petugasnya tidak becus semua, dasar pemalas!';

/** What citizens write when they report something. */
export const REPORT_REASONS: string[] = [
  'Menghina petugas, bukan kritik.',
  'Bahasanya kasar dan tidak pantas.',
  'Isinya makian, mohon dihapus.',
];

/**
 * Questions to a unit as a whole (not one service), for the forum of each region (issue 8): the
 * first is answered, the second answered with a citizen's follow-up still waiting for a moderator,
 * the last two asked in the last days and not answered yet (not yet due).
 */
export const FORUM_UNIT_THREADS: Array<{ unit: string; title: string; question: string; answer?: string; followUp?: string; askedDaysAgo?: number }> = [
  {
    unit: 'dpmptsp',
    title: 'Apakah kantor perizinan buka saat jam istirahat?',
    question: 'Saya hanya bisa datang saat jam makan siang. Apakah loket tetap melayani pukul 12.00–13.00?',
    answer: 'Loket pendaftaran tetap buka saat jam istirahat dengan petugas bergantian. Loket pengambilan dokumen tutup pukul 12.00–13.00.',
  },
  {
    unit: 'disdukcapil',
    title: 'Perekaman KTP-el untuk warga lansia',
    question: 'Orang tua saya sudah lanjut usia dan sulit datang ke kantor. Apakah ada perekaman KTP-el di rumah?',
    answer: 'Ada layanan jemput bola untuk lansia dan penyandang disabilitas. Silakan daftar melalui kelurahan; petugas akan menjadwalkan kunjungan.',
    followUp: 'Terima kasih. Berapa lama biasanya jadwal kunjungan setelah mendaftar di kelurahan?',
  },
  {
    unit: 'dpmptsp',
    title: 'Izin usaha untuk usaha rumahan makanan',
    question: 'Saya ingin menjual kue dari rumah. Selain NIB, apakah perlu izin PIRT, dan di mana mengurusnya?',
    askedDaysAgo: 1,
  },
  {
    unit: 'dpmptsp',
    title: 'Konsultasi perizinan lewat WhatsApp',
    question: 'Apakah ada nomor WhatsApp resmi untuk bertanya soal perizinan sebelum datang ke kantor?',
    askedDaysAgo: 3,
  },
];

/** First names the forum's additional threads are signed with (drawn from their own random stream). */
export const FORUM_ASKERS: string[] = ['Rina', 'Ahmad', 'Yohanes', 'Siti', 'Maria', 'Dedi', 'Novi', 'Fransiska', 'Hendra', 'Wulan'];
