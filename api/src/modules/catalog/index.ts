export { Catalog, CatalogSnapshot, type CatalogSizes, type SearchSynonymRow } from './catalog.js';
export { RegionType, UnitType, PublicServiceType } from './catalog.types.js';
