import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { categoryLabel, channelLabel, feeText, formatRupiah, promisedTimeText, requirementItems, unitLabel } from './format';

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
