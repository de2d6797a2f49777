export { Feedback } from './feedback.entity.js';
export { FeedbackReason } from './feedback-reason.entity.js';
export { OfficialResponse } from './official-response.entity.js';
export { OfficialResponseRevision } from './official-response-revision.entity.js';
export { FeedbackReceipt, OfficialResponseType, PublicFeedback } from './feedback.types.js';
export { SatisfactionDaily } from './satisfaction-daily.entity.js';
export { ELEMENT_STEM, SCORE_PROPERTY, LOW_SCORE_MAX } from '../../common/element-columns.js';
export { rebuildRollups, applyToRollup, applyManyToRollup } from './satisfaction-rollup.js';
export { newReceiptCode, formatReceiptCode, normalizeReceiptCode, RECEIPT_ALPHABET } from './receipt-code.js';
export { satisfactionLoader, loadTotals, toSatisfaction, checkRange, type RollupTotals, type DayRange } from './satisfaction.service.js';
export { latestResponseLoader, publishedCommentsLoader, decodeCommentsCursor } from './public-feedback.service.js';
export { Satisfaction, ElementScore } from './satisfaction.types.js';
export {
  FeedbackResolver,
  ServiceFeedbackResolver,
  UnitSatisfactionResolver,
  RegionSatisfactionResolver,
  PublicFeedbackResolver,
  FeedbackReceiptResolver,
  OfficialResponseResolver,
} from './feedback.resolver.js';
export { COMMENT_MAX } from './submission.service.js';
export { submitFeedback, createRatingBatcher, type SubmitLimits, type SubmissionContext } from './submission.service.js';
export type { SubmissionBatcher } from './submission.batcher.js';
export { checkPaperRating, paperKey, storedPaperRatings, storePaperRatings, type PaperRating, type StoredPaperRating } from './paper-ratings.js';
