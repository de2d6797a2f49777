/** The HR (BKPSDM) pages' shared words: the section navigation. Each HR page has its own catalogue beside this one. */
export const hrId = {
  'hr.nav.label': 'Navigasi SDM',
  'hr.nav.needs': 'Kebutuhan pengembangan',
  'hr.nav.heatmap': 'Peta kompetensi',
  'hr.nav.employees': 'Pegawai',
  'hr.nav.coverage': 'Siklus penilaian',
  'hr.nav.potential': 'Potensi',
  'hr.nav.programs': 'Program pelatihan',
  'hr.nav.partners': 'Mitra',
  'hr.nav.plan': 'Rencana & anggaran',
  'hr.nav.import': 'Impor data',
  'hr.nav.dictionary': 'Kamus kompetensi',
  'hr.nav.positions': 'Jabatan & standar',
  'hr.nav.explorer': 'Penjelajah GraphQL',
} as const;
