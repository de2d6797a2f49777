/** HR reads and tags citizens' published words: /staf/sdm/suara-warga (issue 9, point 4). */
export const hrVoicesId = {
  'hrVoices.title': 'Suara warga',
  'hrVoices.intro':
    'Komentar dan kiriman forum warga yang sudah terbit di daerah Anda, sebagaimana dibaca publik. Tandai dengan kompetensi yang dibicarakan: tandanya ikut menjadi sinyal kebutuhan pengembangan.',
  'hrVoices.noRegion': 'Akun ini tidak memiliki peran SDM di suatu daerah.',
  'hrVoices.filter': 'Saring suara warga',
  'hrVoices.unit': 'Unit',
  'hrVoices.anyUnit': 'Semua unit',
  'hrVoices.competency': 'Kompetensi',
  'hrVoices.anyCompetency': 'Semua kompetensi',
  'hrVoices.lowOnly': 'Hanya dengan nilai rendah (1–2)',
  'hrVoices.apply': 'Terapkan',
  'hrVoices.count.one': '{count} komentar atau kiriman forum.',
  'hrVoices.count.other': '{count} komentar atau kiriman forum.',
  'hrVoices.kind.comment': 'Komentar',
  'hrVoices.kind.forum': 'Kiriman forum',
  'hrVoices.low': 'Nilai rendah pada:',
  'hrVoices.empty': 'Tidak ada suara warga yang cocok dengan saringan ini.',
  'hrVoices.next': 'Halaman berikutnya',
  'hrVoices.first': 'Kembali ke halaman pertama',
} as const;
