export { AnswersResolver } from './answers.resolver.js';
export { respondToFeedback } from './answers.service.js';
