import type { Locale, SkmElement } from './elements.js';

/**
 * "What went wrong?": a few plain reasons a citizen may pick when they score an element 1 or 2
 * (issue 13, point 2). The regulation (facts/SKM.md) asks only for the score; these are our own
 * product choice, written so that the unit's follow-up plan and HR's feedback signal can act on
 * them (a fee charged above the posted tariff is a different fix from a tariff nobody posted).
 * Codes are stored (feedback_reason.reason) and sent by clients: never rename one; add new ones at
 * the end of their element's list, and retire one only with a migration of the stored rows.
 */

export interface LowScoreReason {
  /** Stored and sent code, unique within its element. */
  code: string;
  label: Record<Locale, string>;
}

const r = (code: string, id: string, en: string): LowScoreReason => ({ code, label: { id, en } });

export const LOW_SCORE_REASONS: Record<SkmElement, readonly LowScoreReason[]> = {
  PERSYARATAN: [
    r('NOT_PUBLISHED', 'Persyaratan tidak diumumkan atau tidak jelas', 'The requirements were not posted or were unclear'),
    r('EXTRA_ASKED', 'Diminta syarat tambahan di luar yang diumumkan', 'I was asked for more than the posted requirements'),
    r('TOO_MANY', 'Persyaratan terlalu banyak untuk layanan ini', 'Too many requirements for this service'),
  ],
  SISTEM_MEKANISME_PROSEDUR: [
    r('UNCLEAR_STEPS', 'Alurnya tidak jelas', 'The steps were unclear'),
    r('SENT_AROUND', 'Dioper dari loket ke loket', 'I was sent from desk to desk'),
    r('ONLINE_FAILED', 'Aplikasi atau sistem daring bermasalah', 'The online application or system failed'),
  ],
  WAKTU_PENYELESAIAN: [
    r('LATER_THAN_PROMISED', 'Selesai lebih lama dari waktu yang dijanjikan', 'It took longer than the promised time'),
    r('LONG_QUEUE', 'Antrean terlalu lama', 'The queue was too long'),
    r('CAME_BACK', 'Harus datang berkali-kali', 'I had to come back several times'),
  ],
  BIAYA_TARIF: [
    r('ABOVE_TARIFF', 'Ditarik lebih dari tarif yang diumumkan', 'I was charged more than the posted tariff'),
    r('TARIFF_NOT_POSTED', 'Tarif tidak diumumkan', 'The tariff was not posted'),
    r('NO_RECEIPT', 'Membayar tanpa tanda terima', 'I paid without a receipt'),
    r('PAID_FOR_FREE', 'Membayar untuk layanan yang seharusnya gratis', 'I paid for a service that should be free'),
  ],
  PRODUK_SPESIFIKASI: [
    r('WRONG_DATA', 'Hasilnya memuat data yang salah', 'The result had wrong details'),
    r('INCOMPLETE', 'Hasilnya tidak lengkap', 'The result was incomplete'),
    r('NOT_AS_STANDARD', 'Hasilnya tidak seperti standar pelayanan', 'The result was not what the service standard promises'),
  ],
  KOMPETENSI_PELAKSANA: [
    r('COULD_NOT_EXPLAIN', 'Petugas tidak bisa menjelaskan', 'Staff could not explain'),
    r('WRONG_INFORMATION', 'Petugas memberi informasi yang salah', 'Staff gave wrong information'),
    r('SYSTEM_UNFAMILIAR', 'Petugas tidak menguasai aplikasi atau sistem', 'Staff did not know the application or system'),
  ],
  PERILAKU_PELAKSANA: [
    r('UNFRIENDLY', 'Tidak ramah atau kasar', 'Unfriendly or rude'),
    r('ASKED_FOR_MONEY', 'Meminta uang di luar tarif', 'Asked for money outside the tariff'),
    r('WAIT_WITHOUT_REASON', 'Membuat saya menunggu tanpa alasan', 'Made me wait without reason'),
    r('FAVOURITISM', 'Mendahulukan orang lain atau kenalan', 'Served others or acquaintances first'),
  ],
  PENANGANAN_PENGADUAN: [
    r('NOWHERE_TO_COMPLAIN', 'Tidak tahu ke mana mengadu', 'I did not know where to complain'),
    r('NO_ANSWER', 'Pengaduan saya tidak dijawab', 'My complaint was not answered'),
    r('NOT_FOLLOWED_UP', 'Dijawab, tetapi tidak ditindaklanjuti', 'It was answered but nothing was done'),
  ],
  SARANA_PRASARANA: [
    r('WAITING_ROOM', 'Ruang tunggu sempit atau kurang kursi', 'The waiting room was cramped or short of seats'),
    r('NOT_ACCESSIBLE', 'Tidak ramah penyandang disabilitas', 'Not accessible to people with disabilities'),
    r('TOILET', 'Toilet kotor atau tidak ada', 'The toilet was dirty or missing'),
    r('PARKING', 'Tempat parkir tidak memadai', 'Parking was inadequate'),
  ],
};

/** Whether `code` is one of `element`'s reasons. */
export function isLowScoreReason(element: SkmElement, code: string): boolean {
  return LOW_SCORE_REASONS[element].some((reason) => reason.code === code);
}

/** The label of a reason in a language; the code itself for one this build does not know. */
export function lowScoreReasonLabel(element: SkmElement, code: string, lang: Locale): string {
  return LOW_SCORE_REASONS[element].find((reason) => reason.code === code)?.label[lang] ?? code;
}
