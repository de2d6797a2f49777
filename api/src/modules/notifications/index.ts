export { NotificationOutbox, NotificationKind, NotificationStatus } from './notification-outbox.entity.js';
export { noticeCommentsPublished, noticeAnswerGiven, noticeOverdue, eraseAnswerNoticeAddress, type OverdueItem } from './outbox.service.js';
export { NotificationsResolver } from './notifications.resolver.js';
export { NotificationType, NotificationConnection } from './notifications.types.js';
export { notificationOutbox, maskAddress } from './outbox.read.js';
export {
  NotificationWorker,
  DEFAULT_BACKOFF_SECONDS,
  DEFAULT_LEASE_SECONDS,
  type MailTransport,
  type WorkerOptions,
  type RoundResult,
} from './notification.worker.js';
export { smtpTransport, defaultFrom, type SmtpTransport } from './smtp.js';
export { renderMail, type MailLanguage, type RenderedMail } from './templates.js';
