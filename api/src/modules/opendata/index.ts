export { OpenDataRow } from './open-data-row.entity.js';
export { OpenDataResolver } from './open-data.resolver.js';
export { OpenDataPeriodState, OpenDataTableType, OpenDataRowType, OpenDataPeriodType, OpenDataTotalType } from './open-data.types.js';
export { openDataTable, OPEN_DATA_PERIODS_MAX } from './open-data.service.js';
export { publishDuePeriods, publishRound, type PublishOptions, type PublishResult } from './publication.service.js';
