export { PublicService } from './public-service.entity.js';
export { ServiceTechnicalCompetency } from './service-technical-competency.entity.js';
export { SearchSynonym, SearchWord } from './search-synonym.entity.js';
export { foldForSearch, searchWords, serviceSearchText } from './search-text.js';
export { SearchIndex, parseTsvector, phraseOf, searchIndexOf, WEIGHT_A } from './search-index.js';
export { searchServices, decodeServiceCursor, checkServiceCursor, type ServiceSearch, type ServiceSearchPage } from './service-search.js';
export { PublicServiceResolver, PublicServiceConnection } from './public-service.resolver.js';
