/**
 * Indonesian national public holidays (hari libur nasional) and collective leave days (cuti bersama)
 * on which government offices are closed: the days that are not working days for the 5-working-day
 * answer target (SP4N-LAPOR!) besides Saturdays and Sundays.
 *
 * Sources, one joint decree of three ministers (SKB 3 Menteri: Menteri Agama, Menteri
 * Ketenagakerjaan, Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi) per year:
 * - 2025: Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017
 *   Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama
 *   Tahun 2025, with its later amendment (cuti bersama 9 June for Iduladha and 18 August after
 *   Independence Day).
 * - 2026: the SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (signed in
 *   September 2025).
 * - 2027: NOT yet checked against its decree. The dates below are the fixed-date holidays and the
 *   expected dates of the moveable ones (Hijri and Chinese calendars, Easter, Waisak, Nyepi); they
 *   are provisional and cuti bersama of 2027 are left out until the decree is read.
 *
 * These lists were written from memory without access to the decrees: they MUST be checked against
 * the published SKB every year (and after every amendment, which the government issues when a
 * religious holiday moves with the sighting of the moon, or adds a cuti bersama), and a year must be
 * added before it begins. A year missing here counts only weekends as days off.
 */
export type DayOffKind = 'LIBUR_NASIONAL' | 'CUTI_BERSAMA';

export interface DayOff {
  /** Calendar day, YYYY-MM-DD (the same day everywhere in Indonesia). */
  date: string;
  name: string;
  kind: DayOffKind;
}

const L = (date: string, name: string): DayOff => ({ date, name, kind: 'LIBUR_NASIONAL' });
const C = (date: string, name: string): DayOff => ({ date, name, kind: 'CUTI_BERSAMA' });

export const DAYS_OFF: readonly DayOff[] = [
  // ---- 2025 ----
  L('2025-01-01', 'Tahun Baru 2025 Masehi'),
  L('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  C('2025-01-28', 'Cuti bersama Tahun Baru Imlek 2576 Kongzili'),
  L('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
  C('2025-03-28', 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1947'),
  L('2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
  L('2025-03-31', 'Hari Raya Idulfitri 1446 Hijriah'),
  L('2025-04-01', 'Hari Raya Idulfitri 1446 Hijriah'),
  C('2025-04-02', 'Cuti bersama Hari Raya Idulfitri 1446 Hijriah'),
  C('2025-04-03', 'Cuti bersama Hari Raya Idulfitri 1446 Hijriah'),
  C('2025-04-04', 'Cuti bersama Hari Raya Idulfitri 1446 Hijriah'),
  C('2025-04-07', 'Cuti bersama Hari Raya Idulfitri 1446 Hijriah'),
  L('2025-04-18', 'Wafat Yesus Kristus'),
  L('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
  L('2025-05-01', 'Hari Buruh Internasional'),
  L('2025-05-12', 'Hari Raya Waisak 2569 BE'),
  C('2025-05-13', 'Cuti bersama Hari Raya Waisak 2569 BE'),
  L('2025-05-29', 'Kenaikan Yesus Kristus'),
  C('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
  L('2025-06-01', 'Hari Lahir Pancasila'),
  L('2025-06-06', 'Hari Raya Iduladha 1446 Hijriah'),
  C('2025-06-09', 'Cuti bersama Hari Raya Iduladha 1446 Hijriah'),
  L('2025-06-27', 'Tahun Baru Islam 1447 Hijriah'),
  L('2025-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'),
  C('2025-08-18', 'Cuti bersama Hari Proklamasi Kemerdekaan Republik Indonesia'),
  L('2025-09-05', 'Maulid Nabi Muhammad SAW'),
  L('2025-12-25', 'Hari Raya Natal'),
  C('2025-12-26', 'Cuti bersama Hari Raya Natal'),

  // ---- 2026 ----
  L('2026-01-01', 'Tahun Baru 2026 Masehi'),
  L('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  C('2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili'),
  L('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  C('2026-03-18', 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948'),
  L('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
  C('2026-03-20', 'Cuti bersama Hari Raya Idulfitri 1447 Hijriah'),
  L('2026-03-21', 'Hari Raya Idulfitri 1447 Hijriah'),
  L('2026-03-22', 'Hari Raya Idulfitri 1447 Hijriah'),
  C('2026-03-23', 'Cuti bersama Hari Raya Idulfitri 1447 Hijriah'),
  C('2026-03-24', 'Cuti bersama Hari Raya Idulfitri 1447 Hijriah'),
  L('2026-04-03', 'Wafat Yesus Kristus'),
  L('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  L('2026-05-01', 'Hari Buruh Internasional'),
  L('2026-05-14', 'Kenaikan Yesus Kristus'),
  C('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
  L('2026-05-27', 'Hari Raya Iduladha 1447 Hijriah'),
  C('2026-05-28', 'Cuti bersama Hari Raya Iduladha 1447 Hijriah'),
  L('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  L('2026-06-01', 'Hari Lahir Pancasila'),
  L('2026-06-16', 'Tahun Baru Islam 1448 Hijriah'),
  L('2026-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'),
  L('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  C('2026-12-24', 'Cuti bersama Hari Raya Natal'),
  L('2026-12-25', 'Hari Raya Natal'),

  // ---- 2027 (provisional: expected dates, no cuti bersama yet; check against the 2027 SKB) ----
  L('2027-01-01', 'Tahun Baru 2027 Masehi'),
  L('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW'),
  L('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'),
  L('2027-03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949'),
  L('2027-03-10', 'Hari Raya Idulfitri 1448 Hijriah'),
  L('2027-03-11', 'Hari Raya Idulfitri 1448 Hijriah'),
  L('2027-03-26', 'Wafat Yesus Kristus'),
  L('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
  L('2027-05-01', 'Hari Buruh Internasional'),
  L('2027-05-06', 'Kenaikan Yesus Kristus'),
  L('2027-05-16', 'Hari Raya Iduladha 1448 Hijriah'),
  L('2027-05-20', 'Hari Raya Waisak 2571 BE'),
  L('2027-06-01', 'Hari Lahir Pancasila'),
  L('2027-06-06', 'Tahun Baru Islam 1449 Hijriah'),
  L('2027-08-15', 'Maulid Nabi Muhammad SAW'),
  L('2027-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia'),
  L('2027-12-25', 'Hari Raya Natal'),
];
