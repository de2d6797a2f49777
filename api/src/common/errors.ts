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
  constructor(
    text: LocalizedText = {
      id: 'Akun Anda tidak berwenang melakukan ini.',
      en: 'Your account is not allowed to do this.',
    },
  ) {
    super(text);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED' as const;
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        id: `Terlalu banyak permintaan dari perangkat ini. Coba lagi dalam ${retryAfterSeconds} detik.`,
        en: `Too many requests from this device. Try again in ${retryAfterSeconds} seconds.`,
      },
      { retryAfter: retryAfterSeconds },
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
