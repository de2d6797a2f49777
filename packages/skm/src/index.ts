export * from './elements.js';
export * from './scoring.js';
export * from './sample-size.js';
export * from './respondent.js';
export * from './periods.js';
export * from './reasons.js';
