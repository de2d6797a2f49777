/** One reason an NIP was refused, in the two languages the API answers in. */
export interface NipProblem {
  id: string;
  en: string;
}

/** The parts an NIP carries. */
export interface NipParts {
  /** The 18 digits, separators removed. */
  nip: string;
  /** `YYYY-MM-DD` */
  birthDate: string;
  /** TMT (terhitung mulai tanggal) of the appointment, `YYYY-MM`. */
  tmt: string;
  /** 1 = male, 2 = female. */
  sex: 1 | 2;
  /** 1–999 */
  sequence: number;
}

export type NipParseResult = ({ ok: true } & NipParts) | { ok: false; problems: NipProblem[] };

export const NIP_LENGTH = 18;
export const EARLIEST_BIRTH_YEAR = 1940;
/** The latest plausible birth year is the current year minus this. */
export const YOUNGEST_AGE_IN_BIRTH_YEAR = 17;
/** Nobody is appointed before the month of their 18th birthday. */
export const MINIMUM_AGE_AT_TMT = 18;

// WIT (UTC+9) is Indonesia's easternmost zone: once a month has begun anywhere in Indonesia, a TMT in
// it is not called "in the future".
const WIT_OFFSET_MS = 9 * 3_600_000;

const pad2 = (n: number) => String(n).padStart(2, '0');

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

// Year and month of `today`: a `YYYY-MM-DD` (or `YYYY-MM`) string as given, a Date read in WIT.
function currentMonth(today: Date | string): { year: number; month: number } {
  if (typeof today === 'string') {
    const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(today);
    const month = m ? Number(m[2]) : 0;
    if (!m || month < 1 || month > 12) throw new RangeError(`today must be YYYY-MM-DD, not "${today}"`);
    return { year: Number(m[1]), month };
  }
  if (Number.isNaN(today.getTime())) throw new RangeError('today is an invalid Date');
  const wit = new Date(today.getTime() + WIT_OFFSET_MS);
  return { year: wit.getUTCFullYear(), month: wit.getUTCMonth() + 1 };
}

/**
 * Checks and splits an NIP (Nomor Induk Pegawai): "the 18-digit civil-servant number: birth date (8),
 * appointment TMT year-month (6), sex (1: male, 2: female), sequence (3)" (shared/GLOSSARY.md; TMT is
 * "terhitung mulai tanggal", the date an appointment takes effect).
 *
 * Spaces and dots are accepted as separators (`19900215 201503 1 002`, `19900215.201503.1.002`) and
 * removed; anything else is refused. Every broken rule is reported at once, in Bahasa Indonesia and
 * English: wrong length or characters, a birth date that does not exist, a birth year outside
 * 1940 … (current year − 17), a TMT month outside 01–12, a TMT before the month of the 18th birthday
 * or after the current month, a sex digit other than 1 or 2, sequence 000.
 *
 * @param today the reference day, `YYYY-MM-DD` or a Date (read in WIT, UTC+9); defaults to now.
 *   Pass it in tests so that results do not change with the calendar.
 */
export function parseNip(input: string, today: Date | string = new Date()): NipParseResult {
  const now = currentMonth(today);
  const nip = input.replace(/[\s.]/g, '');
  const problems: NipProblem[] = [];
  const add = (id: string, en: string) => problems.push({ id, en });

  const stray = [...new Set(nip.replace(/[0-9]/g, ''))];
  if (stray.length) {
    const shown = stray.map((c) => `"${c}"`).join(', ');
    add(
      `NIP hanya boleh berisi angka (spasi dan titik boleh sebagai pemisah); ditemukan ${shown}.`,
      `An NIP may contain only digits (spaces and dots may separate them); found ${shown}.`,
    );
  }
  const digitCount = nip.length - nip.replace(/[0-9]/g, '').length;
  if (digitCount !== NIP_LENGTH) {
    add(
      `NIP harus terdiri dari ${NIP_LENGTH} angka; yang diisi ${digitCount} angka.`,
      `An NIP has ${NIP_LENGTH} digits; this one has ${digitCount}.`,
    );
  }
  if (problems.length) return { ok: false, problems };

  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  const sexDigit = Number(nip.slice(14, 15));
  const sequence = Number(nip.slice(15, 18));
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const tmt = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;

  const birthMonthValid = birthMonth >= 1 && birthMonth <= 12;
  if (!birthMonthValid || birthDay < 1 || birthDay > daysInMonth(birthYear, birthMonth)) {
    add(
      `Tanggal lahir ${birthDate} (angka ke-1 s.d. 8 NIP) tidak ada dalam kalender.`,
      `The birth date ${birthDate} (NIP digits 1–8) is not a real date.`,
    );
  }

  const latestBirthYear = now.year - YOUNGEST_AGE_IN_BIRTH_YEAR;
  if (birthYear < EARLIEST_BIRTH_YEAR || birthYear > latestBirthYear) {
    add(
      `Tahun lahir ${birthYear} tidak wajar untuk pegawai aktif: harus antara ${EARLIEST_BIRTH_YEAR} dan ${latestBirthYear}.`,
      `Birth year ${birthYear} is not plausible for a serving employee: it must be between ${EARLIEST_BIRTH_YEAR} and ${latestBirthYear}.`,
    );
  }

  const tmtMonthValid = tmtMonth >= 1 && tmtMonth <= 12;
  if (!tmtMonthValid) {
    add(
      `Bulan TMT (angka ke-13 dan 14 NIP) harus 01 s.d. 12, bukan ${nip.slice(12, 14)}.`,
      `The TMT month (NIP digits 13–14) must be 01 to 12, not ${nip.slice(12, 14)}.`,
    );
  } else {
    const tmtIndex = tmtYear * 12 + tmtMonth;
    // The NIP gives the TMT to the month only, so the month of the 18th birthday itself is accepted.
    if (birthMonthValid && tmtIndex < (birthYear + MINIMUM_AGE_AT_TMT) * 12 + birthMonth) {
      const eighteenth = `${birthYear + MINIMUM_AGE_AT_TMT}-${pad2(birthMonth)}`;
      add(
        `TMT ${tmt} lebih awal dari bulan ulang tahun ke-${MINIMUM_AGE_AT_TMT} (${eighteenth}): pegawai diangkat paling muda berusia ${MINIMUM_AGE_AT_TMT} tahun.`,
        `TMT ${tmt} is before the month of the ${MINIMUM_AGE_AT_TMT}th birthday (${eighteenth}): nobody is appointed younger than ${MINIMUM_AGE_AT_TMT}.`,
      );
    }
    if (tmtIndex > now.year * 12 + now.month) {
      const current = `${now.year}-${pad2(now.month)}`;
      add(`TMT ${tmt} masih di masa depan (sekarang ${current}).`, `TMT ${tmt} is in the future (it is now ${current}).`);
    }
  }

  if (sexDigit !== 1 && sexDigit !== 2) {
    add(
      `Kode jenis kelamin (angka ke-15 NIP) harus 1 (laki-laki) atau 2 (perempuan), bukan ${sexDigit}.`,
      `The sex digit (NIP digit 15) must be 1 (male) or 2 (female), not ${sexDigit}.`,
    );
  }

  if (sequence === 0) {
    add('Nomor urut (angka ke-16 s.d. 18 NIP) tidak boleh 000.', 'The sequence number (NIP digits 16–18) cannot be 000.');
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, nip, birthDate, tmt, sex: sexDigit as 1 | 2, sequence };
}
