import { describe, expect, it } from 'vitest';
import { Role, RegionKind, UnitKind } from '../../src/common/enums.js';
import { CatalogSnapshot, RegionType, UnitType } from '../../src/modules/catalog/index.js';
import { authorize, covers, Viewer, type Grant } from '../../src/modules/identity/index.js';

const region = (id: string) => Object.assign(new RegionType(), { id, slug: id, name: id, province: 'p', kind: RegionKind.KOTA, timeZone: 'Asia/Makassar', proofOfWorkRequired: false });
const unit = (id: string, regionId: string, parentId: string | null = null) =>
  Object.assign(new UnitType(), { id, slug: id, name: id, abbreviation: null, kind: UnitKind.DINAS, regionId, parentId });
// Mataram: Dinas Kesehatan with a puskesmas below it, and DPMPTSP beside it; Kupang: its own DPMPTSP.
const catalog = new CatalogSnapshot(
  [region('mataram'), region('kupang')],
  [unit('dinkes', 'mataram'), unit('puskesmas', 'mataram', 'dinkes'), unit('dpmptsp', 'mataram'), unit('kupang-dpmptsp', 'kupang')],
  [],
  Date.now(),
);
const viewer = (...grants: Grant[]) => new Viewer('a', 'a@suara.demo', 'A', grants);

describe('who may act where', () => {
  it('lets an admin do everything, everywhere', () => {
    const admin = viewer({ role: Role.ADMIN, regionId: null, unitId: null });
    expect(covers(admin, catalog, [Role.MODERATOR], { regionId: 'kupang' })).toBe(true);
    expect(covers(admin, catalog, [Role.UNIT_OFFICER], { unitId: 'puskesmas' })).toBe(true);
  });

  it('lets a region role act over its own region and every unit in it, never another region', () => {
    const moderator = viewer({ role: Role.MODERATOR, regionId: 'mataram', unitId: null });
    expect(covers(moderator, catalog, [Role.MODERATOR], { regionId: 'mataram' })).toBe(true);
    expect(covers(moderator, catalog, [Role.MODERATOR], { unitId: 'puskesmas' })).toBe(true);
    expect(covers(moderator, catalog, [Role.MODERATOR], { regionId: 'kupang' })).toBe(false);
    expect(covers(moderator, catalog, [Role.MODERATOR], { unitId: 'kupang-dpmptsp' })).toBe(false);
    expect(covers(moderator, catalog, [Role.HR], { regionId: 'mataram' })).toBe(false);
  });

  it('lets an officer answer for the unit and the units below it, never a sibling, a parent or the region', () => {
    const officer = viewer({ role: Role.UNIT_OFFICER, regionId: 'mataram', unitId: 'dinkes' });
    expect(covers(officer, catalog, [Role.UNIT_OFFICER], { unitId: 'dinkes' })).toBe(true);
    expect(covers(officer, catalog, [Role.UNIT_OFFICER], { unitId: 'puskesmas' })).toBe(true);
    expect(covers(officer, catalog, [Role.UNIT_OFFICER], { unitId: 'dpmptsp' })).toBe(false);
    expect(covers(officer, catalog, [Role.UNIT_OFFICER], { regionId: 'mataram' })).toBe(false);
    const puskesmasOfficer = viewer({ role: Role.UNIT_OFFICER, regionId: 'mataram', unitId: 'puskesmas' });
    expect(covers(puskesmasOfficer, catalog, [Role.UNIT_OFFICER], { unitId: 'dinkes' })).toBe(false);
  });

  it('refuses a unit and a region that do not belong together, and a unit that does not exist', () => {
    const moderator = viewer({ role: Role.MODERATOR, regionId: 'mataram', unitId: null });
    expect(covers(moderator, catalog, [Role.MODERATOR], { regionId: 'mataram', unitId: 'kupang-dpmptsp' })).toBe(false);
    expect(covers(moderator, catalog, [Role.MODERATOR], { unitId: 'no-such-unit' })).toBe(false);
  });

  it('says UNAUTHENTICATED to no one and FORBIDDEN to the wrong one', () => {
    expect(() => authorize(null, catalog, [Role.MODERATOR], { regionId: 'mataram' })).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    const hr = viewer({ role: Role.HR, regionId: 'kupang', unitId: null });
    expect(() => authorize(hr, catalog, [Role.MODERATOR], { regionId: 'mataram' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(authorize(hr, catalog, [Role.HR], { regionId: 'kupang' })).toBe(hr);
  });
});
