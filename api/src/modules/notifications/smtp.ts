import nodemailer from 'nodemailer';
import type { MailTransport } from './notification.worker.js';

/** Each SMTP step gives up after this long; the worker's lease (10 min) outlasts all of them together. */
const STEP_TIMEOUT_MS = 60_000;

export interface SmtpTransport extends MailTransport {
  close(): void;
}

/**
 * The transport for SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`): nodemailer's SMTP client,
 * one pooled connection reused between mails, with bounded waits so that a stuck server fails an
 * attempt (and the row is retried) instead of holding it past its lease.
 */
export function smtpTransport(url: string): SmtpTransport {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 1,
    connectionTimeout: STEP_TIMEOUT_MS,
    greetingTimeout: STEP_TIMEOUT_MS,
    socketTimeout: STEP_TIMEOUT_MS,
    dnsTimeout: STEP_TIMEOUT_MS,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}

/** `Suara <suara@HOST>` with the host of PUBLIC_URL, unless SMTP_FROM says otherwise. */
export function defaultFrom(publicUrl: string): string {
  const host = new URL(publicUrl).hostname || 'localhost';
  return `Suara <suara@${host}>`;
}
