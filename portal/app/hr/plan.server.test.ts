import { describe, expect, it } from 'vitest';
import { hrRegionOf } from './plan.server';

const mamuju = { id: 'r1', slug: 'mamuju', name: 'Kabupaten Mamuju' };
const kupang = { id: 'r2', slug: 'kupang', name: 'Kota Kupang' };

describe('the region an HR page shows', () => {
  it('is HR’s own region, whatever the address asks for', () => {
    const grants = [{ role: 'HR' as const, region: mamuju, unit: null }];
    expect(hrRegionOf(grants, [], null)).toEqual(mamuju);
    expect(hrRegionOf(grants, [mamuju, kupang], 'kupang')).toEqual(mamuju);
  });

  it('is the one ADMIN picks, else the first by name', () => {
    const grants = [{ role: 'ADMIN' as const, region: null, unit: null }];
    expect(hrRegionOf(grants, [kupang, mamuju], 'kupang')).toEqual(kupang);
    expect(hrRegionOf(grants, [kupang, mamuju], 'tidak-ada')).toEqual(mamuju);
  });

  it('is none for staff without an HR grant', () => {
    expect(hrRegionOf([{ role: 'MAYOR' as const, region: mamuju, unit: null }], [], null)).toBeNull();
  });
});
