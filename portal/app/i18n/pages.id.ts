/**
 * Bahasa Indonesia for the pages a public service owes its citizens (issue 13, decision record
 * 0040): privacy notice, accessibility statement, contact, formal complaints; spread into id.ts.
 * Every statement of the privacy notice is checked against the code: decision records 0034 (retention
 * and deletion), 0035 (the answer e-mail), 0010 (address hashes) and modules/reports (profile counts).
 */
export const pagesId = {
  'footer.links.label': 'Informasi untuk warga',
  'footer.links.privacy': 'Privasi',
  'footer.links.accessibility': 'Aksesibilitas',
  'footer.links.contact': 'Kontak',
  'footer.links.complaints': 'Pengaduan resmi (SP4N-LAPOR!)',

  'pages.updated': 'Diperbarui {date}.',

  'privacy.notice.title': 'Pemberitahuan privasi',
  'privacy.notice.intro':
    'Suara adalah portal pemerintah daerah untuk menilai layanan publik. Halaman ini menjelaskan data apa yang disimpan saat Anda memakai Suara, untuk apa, berapa lama, siapa yang dapat melihatnya, dan bagaimana meminta penghapusannya, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
  'privacy.notice.controller.heading': 'Siapa yang bertanggung jawab',
  'privacy.notice.controller.body':
    'Penilaian Anda dikelola oleh pemerintah kota atau kabupaten yang layanannya Anda nilai. Portal ini dijalankan oleh pengelolanya (lihat halaman Kontak).',
  'privacy.notice.stored.heading': 'Apa yang disimpan',
  'privacy.notice.stored.scores': 'Nilai Anda untuk sembilan unsur Survei Kepuasan Masyarakat (SKM), waktu penilaian, dan layanan yang dinilai.',
  'privacy.notice.stored.comment': 'Komentar, bila Anda menulisnya.',
  'privacy.notice.stored.profile': 'Profil responden SKM (kelompok umur, jenis kelamin, pendidikan, pekerjaan), bila Anda mengisinya.',
  'privacy.notice.stored.contact': 'Kontak (nomor telepon atau alamat surel), bila Anda mengisinya.',
  'privacy.notice.stored.hashes':
    'Jejak alamat jaringan dan perangkat Anda, hanya dalam bentuk sandi satu arah (HMAC bergaram), tidak pernah alamat aslinya. Jejak yang sama disimpan untuk kiriman forum dan laporan konten.',
  'privacy.notice.stored.receipt': 'Kode tanda terima, agar Anda dapat melacak penilaian Anda.',
  'privacy.notice.stored.cookies':
    'Kuki: satu kuki mengingat bahasa yang Anda pilih; staf yang masuk mendapat kuki sesi. Tidak ada kuki iklan atau pelacak pihak ketiga.',
  'privacy.notice.why.heading': 'Untuk apa',
  'privacy.notice.why.skm':
    'Nilai dan profil responden dipakai untuk menghitung Indeks Kepuasan Masyarakat sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017, dan untuk memperbaiki layanan serta kompetensi pegawai yang melayaninya.',
  'privacy.notice.why.comment': 'Komentar dibaca moderator, dijawab unit layanan, dan setelah disetujui moderator tampil di halaman layanan.',
  'privacy.notice.why.contact': 'Kontak hanya dipakai untuk mengirim satu surel saat unit menjawab komentar Anda, bila Anda memintanya.',
  'privacy.notice.why.hashes': 'Jejak alamat hanya dipakai untuk membatasi penyalahgunaan, misalnya penilaian berulang dari satu jaringan dalam waktu singkat.',
  'privacy.notice.retention.heading': 'Berapa lama disimpan',
  'privacy.notice.retention.personal.one':
    'Kontak dan jejak alamat dihapus otomatis {count} bulan setelah penilaian atau kiriman Anda.',
  'privacy.notice.retention.personal.other':
    'Kontak dan jejak alamat dihapus otomatis {count} bulan setelah penilaian atau kiriman Anda.',
  'privacy.notice.retention.records':
    'Nilai, komentar, profil responden, dan kode tanda terima tetap disimpan sebagai catatan survei, karena SKM dan laporannya membutuhkannya. Anda dapat meminta penghapusan data pribadinya kapan saja (lihat di bawah).',
  'privacy.notice.who.heading': 'Siapa yang dapat melihatnya',
  'privacy.notice.who.public': 'Semua orang: komentar yang sudah disetujui moderator, jawaban resmi unit, dan nilai rata-rata (tidak pernah di bawah 5 penilaian).',
  'privacy.notice.who.moderators': 'Moderator wilayah: semua komentar, termasuk yang belum terbit, untuk memeriksanya sebelum terbit.',
  'privacy.notice.who.staff': 'Petugas unit, SDM, dan pimpinan daerah: hanya komentar yang sudah terbit dan angka gabungan.',
  'privacy.notice.who.contact':
    'Kontak Anda tidak tampil di halaman mana pun, juga tidak bagi staf; di catatan pengiriman surel staf hanya melihatnya tersamar (w•••@contoh.id).',
  'privacy.notice.who.profile': 'Profil responden hanya dipakai sebagai jumlah gabungan dalam Laporan SKM, tidak pernah per orang.',
  'privacy.notice.deletion.heading': 'Meminta penghapusan data',
  'privacy.notice.deletion.body':
    'Buka halaman Lacak penilaian, masukkan kode tanda terima Anda, lalu pilih “Hapus data pribadi saya”. Moderator wilayah memeriksa permintaan itu. Bila dikonfirmasi, kontak, komentar, profil responden, dan jejak alamat penilaian itu dihapus seketika; nilai Anda tetap dihitung tanpa identitas. Bila ditolak, alasannya tampil di halaman pelacakan dan Anda dapat mengajukan lagi.',
  'privacy.notice.deletion.link': 'Lacak penilaian dan minta penghapusan',
  'privacy.notice.deletion.noCode':
    'Tanpa kode tanda terima, Suara tidak dapat mengetahui penilaian mana milik Anda. Anda juga dapat mengirim surat atau surel berisi kode itu kepada pemerintah daerah; moderator mencatatnya dengan cara yang sama.',
  'privacy.notice.deletion.stays':
    'Jawaban resmi unit tetap ada, karena itu catatan tanggung jawab unit. Cadangan basis data yang dibuat sebelum penghapusan masih memuat data itu sampai cadangan tersebut dibuang.',
  'privacy.notice.law.heading': 'Dasar hukum',
  'privacy.notice.law.pdp': 'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi: hak Anda untuk mengetahui, memperoleh akses, dan meminta penghapusan data pribadi.',
  'privacy.notice.law.skm': 'Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat.',
  'privacy.notice.questions': 'Pertanyaan tentang data Anda?',
  'privacy.notice.questionsLink': 'Hubungi kami',

  'a11y.title': 'Pernyataan aksesibilitas',
  'a11y.intro':
    'Suara harus dapat dipakai semua warga, termasuk penyandang disabilitas, di ponsel maupun komputer, dengan atau tanpa JavaScript.',
  'a11y.target.heading': 'Target',
  'a11y.target.body':
    'Kami menargetkan Web Content Accessibility Guidelines (WCAG) 2.1 tingkat AA untuk semua halaman warga dan staf.',
  'a11y.tested.heading': 'Apa yang kami uji',
  'a11y.tested.axe': 'Setiap halaman, termasuk halaman galat dan formulir dengan kesalahan, diperiksa otomatis dengan axe dalam Chromium sungguhan: tanpa pelanggaran yang ditemukan.',
  'a11y.tested.phone': 'Halaman diuji pada lebar layar 360 piksel, ukuran ponsel kecil, selain layar komputer.',
  'a11y.tested.keyboard': 'Semua fungsi dapat dipakai dengan papan ketik saja; tautan “Langsung ke konten utama” ada di awal setiap halaman.',
  'a11y.tested.noJs': 'Semua formulir warga berfungsi tanpa JavaScript.',
  'a11y.tested.languages': 'Halaman tersedia dalam Bahasa Indonesia dan bahasa Inggris, dengan bahasa halaman ditandai untuk pembaca layar.',
  'a11y.limits.heading': 'Keterbatasan yang kami ketahui',
  'a11y.limits.automatic': 'Pemeriksaan otomatis hanya menemukan sebagian masalah; kami belum menguji dengan pengguna pembaca layar secara berkala.',
  'a11y.limits.charts': 'Grafik di halaman pimpinan dan SDM disertai tabel yang memuat angka yang sama; grafiknya sendiri tidak dapat dijelajahi per titik.',
  'a11y.limits.explorer': 'Penjelajah GraphQL untuk staf memakai komponen pihak ketiga (GraphiQL) yang tidak sepenuhnya kami kendalikan.',
  'a11y.limits.pdf': 'Laporan SKM dalam bentuk PDF belum diberi tanda struktur (tagged PDF) untuk pembaca layar; angka-angkanya juga tersedia sebagai tabel di halaman data terbuka setiap wilayah.',
  'a11y.report.heading': 'Melaporkan hambatan',
  'a11y.report.body':
    'Bila ada bagian Suara yang tidak dapat Anda pakai, beri tahu kami: halaman mana, apa yang Anda coba lakukan, dan perangkat atau alat bantu yang Anda pakai.',
  'a11y.report.link': 'Cara menghubungi kami',
  'a11y.report.complaint': 'Bila tanggapan kami tidak memadai, Anda dapat mengadu lewat SP4N-LAPOR!.',
  'a11y.report.complaintLink': 'Pengaduan resmi',

  'contact.title': 'Kontak',
  'contact.intro': 'Ke mana Anda dapat menyampaikan pertanyaan, tergantung apa yang ingin Anda sampaikan.',
  'contact.rating.heading': 'Tentang penilaian Anda',
  'contact.rating.body': 'Lacak penilaian Anda dengan kode tanda terima: di sana tampil status komentar Anda dan jawaban unit, dan Anda dapat meminta penghapusan data pribadi.',
  'contact.rating.link': 'Lacak penilaian',
  'contact.regions.heading': 'Pemerintah daerah',
  'contact.regions.body':
    'Setiap layanan dijalankan oleh unit pemerintah kota atau kabupaten. Halaman wilayah memuat semua unit pelayanan dan layanannya; halaman setiap layanan memuat komentar warga dan jawaban resmi unit itu.',
  'contact.regions.empty': 'Belum ada wilayah yang terdaftar.',
  'contact.operator.heading': 'Pengelola portal',
  'contact.operator.body': 'Untuk pertanyaan tentang portal ini, data pribadi Anda, atau hambatan aksesibilitas:',
  'contact.operator.email': 'Surel',
  'contact.operator.unset':
    'Pengelola portal ini belum mencantumkan alamat surel. Sampaikan pertanyaan Anda kepada pemerintah daerah lewat unit pelayanannya (di atas), atau lewat SP4N-LAPOR!.',
  'contact.complaint.heading': 'Pengaduan resmi',
  'contact.complaint.body': 'Untuk pengaduan yang perlu ditangani dan ditindaklanjuti secara resmi, gunakan kanal nasional SP4N-LAPOR!.',
  'contact.complaint.link': 'Ke mana mengadu',

  'complaints.title': 'Pengaduan resmi: SP4N-LAPOR!',
  'complaints.intro':
    'Komentar di Suara dan pengaduan resmi adalah dua hal yang berbeda. Halaman ini membantu Anda memilih jalur yang tepat.',
  'complaints.suara.heading': 'Komentar di Suara',
  'complaints.suara.body':
    'Nilai dan komentar Anda di Suara menjadi bagian Survei Kepuasan Masyarakat: moderator memeriksanya, unit layanan menjawabnya (target 5 hari kerja), dan pemerintah daerah memakainya untuk memperbaiki layanan dan melatih pegawainya. Komentar bukan laporan kasus: tidak ada penyelidikan, tidak diteruskan ke instansi lain, dan Anda tidak mendapat keputusan atas kasus Anda.',
  'complaints.lapor.heading': 'SP4N-LAPOR!',
  'complaints.lapor.body':
    'SP4N-LAPOR! (Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional – Layanan Aspirasi dan Pengaduan Online Rakyat) adalah kanal pengaduan pelayanan publik nasional. Pengaduan Anda diteruskan ke instansi yang berwenang, yang wajib menindaklanjutinya, dan Anda dapat mengikuti prosesnya sampai selesai. Anda dapat memilih agar identitas Anda dirahasiakan.',
  'complaints.lapor.when': 'Gunakan SP4N-LAPOR! bila, misalnya:',
  'complaints.lapor.when.money': 'Anda dimintai uang di luar biaya resmi (pungutan liar).',
  'complaints.lapor.when.refused': 'Layanan ditolak atau ditunda tanpa alasan, atau melampaui waktu yang dijanjikan.',
  'complaints.lapor.when.decision': 'Anda ingin keputusan atau tindakan pejabat tertentu diperiksa.',
  'complaints.lapor.when.noAnswer': 'Komentar Anda di Suara tidak dijawab atau jawabannya tidak menyelesaikan masalah.',
  'complaints.lapor.link': 'Buka SP4N-LAPOR! di www.lapor.go.id',
  'complaints.lapor.external': '(situs pemerintah pusat, di luar Suara)',
  'complaints.ombudsman':
    'Bila pengaduan Anda tidak ditindaklanjuti dengan patut, Ombudsman Republik Indonesia menerima laporan tentang maladministrasi pelayanan publik.',
  'complaints.privacy': 'Jangan menulis data pribadi orang lain, nomor identitas, atau nomor telepon dalam komentar di Suara: komentar yang disetujui tampil untuk semua orang.',
} as const satisfies Record<string, string>;
