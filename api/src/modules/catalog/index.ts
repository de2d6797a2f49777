export { Catalog, CatalogSnapshot } from './catalog.js';
export { RegionType, UnitType, PublicServiceType } from './catalog.types.js';
