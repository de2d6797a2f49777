import type { Lang } from '../i18n';

/**
 * The kiosk's own words, Indonesian first. They live with the kiosk rather than in the portal's
 * catalogues because the kiosk switches language in the browser, without asking the server (it may
 * be offline), so both languages travel in its script. The SKM questions and the official answer
 * words come from @suara/skm (facts/SKM.md), never from here.
 */
const id = {
  'title': 'Kios penilaian layanan',
  'pair.heading': 'Pasangkan kios ini',
  'pair.codeLabel': 'Masukkan kode pemasangan',
  'pair.codeHint': 'Kode 8 huruf/angka dari halaman Kios petugas (/staf/kios), misalnya K7M2-XW9P. Huruf besar atau kecil, dengan atau tanpa tanda hubung; tanpa angka 0 dan 1.',
  'pair.scanHint': 'Atau pindai kode QR dari halaman Kios petugas (/staf/kios) dengan kamera tablet ini.',
  'pair.submit': 'Pasangkan',
  'pair.confirm': 'Pasangkan tablet ini sebagai kios penilaian dengan kode di bawah.',
  'pair.unregistered': 'Kios ini tidak lagi terdaftar. Minta petugas membuat kode pemasangan baru di /staf/kios.',
  'pair.error.format': 'Kode terdiri atas 8 huruf/angka, misalnya K7M2-XW9P.',
  'pair.error.invalid': 'Kode ini salah, sudah kedaluwarsa, atau sudah dipakai. Minta kode baru di /staf/kios.',
  'pair.error.limited': 'Terlalu banyak kode salah dari jaringan ini. Coba lagi dalam {minutes} menit.',
  'pair.error.unavailable': 'Suara sedang tidak dapat dihubungi. Coba lagi sebentar lagi.',
  'pair.waiting': 'Ada {count} penilaian tersimpan di tablet ini; penilaian itu dikirim setelah kios dipasangkan lagi.',
  'start.heading': 'Bagaimana pelayanan kami hari ini?',
  'start.lead': 'Pilih layanan yang baru Anda terima. Penilaian Anda tanpa nama.',
  'start.noServices': 'Unit ini belum memiliki layanan aktif untuk dinilai.',
  'question.progress': 'Pertanyaan {n} dari {total}',
  'back': 'Kembali',
  'skip': 'Lewati',
  'next': 'Lanjut',
  'cancel': 'Batal, kembali ke awal',
  'profile.heading': 'Tentang Anda (boleh dilewati)',
  'profile.ageGroup': 'Umur',
  'profile.gender': 'Jenis kelamin',
  'profile.education': 'Pendidikan terakhir',
  'profile.occupation': 'Pekerjaan',
  'profile.years': '{range} tahun',
  'comment.heading': 'Ada saran atau komentar? (boleh dilewati)',
  'comment.label': 'Komentar Anda',
  'comment.hint': 'Paling banyak {max} karakter. Jangan tulis nama, nomor telepon, atau data pribadi.',
  'comment.send': 'Kirim penilaian',
  'comment.sendWithout': 'Kirim tanpa komentar',
  'thanks.heading': 'Terima kasih!',
  'thanks.lead': 'Penilaian Anda sudah kami terima dan membantu memperbaiki pelayanan.',
  'thanks.again': 'Kembali ke awal',
  'idle.heading': 'Masih di sini?',
  'idle.lead': 'Jawaban akan dihapus sebentar lagi agar pengunjung berikutnya tidak melihatnya.',
  'idle.stay': 'Ya, lanjutkan',
  'idle.reset': 'Mulai dari awal',
  'queue.waiting.one': '{count} menunggu dikirim',
  'queue.waiting.other': '{count} menunggu dikirim',
  'queue.stale.one': '{count} tidak terkirim',
  'queue.stale.other': '{count} tidak terkirim',
  'queue.unpaired': 'Kios perlu dipasangkan ulang',
  'lang.switch': 'English',
  'lang.switchLabel': 'Switch to English',
  'staff.heading': 'Kios: petugas',
  'staff.lead': 'Penilaian yang tersimpan di tablet ini. Daftar ini dibaca dari tablet, bukan dari server.',
  'staff.waiting': 'Menunggu dikirim',
  'staff.stale': 'Tidak dapat dikirim (lebih dari 7 hari atau ditolak)',
  'staff.staleList': 'Penilaian yang tidak terkirim',
  'staff.none': 'Tidak ada penilaian yang tidak terkirim.',
  'staff.col.answeredAt': 'Dijawab',
  'staff.col.service': 'Layanan',
  'staff.col.comment': 'Komentar',
  'staff.col.reason': 'Alasan',
  'staff.hasComment': 'ada',
  'staff.download': 'Unduh CSV',
  'staff.downloadHint': 'Berkas CSV ini dapat diimpor sebagai kuesioner kertas: pnpm suara import skm atau halaman Impor data SDM.',
  'staff.delete': 'Hapus penilaian yang sudah diunduh',
  'staff.deleteConfirm': 'Hapus {count} penilaian yang tidak terkirim dari tablet ini? Pastikan berkas CSV sudah tersimpan.',
  'staff.deleted': '{count} penilaian dihapus dari tablet ini.',
  'staff.unpair': 'Lepaskan pemasangan kios',
  'staff.unpairHint': 'Tablet ini berhenti menjadi kios. Penilaian yang menunggu tetap tersimpan di tablet.',
  'staff.back': 'Kembali ke kios',
  'staff.reason.stale': 'lebih dari 7 hari',
  'staff.reason.failed': 'ditolak',
} as const;

