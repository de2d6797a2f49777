/**
 * Bahasa Indonesia: the portal's first language and the reference catalogue. Every other catalogue
 * must have exactly these keys (en.ts is typed against this one) and the same `{placeholders}`.
 * Keys ending in `.one` / `.other` are plural forms chosen by Intl.PluralRules.
 */
export const id = {
  'app.name': 'Suara',
  'app.tagline': 'Suara warga untuk layanan publik yang lebih baik',
  'app.skipLink': 'Langsung ke konten utama',

  'meta.title': '{page} · Suara',
  'meta.description': 'Temukan layanan publik pemerintah kota dan kabupaten Anda: persyaratan, waktu penyelesaian, dan biayanya.',

  'nav.label': 'Navigasi utama',
  'nav.home': 'Beranda',
  'nav.services': 'Semua layanan',

  'lang.formLabel': 'Pilihan bahasa',
  'lang.switchTo': 'English',

  'footer.about.heading': 'Tentang Suara',
  'footer.about.body':
    'Suara membantu warga menemukan layanan publik pemerintah daerah, menilainya, dan mengikuti tanggapan atas penilaian itu. Penilaian memakai Survei Kepuasan Masyarakat (SKM) sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017.',

  'breadcrumb.label': 'Anda di sini',

  'home.title': 'Temukan layanan publik',
  'home.heading': 'Temukan layanan publik',
  'home.intro': 'Cari layanan pemerintah kota dan kabupaten: apa persyaratannya, berapa lama selesainya, dan berapa biayanya.',
  'home.regions.heading': 'Pilih wilayah',
  'home.regions.intro': 'Lihat semua unit pelayanan dan layanannya di kota atau kabupaten Anda.',
  'home.regions.empty': 'Belum ada wilayah yang terdaftar.',

  'search.label': 'Cari layanan',
  'search.hint': 'Misalnya: KTP, izin usaha, akta kelahiran.',
  'search.regionLabel': 'Wilayah',
  'search.allRegions': 'Semua wilayah',
  'search.submit': 'Cari',
  'search.title.all': 'Semua layanan',
  'search.title.region': 'Layanan di {region}',
  'search.title.query': 'Hasil pencarian “{query}”',
  'search.title.queryInRegion': 'Hasil pencarian “{query}” di {region}',
  'search.count.one': '{count} layanan ditemukan.',
  'search.count.other': '{count} layanan ditemukan.',
  'search.result.where': '{unit} · {region}',
  'search.empty.heading': 'Tidak ada layanan yang cocok',
  'search.empty.body': 'Periksa ejaan, pakai kata yang lebih umum (misalnya “izin” atau “KTP”), atau cari di semua wilayah.',
  'search.pagination': 'Halaman hasil',
  'search.next': 'Berikutnya',
  'search.first': 'Kembali ke halaman pertama',
  'search.tooLong': 'Kata pencarian terlalu panjang: paling banyak {max} karakter.',
  'search.problem': 'Pencarian belum dapat diproses',

  'region.description': 'Layanan publik {region} ({province}): unit pelayanan dan layanannya.',
  'region.facts': 'Tentang wilayah ini',
  'region.kind': 'Jenis daerah',
  'region.kind.KOTA': 'Kota',
  'region.kind.KABUPATEN': 'Kabupaten',
  'region.province': 'Provinsi',
  'region.head': 'Kepala daerah',
  'region.units.heading': 'Unit pelayanan dan layanannya',
  'region.units.empty': 'Belum ada layanan yang terdaftar di wilayah ini.',
  'region.search.label': 'Cari layanan di {region}',

  'service.standard': 'Standar pelayanan',
  'service.unit': 'Unit penanggung jawab',
  'service.region': 'Wilayah',
  'service.category': 'Kategori',
  'service.channel': 'Cara mendapatkan layanan',
  'service.promisedTime': 'Waktu penyelesaian',
  'service.fee': 'Biaya',
  'service.requirements': 'Persyaratan',
  'service.days.zero': 'Selesai di tempat',
  'service.days.one': '{count} hari kerja',
  'service.days.other': '{count} hari kerja',
  'service.fee.free': 'Gratis',
  'service.channel.OFFLINE': 'Datang langsung ke loket',
  'service.channel.ONLINE': 'Daring (online)',
  'service.channel.HYBRID': 'Daring atau datang langsung ke loket',

  'category.PERIZINAN': 'Perizinan',
  'category.KEPENDUDUKAN': 'Kependudukan dan pencatatan sipil',
  'category.KESEHATAN': 'Kesehatan',
  'category.PENDIDIKAN': 'Pendidikan',
  'category.INFRASTRUKTUR': 'Infrastruktur',
  'category.SOSIAL': 'Sosial',
  'category.LINGKUNGAN': 'Lingkungan hidup',
  'category.PERHUBUNGAN': 'Perhubungan',
  'category.ADMINISTRASI': 'Administrasi kewilayahan',

  'error.notFound.title': 'Halaman tidak ditemukan',
  'error.notFound.page': 'Alamat ini tidak ada di Suara. Periksa kembali alamatnya, atau cari layanan dari beranda.',
  'error.notFound.service': 'Kami tidak menemukan layanan dengan alamat ini. Mungkin ada salah ketik; cari layanan itu dari beranda.',
  'error.notFound.region': 'Kami tidak menemukan wilayah dengan alamat ini. Pilih wilayah Anda dari beranda.',
  'error.unavailable.title': 'Layanan sedang tidak tersedia',
  'error.unavailable.body': 'Suara tidak dapat mengambil data saat ini. Kami sedang menanganinya; coba lagi dalam beberapa menit.',
  'error.rateLimited.title': 'Terlalu banyak permintaan',
  'error.rateLimited.body': 'Terlalu banyak permintaan dari jaringan Anda dalam waktu singkat. Tunggu sebentar, lalu coba lagi.',
  'error.unexpected.title': 'Terjadi kesalahan',
  'error.unexpected.body': 'Maaf, halaman ini tidak dapat ditampilkan. Coba lagi, atau kembali ke beranda.',
  'error.retry': 'Coba lagi',
  'error.goHome': 'Kembali ke beranda',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof id;

/** The shape every catalogue has: the same keys as Bahasa Indonesia, any text. */
export type Messages = { readonly [K in MessageKey]: string };
