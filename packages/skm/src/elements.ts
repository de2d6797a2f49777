/**
 * The nine SKM elements (unsur) of PermenPANRB 14/2017, in the regulation's order
 * (../shared/facts/SKM.md, "The nine elements"). The enum names are fixed by CONTRACT.md.
 */
export const SKM_ELEMENTS = [
  'PERSYARATAN',
  'SISTEM_MEKANISME_PROSEDUR',
  'WAKTU_PENYELESAIAN',
  'BIAYA_TARIF',
  'PRODUK_SPESIFIKASI',
  'KOMPETENSI_PELAKSANA',
  'PERILAKU_PELAKSANA',
  'PENANGANAN_PENGADUAN',
  'SARANA_PRASARANA',
] as const;

export type SkmElement = (typeof SKM_ELEMENTS)[number];

export const SKM_ELEMENT_COUNT = SKM_ELEMENTS.length;

/** Lowest and highest answer of every element (the four-point scale of the regulation). */
export const MIN_SCORE = 1;
export const MAX_SCORE = 4;

export type Locale = 'id' | 'en';

interface ElementText {
  /** The unsur's name as the regulation prints it. */
  name: string;
  /** The question put to the citizen. */
  question: string;
  /** Answer labels for scores 1 → 4. */
  answers: readonly [string, string, string, string];
}

/**
 * Names, questions and the official answer labels (facts/SKM.md), with our English rendering. The
 * English questions translate the regulation's Indonesian ones (Lampiran PermenPANRB 14/2017), not a
 * paraphrase: question 1 asks whether the requirements suit the type of service, question 5 whether
 * the product matches the service standard (issue 13, decision record 0039).
 */
export const ELEMENT_TEXT: Record<Locale, Record<SkmElement, ElementText>> = {
  id: {
    PERSYARATAN: {
      name: 'Persyaratan',
      question: 'Bagaimana kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    },
    SISTEM_MEKANISME_PROSEDUR: {
      name: 'Sistem, Mekanisme, dan Prosedur',
      question: 'Bagaimana kemudahan prosedur pelayanan di unit ini?',
      answers: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
    },
    WAKTU_PENYELESAIAN: {
      name: 'Waktu Penyelesaian',
      question: 'Bagaimana kecepatan waktu dalam memberikan pelayanan?',
      answers: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
    },
    BIAYA_TARIF: {
      name: 'Biaya/Tarif',
      question: 'Bagaimana kewajaran biaya/tarif dalam pelayanan?',
      answers: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
    },
    PRODUK_SPESIFIKASI: {
      name: 'Produk Spesifikasi Jenis Pelayanan',
      question: 'Bagaimana kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    },
    KOMPETENSI_PELAKSANA: {
      name: 'Kompetensi Pelaksana',
      question: 'Bagaimana kompetensi/kemampuan petugas dalam pelayanan?',
      answers: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
    },
    PERILAKU_PELAKSANA: {
      name: 'Perilaku Pelaksana',
      question: 'Bagaimana perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      answers: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
    },
    PENANGANAN_PENGADUAN: {
      name: 'Penanganan Pengaduan, Saran dan Masukan',
      question: 'Bagaimana penanganan pengaduan, saran, dan masukan pengguna layanan?',
      answers: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
    },
    SARANA_PRASARANA: {
      name: 'Sarana dan Prasarana',
      question: 'Bagaimana kualitas sarana dan prasarana?',
      answers: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
    },
  },
  en: {
    PERSYARATAN: {
      name: 'Requirements',
      question: 'How well do the service requirements suit the type of service?',
      answers: ['Not suitable', 'Less suitable', 'Suitable', 'Very suitable'],
    },
    SISTEM_MEKANISME_PROSEDUR: {
      name: 'Systems, mechanisms and procedures',
      question: 'How easy is the service procedure at this unit?',
      answers: ['Not easy', 'Not very easy', 'Easy', 'Very easy'],
    },
    WAKTU_PENYELESAIAN: {
      name: 'Completion time',
      question: 'How quickly is the service delivered?',
      answers: ['Not fast', 'Not very fast', 'Fast', 'Very fast'],
    },
    BIAYA_TARIF: {
      name: 'Cost/fee',
      question: 'How reasonable is the cost/fee of the service?',
      answers: ['Very expensive', 'Rather expensive', 'Cheap', 'Free'],
    },
    PRODUK_SPESIFIKASI: {
      name: 'Product specification',
      question: 'How well does the service product you received match the one listed in the service standard?',
      answers: ['Does not match', 'Matches poorly', 'Matches', 'Matches fully'],
    },
    KOMPETENSI_PELAKSANA: {
      name: 'Staff competence',
      question: 'How competent and capable are the staff in delivering the service?',
      answers: ['Not competent', 'Not very competent', 'Competent', 'Very competent'],
    },
    PERILAKU_PELAKSANA: {
      name: 'Staff behaviour',
      question: 'How do the staff behave in the service, in terms of courtesy and friendliness?',
      answers: ['Not polite and friendly', 'Not very polite and friendly', 'Polite and friendly', 'Very polite and friendly'],
    },
    PENANGANAN_PENGADUAN: {
      name: 'Handling of complaints, suggestions and input',
      question: 'How are complaints, suggestions and input from service users handled?',
      answers: ['None exists', 'Exists but does not work', 'Works, but not fully', 'Well managed'],
    },
    SARANA_PRASARANA: {
      name: 'Facilities and infrastructure',
      question: 'How good is the quality of the facilities and infrastructure?',
      answers: ['Poor', 'Fair', 'Good', 'Very good'],
    },
  },
};

export function isSkmElement(value: string): value is SkmElement {
  return (SKM_ELEMENTS as readonly string[]).includes(value);
}
