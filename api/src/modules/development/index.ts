export { Partner } from './partner.entity.js';
export { TrainingProgram } from './training-program.entity.js';
export { Enrolment } from './enrolment.entity.js';
export { TrainingProgramCompetency } from './training-program-competency.entity.js';
export { TrainingProgramType, TrainingPartnerType } from './development.types.js';
