export { Catalog, CatalogSnapshot, type CatalogSizes } from './catalog.js';
export { RegionType, UnitType, PublicServiceType } from './catalog.types.js';
