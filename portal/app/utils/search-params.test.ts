import { describe, expect, it } from 'vitest';
import { SEARCH_MAX_LENGTH, serviceSearchHref } from './search-params';
import { parseServiceSearch } from './search-params.server';

const parse = (query: string) => parseServiceSearch(new URLSearchParams(query));

describe('the search results address', () => {
  it('reads the words, the region and the page cursor', () => {
    expect(parse('q=+izin+usaha+&wilayah=Mataram&after=abc')).toEqual({ ok: true, search: { q: 'izin usaha', wilayah: 'mataram', unit: null, kategori: null, after: 'abc' } });
  });

  it('treats missing or empty parts as no filter', () => {
    expect(parse('')).toEqual({ ok: true, search: { q: '', wilayah: null, unit: null, kategori: null, after: null } });
    expect(parse('q=&wilayah=')).toEqual({ ok: true, search: { q: '', wilayah: null, unit: null, kategori: null, after: null } });
  });

  it('drops a malformed region instead of failing the page', () => {
    expect(parse('q=ktp&wilayah=../../etc')).toEqual({ ok: true, search: { q: 'ktp', wilayah: null, unit: null, kategori: null, after: null } });
  });

  it('reports a search longer than the API accepts, keeping what was typed', () => {
    const long = 'a'.repeat(SEARCH_MAX_LENGTH + 1);
    const parsed = parse(`q=${long}&wilayah=kupang&after=xyz`);
    expect(parsed.ok).toBe(false);
    expect(parsed.search).toEqual({ q: long, wilayah: 'kupang', unit: null, kategori: null, after: null });
  });

  it('reads the unit and category filters, dropping values no select offers', () => {
    const unit = '0b6f5f9e-3c1a-4c1e-9a57-2f1d1c7c9e10';
    expect(parse(`q=ktp&unit=${unit.toUpperCase()}&kategori=kesehatan`).search).toMatchObject({ unit, kategori: 'KESEHATAN' });
    expect(parse('q=ktp&unit=1%20or%201=1&kategori=bogus').search).toMatchObject({ unit: null, kategori: null });
  });

  it('builds short, shareable addresses', () => {
    expect(serviceSearchHref({ q: 'kk', wilayah: 'kupang', kategori: 'KEPENDUDUKAN' })).toBe('/layanan?q=kk&wilayah=kupang&kategori=kependudukan');
    expect(serviceSearchHref({ q: 'izin', wilayah: 'mataram' })).toBe('/layanan?q=izin&wilayah=mataram');
    expect(serviceSearchHref({ q: 'akta & ktp', wilayah: null, after: 'c1' })).toBe('/layanan?q=akta+%26+ktp&after=c1');
    expect(serviceSearchHref({})).toBe('/layanan');
  });
});
