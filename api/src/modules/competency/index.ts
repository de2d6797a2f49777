export { Competency } from './competency.entity.js';
export { CompetencyLevel } from './competency-level.entity.js';
export { Position } from './position.entity.js';
export { CompetencyRequirement } from './competency-requirement.entity.js';
export { Employee } from './employee.entity.js';
export { Assessment } from './assessment.entity.js';
export { ElementCompetencyMap } from './element-competency-map.entity.js';
export { DEFAULT_ELEMENT_MAP, SERVICE_TECHNICAL } from './default-element-map.js';
export { parseNip, type NipParts, type NipParseResult, type NipProblem } from './nip.js';
