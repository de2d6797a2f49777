import { describe, expect, it } from 'vitest';
import { changesOf, valueText } from './audit-diff';

const words = { empty: '(kosong)', yes: 'Ya', no: 'Tidak' };

describe('the audit log’s changes', () => {
  it('shows only the fields that changed, old → new', () => {
    expect(changesOf({ slug: 'ktp', name: 'KTP', feeRupiah: 0 }, { slug: 'ktp', name: 'KTP Elektronik', feeRupiah: 0 }, words)).toEqual([{ field: 'name', before: 'KTP', after: 'KTP Elektronik' }]);
  });
  it('shows every field of a creation with nothing before', () => {
    expect(changesOf(null, { name: 'Dinas Baru', parentId: null }, words)).toEqual([
      { field: 'name', before: null, after: 'Dinas Baru' },
      { field: 'parentId', before: null, after: '(kosong)' },
    ]);
  });
  it('reads switches as yes/no and cuts long text', () => {
    expect(changesOf({ proofOfWorkRequired: false }, { proofOfWorkRequired: true }, words)).toEqual([{ field: 'proofOfWorkRequired', before: 'Tidak', after: 'Ya' }]);
    expect(valueText('x'.repeat(500), words)).toHaveLength(161);
  });
  it('compares nested values by content, not by identity', () => {
    expect(changesOf({ roles: [{ role: 'ADMIN' }] }, { roles: [{ role: 'ADMIN' }] }, words)).toEqual([]);
  });
});
