/**
 * The respondent profile the SKM questionnaire asks for (facts/SKM.md): age, gender (L/P),
 * education and occupation. Codes are stored; labels are for display.
 */
export const AGE_GROUPS = ['<20', '20-29', '30-39', '40-49', '50-59', '60+'] as const;
export const GENDERS = ['L', 'P'] as const;
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'] as const;
export const OCCUPATIONS = ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'PELAJAR_MAHASISWA', 'LAINNYA'] as const;

export type AgeGroup = (typeof AGE_GROUPS)[number];
export type Gender = (typeof GENDERS)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];

export const RESPONDENT_LABELS = {
  id: {
    gender: { L: 'Laki-laki', P: 'Perempuan' } satisfies Record<Gender, string>,
    education: { SD: 'SD', SMP: 'SMP', SMA: 'SMA/SMK', 'D1-D3': 'D1–D3', 'D4-S1': 'D4/S1', S2: 'S2', S3: 'S3' } satisfies Record<EducationLevel, string>,
    occupation: {
      PNS: 'PNS',
      TNI: 'TNI',
      POLRI: 'POLRI',
      SWASTA: 'Pegawai swasta',
      WIRAUSAHA: 'Wirausaha',
      PELAJAR_MAHASISWA: 'Pelajar/Mahasiswa',
      LAINNYA: 'Lainnya',
    } satisfies Record<Occupation, string>,
  },
  en: {
    gender: { L: 'Male', P: 'Female' } satisfies Record<Gender, string>,
    education: { SD: 'Primary school', SMP: 'Junior high school', SMA: 'Senior high school', 'D1-D3': 'Diploma (D1–D3)', 'D4-S1': "Bachelor's (D4/S1)", S2: "Master's (S2)", S3: 'Doctorate (S3)' } satisfies Record<EducationLevel, string>,
    occupation: {
      PNS: 'Civil servant',
      TNI: 'Armed forces',
      POLRI: 'Police',
      SWASTA: 'Private employee',
      WIRAUSAHA: 'Self-employed',
      PELAJAR_MAHASISWA: 'Student',
      LAINNYA: 'Other',
    } satisfies Record<Occupation, string>,
  },
} as const;
