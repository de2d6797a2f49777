import { CompetencyKind } from '../common/enums.js';

/**
 * The competency dictionary of the demo world: the eight managerial competencies and Perekat Bangsa
 * of PermenPANRB 38/2017 (facts/KOMPETENSI.md) with level descriptors 1–5 in the regulation's spirit
 * (scope widening from the person to the nation), and the technical competencies that the demo
 * services declare.
 */
export interface CompetencySpec {
  code: string;
  name: string;
  kind: CompetencyKind;
  description: string;
  levels: [string, string, string, string, string];
}

export const MANAGERIAL: CompetencySpec[] = [
  {
    code: 'M-INTEGRITAS',
    name: 'Integritas',
    kind: CompetencyKind.MANAJERIAL,
    description: 'Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi, jujur dalam hubungan dengan atasan, rekan kerja, bawahan dan pengguna layanan.',
    levels: [
      'Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi.',
      'Mampu mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma dan etika organisasi.',
      'Mampu memastikan, menanamkan keyakinan bersama agar anggota unit yang dipimpin bertindak sesuai nilai, norma dan etika organisasi, dalam lingkup formal.',
      'Mampu menciptakan situasi kerja yang membuat rekan kerja, bawahan dan pemangku kepentingan patuh pada nilai, norma dan etika organisasi dalam segala situasi.',
      'Mampu menjadi role model dan keteladanan dalam penerapan standar keadilan dan etika di tingkat nasional.',
    ],
  },
  {
    code: 'M-KERJASAMA',
    name: 'Kerjasama',
    kind: CompetencyKind.MANAJERIAL,
    description: 'Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas.',
    levels: [
      'Berpartisipasi dalam kelompok kerja, membantu dan berbagi informasi.',
      'Menumbuhkan tim kerja yang partisipatif dan efektif.',
      'Efektif membangun tim kerja untuk peningkatan kinerja organisasi.',
      'Membangun komitmen tim dan sinergi antarunit.',
      'Menciptakan situasi kerja sama yang kondusif di tingkat organisasi dan antarinstansi.',
    ],
  },
  {
    code: 'M-KOMUNIKASI',
    name: 'Komunikasi',
    kind: CompetencyKind.MANAJERIAL,
    description: 'Kemampuan menerangkan pandangan dan gagasan secara jelas, sistematis, disertai argumentasi yang logis, dengan cara yang sesuai, baik lisan maupun tertulis; mendengarkan dan memahami orang lain.',
    levels: [
      'Menyampaikan informasi dengan jelas, lengkap dan mudah dipahami, lisan maupun tertulis.',
      'Aktif menjalankan komunikasi formal dan informal; bersedia mendengarkan orang lain.',
      'Berkomunikasi secara asertif, terampil berkomunikasi lisan maupun tertulis untuk menyampaikan informasi yang sensitif atau rumit.',
      'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan.',
      'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi.',
    ],
  },
  {
    code: 'M-ORIENTASI-HASIL',
    name: 'Orientasi pada Hasil',
    kind: CompetencyKind.MANAJERIAL,
    description: 'Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu mengidentifikasi risiko dan peluang.',
    levels: [
      'Bertanggung jawab untuk memenuhi standar kerja.',
      'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan.',
      'Menetapkan target kerja yang menantang bagi unit kerja dan memberi apresiasi atas pencapaiannya.',
      'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya.',
      'Meningkatkan mutu pencapaian kerja organisasi.',
    ],
  },
  {
    code: 'M-PELAYANAN-PUBLIK',
    name: 'Pelayanan Publik',
    kind: CompetencyKind.MANAJERIAL,
    description: 'Kemampuan melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, tidak memihak dan tidak diskriminatif.',
    levels: [
      'Menjalankan pelayanan sesuai standar pelayanan.',
      'Mampu mensupervisi dan mengatasi masalah pelayanan dengan cepat dan tanggap.',
      'Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang, kesempatan, atau kekuatan politik dalam hal pelayanan kebutuhan pemangku kepentingan yang transparan, objektif dan profesional.',
      'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja.',
      'Mampu menciptakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif.',
    ],
  },
  {
    code: 'M-PENGEMBANGAN-DIRI',
    name: 'Pengembangan Diri dan Orang Lain',
    kind: CompetencyKind.MANAJERIAL,
    description: 'Kemampuan meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan yang relevan.',
    levels: [
      'Pengembangan diri: mempelajari hal baru di bidang tugasnya.',
      'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan.',
      'Memberikan umpan balik dan bimbingan.',
      'Menyusun program pengembangan jangka panjang untuk mendorong pembelajaran.',
      'Menciptakan situasi yang mendorong organisasi menjadi organisasi pembelajar.',
    ],
  },
  {
    code: 'M-MENGELOLA-PERUBAHAN',
    name: 'Mengelola Perubahan',
    kind: CompetencyKind.MANAJERIAL,
    description: 'Kemampuan menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama.',
    levels: [
      'Menyadari perlunya perubahan dan menyesuaikan diri dengannya.',
      'Proaktif beradaptasi mengikuti perubahan.',
      'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat.',
      'Memimpin perubahan pada unit kerja.',
      'Mengarahkan perubahan yang berdampak pada organisasi dan pemangku kepentingan.',
    ],
  },
  {
    code: 'M-PENGAMBILAN-KEPUTUSAN',
    name: 'Pengambilan Keputusan',
    kind: CompetencyKind.MANAJERIAL,
    description: 'Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan seksama.',
    levels: [
      'Mengumpulkan informasi untuk bertindak sesuai kewenangan.',
      'Menganalisis masalah secara mendalam.',
      'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi.',
      'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan.',
      'Menghasilkan solusi strategis yang berdampak pada tingkat nasional.',
    ],
  },
];