export type KioskKey = keyof typeof id;

const en: Record<KioskKey, string> = {
  'title': 'Service rating kiosk',
  'pair.heading': 'Pair this kiosk',
  'pair.codeLabel': 'Enter the pairing code',
  'pair.codeHint': 'The 8-character code from the staff Kiosks page (/staf/kios), e.g. K7M2-XW9P. Upper or lower case, with or without the dash; it has no 0 or 1.',
  'pair.scanHint': "Or scan the QR code on the staff Kiosks page (/staf/kios) with this tablet's camera.",
  'pair.submit': 'Pair',
  'pair.confirm': 'Pair this tablet as a rating kiosk with the code below.',
  'pair.unregistered': 'This kiosk is no longer registered. Ask staff for a new pairing code at /staf/kios.',
  'pair.error.format': 'The code has 8 letters/digits, e.g. K7M2-XW9P.',
  'pair.error.invalid': 'This code is wrong, expired or already used. Ask for a new code at /staf/kios.',
  'pair.error.limited': 'Too many wrong codes from this network. Try again in {minutes} minutes.',
  'pair.error.unavailable': 'Suara cannot be reached right now. Try again shortly.',
  'pair.waiting': '{count} ratings are stored on this tablet; they are sent once the kiosk is paired again.',
  'start.heading': 'How was our service today?',
  'start.lead': 'Choose the service you just received. Your rating is anonymous.',
  'start.noServices': 'This unit has no active services to rate yet.',
  'question.progress': 'Question {n} of {total}',
  'back': 'Back',
  'skip': 'Skip',
  'next': 'Next',
  'cancel': 'Cancel, back to the start',
  'profile.heading': 'About you (optional)',
  'profile.ageGroup': 'Age',
  'profile.gender': 'Gender',
  'profile.education': 'Education',
  'profile.occupation': 'Occupation',
  'profile.years': '{range} years',
  'comment.heading': 'Any suggestion or comment? (optional)',
  'comment.label': 'Your comment',
  'comment.hint': 'At most {max} characters. Do not write names, phone numbers or personal data.',
  'comment.send': 'Send rating',
  'comment.sendWithout': 'Send without a comment',
  'thanks.heading': 'Thank you!',
  'thanks.lead': 'We have your rating; it helps improve the service.',
  'thanks.again': 'Back to the start',
  'idle.heading': 'Still there?',
  'idle.lead': 'The answers will be cleared shortly so that the next visitor does not see them.',
  'idle.stay': 'Yes, continue',
  'idle.reset': 'Start over',
  'queue.waiting.one': '{count} waiting to be sent',
  'queue.waiting.other': '{count} waiting to be sent',
  'queue.stale.one': '{count} could not be sent',
  'queue.stale.other': '{count} could not be sent',
  'queue.unpaired': 'The kiosk must be paired again',
  'lang.switch': 'Bahasa Indonesia',
  'lang.switchLabel': 'Ganti ke Bahasa Indonesia',
  'staff.heading': 'Kiosk: staff',
  'staff.lead': 'Ratings stored on this tablet. This list is read from the tablet, not from the server.',
  'staff.waiting': 'Waiting to be sent',
  'staff.stale': 'Cannot be sent (older than 7 days or refused)',
  'staff.staleList': 'Ratings that could not be sent',
  'staff.none': 'No ratings are stuck on this tablet.',
  'staff.col.answeredAt': 'Answered',
  'staff.col.service': 'Service',
  'staff.col.comment': 'Comment',
  'staff.col.reason': 'Reason',
  'staff.hasComment': 'yes',
  'staff.download': 'Download CSV',
  'staff.downloadHint': 'This CSV file imports as paper questionnaires: pnpm suara import skm or the HR data import page.',
  'staff.delete': 'Delete the downloaded ratings',
  'staff.deleteConfirm': 'Delete {count} unsent ratings from this tablet? Make sure the CSV file is saved.',
  'staff.deleted': '{count} ratings deleted from this tablet.',
  'staff.unpair': 'Unpair this kiosk',
  'staff.unpairHint': 'This tablet stops being a kiosk. Waiting ratings stay stored on the tablet.',
  'staff.back': 'Back to the kiosk',
  'staff.reason.stale': 'older than 7 days',
  'staff.reason.failed': 'refused',
};

const CATALOGUES: Record<Lang, Record<KioskKey, string>> = { id, en };

export type KioskT = (key: KioskKey, params?: Record<string, string | number>) => string;

/** The kiosk's translator for one language; `{name}` placeholders are filled from `params`. */
export function kioskT(lang: Lang): KioskT {
  const messages = CATALOGUES[lang];
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params?.[name] === undefined ? whole : String(params[name])));
}

/** `<base>.one` or `.other` by the language's plural rules. */
export function kioskPlural(lang: Lang, base: 'queue.waiting' | 'queue.stale', count: number): string {
  const rule = new Intl.PluralRules(lang === 'id' ? 'id-ID' : 'en-GB').select(count) === 'one' ? 'one' : 'other';
  return kioskT(lang)(`${base}.${rule}` as KioskKey, { count });
}

export const KIOSK_CATALOGUES = CATALOGUES;
