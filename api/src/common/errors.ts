/**
 * Domain errors, thrown by services and mapped to GraphQL error codes in one place
 * (graphql/errors.ts). Each carries its message in Bahasa Indonesia and English: the API answers in
 * the caller's language (Accept-Language), Indonesian by default.
 */
export interface LocalizedText {
  id: string;
  en: string;
}

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE';

/** A problem with one input field, for forms that show an error beside each field. */
export interface FieldProblem {
  field: string;
  message: LocalizedText;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    readonly text: LocalizedText,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(text.en);
  }
}

export class BadInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(text: LocalizedText, readonly fields: FieldProblem[] = []) {
    super(text);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(text: LocalizedText = { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' }) {
    super(text);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  /** `extra` travels in the error's extensions, e.g. `reason: 'PASSWORD_CHANGE_REQUIRED'`. */
  constructor(
    text: LocalizedText = {
      id: 'Akun Anda tidak berwenang melakukan ini.',
      en: 'Your account is not allowed to do this.',
    },
    extra: Record<string, unknown> = {},
  ) {
    super(text, extra);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}

/** "45 detik" / "3 menit": how long to wait, in the unit a person would say. */
export function waitText(seconds: number): LocalizedText {
  if (seconds < 120) return { id: `${seconds} detik`, en: `${seconds} seconds` };
  const minutes = Math.ceil(seconds / 60);
  return { id: `${minutes} menit`, en: `${minutes} minutes` };
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED' as const;
  /**
   * `extra` travels in the error's extensions beside `retryAfter`, e.g. a proof-of-work challenge
   * whose solution would be accepted instead of waiting.
   */
  constructor(
    readonly retryAfterSeconds: number,
    text?: LocalizedText,
    extra: Record<string, unknown> = {},
  ) {
    const wait = waitText(retryAfterSeconds);
    super(
      text ?? {
        id: `Terlalu banyak permintaan dari jaringan ini. Coba lagi dalam ${wait.id}.`,
        en: `Too many requests from this network. Try again in ${wait.en}.`,
      },
      { retryAfter: retryAfterSeconds, ...extra },
    );
  }
}

export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(
    text: LocalizedText = {
      id: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
      en: 'The service is unavailable right now. Please try again shortly.',
    },
  ) {
    super(text);
  }
}