export const SOCIO_CULTURAL: CompetencySpec[] = [
  {
    code: 'S-PEREKAT-BANGSA',
    name: 'Perekat Bangsa',
    kind: CompetencyKind.SOSIAL_KULTURAL,
    description: 'Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat.',
    levels: [
      'Peka memahami dan menerima kemajemukan.',
      'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan.',
      'Mempromosikan, mengembangkan sikap toleransi dan persatuan.',
      'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi.',
      'Wakil pemerintah untuk membangun hubungan sosial psikologis.',
    ],
  },
];

function technical(code: string, name: string, field: string): CompetencySpec {
  return {
    code,
    name,
    kind: CompetencyKind.TEKNIS,
    description: `Kompetensi teknis bidang ${field}.`,
    levels: [
      `Memahami dasar-dasar ${name.toLowerCase()} dan ketentuan yang berlaku.`,
      `Melaksanakan ${name.toLowerCase()} dengan bimbingan.`,
      `Melaksanakan ${name.toLowerCase()} secara mandiri sesuai standar pelayanan.`,
      `Menyelia, mengevaluasi dan menyempurnakan pelaksanaan ${name.toLowerCase()} di unit kerja.`,
      `Merumuskan kebijakan dan standar ${name.toLowerCase()}.`,
    ],
  };
}

export const TECHNICAL: CompetencySpec[] = [
  technical('T-PERIZINAN-OSS', 'Pelayanan Perizinan Berusaha Berbasis Risiko (OSS RBA)', 'perizinan'),
  technical('T-PERIZINAN-BANGUNAN', 'Penerbitan Persetujuan Bangunan Gedung (SIMBG)', 'perizinan bangunan'),
  technical('T-ADMINDUK', 'Pelayanan Administrasi Kependudukan (SIAK)', 'administrasi kependudukan'),
  technical('T-KESEHATAN-DASAR', 'Pelayanan Kesehatan Dasar', 'kesehatan masyarakat'),
  technical('T-REKAM-MEDIS', 'Pengelolaan Rekam Medis Elektronik', 'kesehatan'),
  technical('T-PPDB', 'Pengelolaan Penerimaan Peserta Didik Baru', 'pendidikan'),
  technical('T-JALAN-DRAINASE', 'Pemeliharaan Jalan dan Drainase', 'pekerjaan umum'),
  technical('T-DTKS', 'Pengelolaan Data Terpadu Kesejahteraan Sosial', 'sosial'),
  technical('T-PERSAMPAHAN', 'Pengelolaan Persampahan', 'lingkungan hidup'),
  technical('T-LAYANAN-DIGITAL', 'Literasi Layanan Digital Pemerintahan (SPBE)', 'teknologi informasi e-government'),
  technical('T-ADMINISTRASI-WILAYAH', 'Administrasi Pemerintahan Kecamatan', 'pemerintahan umum'),
];
