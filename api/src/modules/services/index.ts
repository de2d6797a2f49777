export { PublicService } from './public-service.entity.js';
export { ServiceTechnicalCompetency } from './service-technical-competency.entity.js';
export { ServiceCatalog, serviceSearchText } from './service-catalog.service.js';
export { foldForSearch } from './search-text.js';
export { PublicServiceResolver, PublicServiceConnection } from './public-service.resolver.js';
