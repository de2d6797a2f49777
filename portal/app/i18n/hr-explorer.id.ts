/** The GraphQL explorer (issue 9, point 11): for HR analysts who write their own queries. */
export const hrExplorerId = {
  'explorer.nav': 'Penjelajah GraphQL',
  'explorer.title': 'Penjelajah GraphQL',
  'explorer.intro': 'Untuk analis SDM yang menulis kueri sendiri. Contoh operasi SDM sudah terbuka di tab; jalankan dengan tombol ▶. Kueri dikirim ke API atas nama Anda dan hanya menampilkan data yang boleh Anda lihat.',
  'explorer.demoIntro': 'Mode demo: siapa pun boleh mencoba. Data SDM hanya untuk staf: masuk dulu, atau jalankan mutasi login di sini dan kirim tokennya sebagai header Authorization: Bearer ….',
  'explorer.noScript': 'Penjelajah ini memerlukan JavaScript. Contoh kueri yang sama ada di README, bagian "GraphQL for HR analysts", untuk dijalankan dengan curl.',
  'explorer.loading': 'Memuat penjelajah…',
  'explorer.loadFailed': 'Penjelajah tidak dapat dimuat. Muat ulang halaman.',
} as const;
