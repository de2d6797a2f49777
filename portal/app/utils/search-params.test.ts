import { describe, expect, it } from 'vitest';
import { SEARCH_MAX_LENGTH, serviceSearchHref } from './search-params';
import { parseServiceSearch } from './search-params.server';

const parse = (query: string) => parseServiceSearch(new URLSearchParams(query));

describe('the search results address', () => {
  it('reads the words, the region and the page cursor', () => {
    expect(parse('q=+izin+usaha+&wilayah=Mataram&after=abc')).toEqual({ ok: true, search: { q: 'izin usaha', wilayah: 'mataram', after: 'abc' } });
  });

  it('treats missing or empty parts as no filter', () => {
    expect(parse('')).toEqual({ ok: true, search: { q: '', wilayah: null, after: null } });
    expect(parse('q=&wilayah=')).toEqual({ ok: true, search: { q: '', wilayah: null, after: null } });
  });

  it('drops a malformed region instead of failing the page', () => {
    expect(parse('q=ktp&wilayah=../../etc')).toEqual({ ok: true, search: { q: 'ktp', wilayah: null, after: null } });
  });

  it('reports a search longer than the API accepts, keeping what was typed', () => {
    const long = 'a'.repeat(SEARCH_MAX_LENGTH + 1);
    const parsed = parse(`q=${long}&wilayah=kupang&after=xyz`);
    expect(parsed.ok).toBe(false);
    expect(parsed.search).toEqual({ q: long, wilayah: 'kupang', after: null });
  });

  it('builds short, shareable addresses', () => {
    expect(serviceSearchHref({ q: 'izin', wilayah: 'mataram' })).toBe('/layanan?q=izin&wilayah=mataram');
    expect(serviceSearchHref({ q: 'akta & ktp', wilayah: null, after: 'c1' })).toBe('/layanan?q=akta+%26+ktp&after=c1');
    expect(serviceSearchHref({})).toBe('/layanan');
  });
});
