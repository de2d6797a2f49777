export { Partner } from './partner.entity.js';
export { TrainingProgram } from './training-program.entity.js';
export { Enrolment } from './enrolment.entity.js';
export { TrainingProgramCompetency } from './training-program-competency.entity.js';
export { TrainingProgramType, TrainingPartnerType, EnrolmentType, EnrolledEmployeeType } from './development.types.js';
export { DevelopmentResolver, TrainingProgramResolver, EnrolmentResolver, EnrolledEmployeeResolver } from './development.resolver.js';
export { developmentLoaders } from './development.loaders.js';
export { officeOf, programsByIds, NEXT_STATUS, REASON_MAX } from './development.service.js';
