export { Region } from './region.entity.js';
export { Unit } from './unit.entity.js';
export { RegionResolver } from './region.resolver.js';
export { UnitResolver } from './unit.resolver.js';
