/**
 * Names for the demo civil servants and staff accounts, with a regional flavour (Sasak in Mataram,
 * Minangkabau in Sawahlunto, Mandar in Mamuju, Timorese and Rotenese in Kupang). Invented people.
 */
export interface NamePool {
  male: string[];
  female: string[];
  family: string[];
  /** Sasak noble prefixes Lalu / Baiq, used by some names in Mataram. */
  malePrefix?: string;
  femalePrefix?: string;
}

export const NAMES: Record<string, NamePool> = {
  mataram: {
    male: ['Muhammad', 'Ahmad', 'Zainul', 'Hairul', 'Ridwan', 'Saiful', 'Lukman', 'Fathurrahman', 'Amrullah', 'Junaidi', 'Wahyu', 'Hendra'],
    female: ['Nurul', 'Siti', 'Rabiatul', 'Hidayati', 'Aisyah', 'Fitriani', 'Maryam', 'Sri', 'Nurhasanah', 'Wulandari', 'Rahmawati', 'Yuliana'],
    family: ['Hakim', 'Zulkarnaen', 'Fauzi', 'Rosyidi', 'Hamdani', 'Mahsun', 'Azhari', 'Sahnan', 'Ismail', 'Gunawan', 'Aini', 'Hasanah'],
    malePrefix: 'Lalu',
    femalePrefix: 'Baiq',
  },
  sawahlunto: {
    male: ['Rizki', 'Fadli', 'Yusrizal', 'Afrizal', 'Hendri', 'Zulfikar', 'Irwan', 'Deri', 'Syafrizal', 'Andi', 'Boy', 'Erwin'],
    female: ['Yulia', 'Rahmi', 'Nofrianti', 'Desi', 'Fitri', 'Sri', 'Elvi', 'Yenni', 'Mardiana', 'Nurhayati', 'Rina', 'Silvia'],
    family: ['Saputra', 'Putri', 'Chaniago', 'Koto', 'Piliang', 'Sikumbang', 'Tanjung', 'Caniago', 'Jambak', 'Melayu', 'Syahputra', 'Yanti'],
  },
  mamuju: {
    male: ['Muhammad', 'Andi', 'Syamsul', 'Arifin', 'Kamaruddin', 'Hasbi', 'Nasrul', 'Akbar', 'Ilham', 'Rahmat', 'Sudirman', 'Basri'],
    female: ['Hasnah', 'Nurhayati', 'Sitti', 'Rosmiati', 'Hartini', 'Asmawati', 'Nurul', 'Darmawati', 'Herlina', 'Musdalifa', 'Rahmatia', 'Suriani'],
    family: ['Rahman', 'Mustari', 'Tahir', 'Hamid', 'Palisuri', 'Saleh', 'Ambo', 'Lagaligo', 'Pattola', 'Mandar', 'Kadir', 'Latif'],
  },
  kupang: {
    male: ['Yohanes', 'Fransiskus', 'Stefanus', 'Markus', 'Yosef', 'Daniel', 'Agustinus', 'Petrus', 'Melkianus', 'Obed', 'Yance', 'Rudolf'],
    female: ['Maria', 'Yuliana', 'Agustina', 'Elisabeth', 'Margaretha', 'Yohana', 'Ester', 'Debora', 'Sarlina', 'Yasinta', 'Kristina', 'Ance'],
    family: ['Ndoen', 'Manafe', 'Bessie', 'Nope', 'Tefa', 'Benu', 'Lulu', 'Ndun', 'Fanggidae', 'Messakh', 'Taneo', 'Nabuasa'],
  },
};

/** Staff account holders of each region: moderator, HR, mayor, DPMPTSP officer (CONTRACT.md, "Demo data"). */
export const STAFF_NAMES: Record<string, { moderator: string; hr: string; mayor: string; officer: string }> = {
  mataram: { moderator: 'Baiq Nurul Hidayati', hr: 'Lalu Ahmad Zulkarnaen', mayor: 'Lalu Hairul Fathurrahman', officer: 'Rabiatul Adawiyah' },
  sawahlunto: { moderator: 'Rahmi Chaniago', hr: 'Afrizal Piliang', mayor: 'Syafrizal Tanjung', officer: 'Yulia Sikumbang' },
  mamuju: { moderator: 'Hasnah Mustari', hr: 'Kamaruddin Tahir', mayor: 'Rosmiati Hamid', officer: 'Nasrul Palisuri' },
  kupang: { moderator: 'Margaretha Manafe', hr: 'Yohanes Ndoen', mayor: 'Stefanus Fanggidae', officer: 'Yasinta Benu' },
};

export const POSITION_TITLES = {
  head: (unitName: string) => `Kepala ${unitName}`,
  serviceHead: 'Kepala Bidang Pelayanan',
  analyst: 'Analis Pelayanan Publik',
  frontOffice: 'Petugas Pelayanan (Front Office)',
  admin: 'Pengadministrasi Umum',
} as const;
