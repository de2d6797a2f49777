import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import {
  categoryLabel,
  channelLabel,
  feeText,
  formatDateIn,
  formatDay,
  formatDecimal,
  formatRupiah,
  gradeText,
  promisedTimeText,
  receiptCodeForAddress,
  requirementItems,
  unitLabel,
  waitText,
} from './format';

const id = translator('id');
const en = translator('en');
const NBSP = '\u00a0';

describe('fees', () => {
  it('writes rupiah the Indonesian way, without cents', () => {
    expect(formatRupiah(15000)).toBe(`Rp${NBSP}15.000`);
    expect(formatRupiah(1_250_000)).toBe(`Rp${NBSP}1.250.000`);
    expect(formatRupiah(2500.4)).toBe(`Rp${NBSP}2.500`);
  });

  it('says free when the service costs nothing', () => {
    expect(feeText(id, 0)).toBe('Gratis');
    expect(feeText(en, 0)).toBe('Free');
    expect(feeText(en, 50000)).toBe(`Rp${NBSP}50.000`);
  });
});

describe('promised completion time', () => {
  it('says the result is handed over on the spot for 0 days', () => {
    expect(promisedTimeText(id, 0)).toBe('Selesai di tempat');
    expect(promisedTimeText(en, 0)).toBe('Done on the spot');
  });

  it('counts working days', () => {
    expect(promisedTimeText(id, 1)).toBe('1 hari kerja');
    expect(promisedTimeText(id, 28)).toBe('28 hari kerja');
    expect(promisedTimeText(en, 1)).toBe('1 working day');
    expect(promisedTimeText(en, 14)).toBe('14 working days');
  });
});

describe('requirements', () => {
  it('splits a published standard into one item per requirement', () => {
    expect(requirementItems('KTP-el pemilik usaha; NPWP (jika ada); nomor telepon dan surel aktif.')).toEqual([
      'KTP-el pemilik usaha',
      'NPWP (jika ada)',
      'nomor telepon dan surel aktif',
    ]);
    expect(requirementItems('Buku KIA\nKK atau akta kelahiran anak;\n')).toEqual(['Buku KIA', 'KK atau akta kelahiran anak']);
  });

  it('keeps a single requirement whole', () => {
    expect(requirementItems('Tidak ada persyaratan khusus.')).toEqual(['Tidak ada persyaratan khusus']);
    expect(requirementItems('  ')).toEqual([]);
  });
});

describe('labels', () => {
  it('shows a unit with its abbreviation when it has one', () => {
    expect(unitLabel({ name: 'Dinas Sosial', abbreviation: 'Dinsos' })).toBe('Dinas Sosial (Dinsos)');
    expect(unitLabel({ name: 'Puskesmas Ampenan', abbreviation: null })).toBe('Puskesmas Ampenan');
  });

  it('names categories and channels in the page language, and passes unknown categories through', () => {
    expect(categoryLabel(id, 'PERIZINAN')).toBe('Perizinan');
    expect(categoryLabel(en, 'PERIZINAN')).toBe('Permits and licences');
    expect(categoryLabel(en, 'PARIWISATA')).toBe('PARIWISATA');
    expect(channelLabel(id, 'OFFLINE')).toBe('Datang langsung ke loket');
    expect(channelLabel(en, 'HYBRID')).toBe('Online or in person at the service counter');
  });
});

describe('scores', () => {
  it('write the IKM with two decimals the way each language does: 76,94 in Indonesian, 76.94 in English', () => {
    expect(formatDecimal(id, 76.94)).toBe('76,94');
    expect(formatDecimal(en, 76.94)).toBe('76.94');
    expect(formatDecimal(id, 100)).toBe('100,00');
    expect(formatDecimal(id, 1234.5)).toBe('1.234,50');
  });

  it('round element averages (full precision from the API) for display only', () => {
    expect(formatDecimal(id, 3.0241187384044528)).toBe('3,02');
    expect(formatDecimal(en, 2.9907235621521338)).toBe('2.99');
    expect(formatDecimal(id, 3.995)).toBe('4,00');
  });

  it('give the grade letter with its official name', () => {
    expect(gradeText(id, 'B')).toBe('B — Baik');
    expect(gradeText(id, 'C')).toBe('C — Kurang Baik');
    expect(gradeText(en, 'A')).toBe('A — Very good');
  });
});

describe('dates', () => {
  it('write a calendar day in words, unchanged by any time zone', () => {
    expect(formatDay(id, '2025-11-24')).toBe('24 November 2025');
    expect(formatDay(en, '2026-02-01')).toBe('1 February 2026');
    expect(formatDay(id, '2026-08-17')).toBe('17 Agustus 2026');
  });

  it('put an instant on the region’s calendar', () => {
    expect(formatDateIn(id, '2026-11-10T16:30:00Z', 'Asia/Makassar')).toBe('11 November 2026');
    expect(formatDateIn(id, '2026-11-10T16:30:00Z', 'Asia/Jakarta')).toBe('10 November 2026');
  });
});

describe('waiting', () => {
  it('says seconds under a minute and whole minutes above, rounded up', () => {
    expect(waitText(id, 42)).toBe('42 detik');
    expect(waitText(en, 1)).toBe('1 second');
    expect(waitText(en, 60)).toBe('1 minute');
    expect(waitText(id, 61)).toBe('2 menit');
    expect(waitText(en, 3599)).toBe('60 minutes');
    expect(waitText(id, 0)).toBe('1 detik');
  });
});

describe('receipt codes in addresses', () => {
  it('are written as on the receipt, whatever the case and spacing typed', () => {
    expect(receiptCodeForAddress('k7m2q xw9pd')).toBe('K7M2Q-XW9PD');
    expect(receiptCodeForAddress('K7M2Q-XW9PD')).toBe('K7M2Q-XW9PD');
    expect(receiptCodeForAddress(' k7m2qxw9pd ')).toBe('K7M2Q-XW9PD');
    expect(receiptCodeForAddress('k7m2q--xw 9pd')).toBe('K7M2Q-XW9PD');
  });

  it('never split a character that takes two UTF-16 units, so the address can always be made', () => {
    const typed = '\u{10000}'.repeat(5);
    expect(() => encodeURIComponent(receiptCodeForAddress(typed))).not.toThrow();
    expect(receiptCodeForAddress('🙂'.repeat(10))).toBe(`${'🙂'.repeat(5)}-${'🙂'.repeat(5)}`);
  });

  it('leave anything that is not ten symbols for the API to judge', () => {
    expect(receiptCodeForAddress('abc')).toBe('ABC');
    expect(receiptCodeForAddress('k7m2q xw9pdz')).toBe('K7M2QXW9PDZ');
  });
});
