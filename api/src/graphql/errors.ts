import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, BadInputError, ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { scopeOf } from './request-scope.js';
import { logger } from '../common/logger.js';
import { isDatabaseUnavailable } from '../db/availability.js';
import { safeError } from '../common/log-safe.js';
import { excerpt } from '../common/text.js';
import { OperationLimitError, TOKEN_LIMIT_MESSAGE } from './limits.js';

/** Error codes clients may rely on (CONTRACT.md, Conventions) plus Apollo's own for malformed requests. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const MESSAGE_MAX = 500;

/**
 * A message of graphql-js or Apollo as a client may see it: what they quote of the input (a variable's
 * value, an unknown enum value) cut to a short excerpt, the whole no longer than MESSAGE_MAX, and
 * without "Did you mean …?" outside development (suggestions map the schema for a stranger).
 */
export function clientMessage(message: string): string {
  let text = message.replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) => (inner.length > 40 ? `"${excerpt(inner)}"` : quoted));
  if (process.env.NODE_ENV !== 'development') text = text.replace(/ ?Did you mean [^?]*\?/g, '');
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX)}…` : text;
}

/** Apollo's own refusals without a code but with a 4xx (a persisted query whose hash does not match its text). */
function isApolloClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * The one place where errors become what the client sees: domain errors keep their code and get
 * their message in the caller's language; anything unexpected is logged with an id and shown as a
 * generic message carrying that id — never a stack trace, SQL or secret. Log lines carry no value a
 * client sent (common/log-safe.ts), and messages echo no more than an excerpt of the input.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const scope = scopeOf(error);
  const lang = scope?.lang ?? 'id';
  let original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  // type-graphql's own guard errors speak English only and say UNAUTHORIZED; ours speak both.
  if (original instanceof AuthorizationError) original = new ForbiddenError();
  if (original instanceof AuthenticationError) original = new UnauthenticatedError();
  // The parser stopped at the token limit (Apollo's parseOptions.maxTokens): one of our operation limits.
  const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (tokens) original = new OperationLimitError('tokens', Number(tokens[1]), `> ${tokens[1]}`);

  if (original instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: original.code, ...original.extra };
    if (original instanceof BadInputError && original.fields.length) {
      extensions.fields = original.fields.map((f) => ({ field: f.field, message: f.message[lang] }));
    }
    return { message: original.text[lang], locations: formatted.locations, path: formatted.path, extensions };
  }

  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_REQUEST_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
    return { message: clientMessage(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (isApolloClientError(error)) {
    return { message: clientMessage(formatted.message), extensions: { code: 'BAD_REQUEST' } };
  }

  if (isDatabaseUnavailable(original)) {
    logger.warn('database unavailable', { requestId: scope?.requestId, error: safeError(original) });
    return {
      message:
        lang === 'en'
          ? 'The service cannot reach its database right now. Please try again shortly.'
          : 'Layanan tidak dapat menjangkau basis datanya saat ini. Coba lagi sebentar lagi.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }

  const errorId = scope?.requestId ?? randomUUID();
  logger.error('unexpected error', { requestId: errorId, path: formatted.path, error: safeError(original) });
  return {
    message:
      lang === 'en'
        ? `Something went wrong on our side. Please try again; if it keeps happening, quote this code: ${errorId}.`
        : `Terjadi kesalahan di sistem kami. Silakan coba lagi; jika terus terjadi, sebutkan kode ini: ${errorId}.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}
