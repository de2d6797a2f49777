export { AnswersResolver, InboxItemResolver, ReceiptAnswerDueResolver } from './answers.resolver.js';
export { respondToFeedback } from './answers.service.js';
export { officerInbox, answerDueAt, answerDueDay, ANSWER_WORKING_DAYS } from './inbox.service.js';
export { sweepOverdueAnswers, OVERDUE_LOOK_BACK_DAYS } from './overdue.sweep.js';
