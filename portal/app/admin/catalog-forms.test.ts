import { describe, expect, it } from 'vitest';
import { apiFieldProblems, readService, validateRegion, validateService, validateUnit } from './catalog-forms';

const service = { name: 'Izin Usaha', category: 'PERIZINAN', description: '', requirements: 'KTP', feeRupiah: '0', promisedDays: '3', channel: 'HYBRID', expectedAnnualUsers: '1200' };

describe('the region form', () => {
  it('accepts a region with its time zone and the proof-of-work switch', () => {
    const r = validateRegion({ name: ' Kota Baru ', province: 'NTB', timeZone: 'Asia/Makassar', kind: 'KOTA', proofOfWorkRequired: true });
    expect(r).toEqual({ ok: true, value: { name: 'Kota Baru', province: 'NTB', timeZone: 'Asia/Makassar', kind: 'KOTA', proofOfWorkRequired: true } });
  });
  it('puts each problem beside its field, in the form’s order', () => {
    const r = validateRegion({ name: 'K', province: '', timeZone: 'Europe/Berlin', kind: 'DESA', proofOfWorkRequired: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.field, p.key])).toEqual([
      ['name', 'admin.catalog.error.name'],
      ['province', 'admin.catalog.error.province'],
      ['timeZone', 'admin.catalog.error.timeZone'],
      ['kind', 'admin.catalog.error.kind'],
    ]);
  });
});

describe('the unit form', () => {
  it('reads an empty parent as the top of the tree', () => {
    expect(validateUnit({ name: 'Dinas Baru', abbreviation: '', kind: 'DINAS', parentId: '' })).toEqual({ ok: true, value: { name: 'Dinas Baru', abbreviation: '', kind: 'DINAS', parentId: null } });
  });
  it('refuses an abbreviation longer than 40 characters and an unknown kind', () => {
    const r = validateUnit({ name: 'Dinas Baru', abbreviation: 'x'.repeat(41), kind: 'KANTOR', parentId: 'a' });
    if (r.ok) throw new Error('accepted');
    expect(r.problems.map((p) => p.field)).toEqual(['abbreviation', 'kind']);
  });
});

describe('the service form', () => {
  it('turns the numbers typed into whole numbers', () => {
    const r = validateService(service);
    expect(r.ok && r.value).toMatchObject({ feeRupiah: 0, promisedDays: 3, expectedAnnualUsers: 1200, channel: 'HYBRID' });
  });
  it('refuses a negative fee, more than 365 days, a fraction and an unknown category', () => {
    const r = validateService({ ...service, feeRupiah: '-5', promisedDays: '366', expectedAnnualUsers: '1.5', category: 'PAJAK' });
    if (r.ok) throw new Error('accepted');
    expect(r.problems.map((p) => [p.field, p.key])).toEqual([
      ['category', 'admin.catalog.error.category'],
      ['feeRupiah', 'admin.catalog.error.fee'],
      ['promisedDays', 'admin.catalog.error.days'],
      ['expectedAnnualUsers', 'admin.catalog.error.users'],
    ]);
  });
  it('counts characters, not UTF-16 units, against the 5000-character bound', () => {
    expect(validateService({ ...service, requirements: '😀'.repeat(5000) }).ok).toBe(true);
    expect(validateService({ ...service, requirements: '😀'.repeat(5001) }).ok).toBe(false);
  });
  it('reads the form by its Indonesian field names', () => {
    const form = new FormData();
    form.set('nama', 'KTP');
    form.set('biaya', '10');
    expect(readService(form)).toMatchObject({ name: 'KTP', feeRupiah: '10', category: '' });
  });
});

describe('the API’s field problems', () => {
  it('land beside the field of the same name, a slug problem beside the name', () => {
    expect(apiFieldProblems([{ field: 'input.parentId', message: 'cycle' }, { field: 'slug', message: 'taken' }, { field: 'other', message: 'x' }], ['name', 'parentId'])).toEqual([
      { field: 'parentId', message: 'cycle' },
      { field: 'name', message: 'taken' },
      { field: null, message: 'x' },
    ]);
  });
});
