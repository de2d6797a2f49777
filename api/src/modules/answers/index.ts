export { AnswersResolver, InboxItemResolver } from './answers.resolver.js';
export { respondToFeedback } from './answers.service.js';
export { officerInbox, ANSWER_WORKING_DAYS } from './inbox.service.js';
