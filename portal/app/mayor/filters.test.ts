import { describe, expect, it } from 'vitest';
import { filterParams, parseFilters, presetRange, type FilterContext } from './filters';

const context: FilterContext = {
  today: '2026-11-29',
  last12Months: { from: '2025-11-30', to: '2026-11-29' },
  currentPeriod: { from: '2026-07-01', to: '2026-12-31' },
  units: [
    { id: 'u-dpmptsp', services: [{ id: 's-izin' }, { id: 's-pbg' }] },
    { id: 'u-dukcapil', services: [{ id: 's-ktp' }] },
  ],
};
const parse = (query: string) => parseFilters(new URLSearchParams(query), context);

describe('the dashboard filters in the address', () => {
  it('shows the last 12 months by month for the whole region when nothing is chosen, the same days as the service pages', () => {
    const { filters, problems } = parse('');
    expect(problems).toEqual([]);
    expect(filters).toEqual({ preset: '12-bulan', from: '2025-11-30', to: '2026-11-29', granularity: 'MONTH', unitId: null, serviceId: null, elements: [] });
  });

  it('turns each quick range into its days, a running one ending today', () => {
    expect(presetRange('periode', context)).toEqual({ from: '2026-07-01', to: '2026-11-29' });
    expect(presetRange('tahun-ini', context)).toEqual({ from: '2026-01-01', to: '2026-11-29' });
    expect(presetRange('tahun-lalu', context)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(parse('rentang=tahun-lalu&per=triwulan').filters).toMatchObject({ preset: 'tahun-lalu', from: '2025-01-01', to: '2025-12-31', granularity: 'QUARTER' });
  });

  it('takes days typed in the form, and names the preset when they are exactly its days', () => {
    expect(parse('dari=2026-02-01&sampai=2026-03-15&per=minggu').filters).toMatchObject({ preset: null, from: '2026-02-01', to: '2026-03-15', granularity: 'WEEK' });
    expect(parse('dari=2026-01-01&sampai=2026-11-29').filters.preset).toBe('tahun-ini');
  });

  it('cuts a range reaching past today at today', () => {
    expect(parse('dari=2026-06-01&sampai=2027-03-01').filters).toMatchObject({ from: '2026-06-01', to: '2026-11-29' });
  });

  it('names every bad value and falls back to the default for it, never failing the page', () => {
    expect(parse('rentang=selamanya').problems).toEqual(['preset']);
    expect(parse('dari=2026-02-30&sampai=2026-03-01')).toMatchObject({ problems: ['dates'], filters: { preset: '12-bulan' } });
    expect(parse('dari=2026-03-01').problems).toEqual(['dates']);
    expect(parse('dari=2026-05-01&sampai=2026-04-01').problems).toEqual(['order']);
    expect(parse('dari=2027-01-01&sampai=2027-02-01').problems).toEqual(['order']);
    expect(parse('dari=2023-01-01&sampai=2026-01-01').problems).toEqual(['tooLong']);
    expect(parse('dari=1999-12-31&sampai=2000-02-01').problems).toEqual(['tooEarly']);
    expect(parse('per=hari')).toMatchObject({ problems: ['granularity'], filters: { granularity: 'MONTH' } });
    expect(parse('unit=u-lain')).toMatchObject({ problems: ['unit'], filters: { unitId: null } });
    expect(parse('unsur=WAKTU_PENYELESAIAN&unsur=%3Cscript%3E')).toMatchObject({ problems: ['element'], filters: { elements: ['WAKTU_PENYELESAIAN'] } });
  });

  it('accepts two years exactly (731 days with a leap day) and refuses one day more', () => {
    expect(parse('dari=2023-11-29&sampai=2025-11-29').problems).toEqual(['tooLong']);
    expect(parse('dari=2023-11-30&sampai=2025-11-29').problems).toEqual([]);
    expect(parse('dari=2024-11-29&sampai=2026-11-29').problems).toEqual([]);
  });

  it('takes a service of the chosen unit, finds the unit of a service chosen alone, and refuses another unit’s service', () => {
    expect(parse('unit=u-dpmptsp&layanan=s-pbg').filters).toMatchObject({ unitId: 'u-dpmptsp', serviceId: 's-pbg' });
    expect(parse('layanan=s-ktp').filters).toMatchObject({ unitId: 'u-dukcapil', serviceId: 's-ktp' });
    expect(parse('unit=u-dpmptsp&layanan=s-ktp')).toMatchObject({ problems: ['service'], filters: { unitId: 'u-dpmptsp', serviceId: null } });
  });

  it('keeps the elements in the regulation’s order, each once', () => {
    expect(parse('unsur=SARANA_PRASARANA&unsur=PERSYARATAN&unsur=SARANA_PRASARANA').filters.elements).toEqual(['PERSYARATAN', 'SARANA_PRASARANA']);
  });

  it('writes the filters back into an address that reads the same, defaults left out', () => {
    for (const query of ['', 'rentang=tahun-lalu&per=triwulan&unit=u-dpmptsp', 'dari=2026-02-01&sampai=2026-03-15&layanan=s-ktp&unsur=PERSYARATAN', 'wilayah=kupang&rentang=periode']) {
      const { filters } = parse(query);
      const again = parse(filterParams(filters, null).toString()).filters;
      expect(again).toEqual(filters);
    }
    expect(filterParams(parse('').filters, null).toString()).toBe('');
    expect(filterParams(parse('per=minggu').filters, 'kupang', { preset: 'tahun-ini' }).toString()).toBe('wilayah=kupang&rentang=tahun-ini&per=minggu');
  });
});
