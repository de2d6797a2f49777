export { Competency } from './competency.entity.js';
export { CompetencyLevel } from './competency-level.entity.js';
export { Position } from './position.entity.js';
export { CompetencyRequirement } from './competency-requirement.entity.js';
export { Employee } from './employee.entity.js';
export { Assessment } from './assessment.entity.js';
export { ElementCompetencyMap } from './element-competency-map.entity.js';
export { DEFAULT_ELEMENT_MAP, SERVICE_TECHNICAL } from './default-element-map.js';
export { parseNip, type NipParts, type NipParseResult, type NipProblem } from './nip.js';
export { CompetencyType, CompetencyGapType, EmployeeProfileType, UnitCompetencyProfileType } from './competency.types.js';
export { CompetencyResolver, UnitCompetencyProfileResolver } from './competency.resolver.js';
export { loadCompetencies, gapRows, jpRows, yearIn, JP_PER_YEAR, type GapRow, type JpRow } from './competency.service.js';
export { importEmployees, importAssessments, parseCsv, type ImportResult, type ImportProblem } from './import.service.js';
export {
  PeopleResolver,
  PositionResolver,
  CompetencyRequirementResolver,
  AssessmentResolver,
  EmployeeCompetencyResolver,
  EmployeeResolver,
  CompetencyRegionResolver,
} from './people.resolver.js';
export { peopleLoaders, type PeopleLoaders } from './people.loaders.js';
