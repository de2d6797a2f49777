/**
 * The defaults of the request limits (decision record 0011), without imports: config.ts reads them
 * before anything of GraphQL is loaded.
 */

/**
 * Operation limits: what one GraphQL operation may ask for, checked once per
 * distinct document while it is validated (Apollo keeps validated documents, so a repeated query
 * costs nothing here), before any resolver runs.
 */
export interface OperationLimits {
  /** Levels of fields below the root, leaves included (`{ regions { slug } }` is 2). */
  maxDepth: number;
  /** Aliased fields, counted once per place a fragment is spread. */
  maxAliases: number;
  /** Fields selected, fragments expanded (introspection excluded). */
  maxFields: number;
  /** Estimated cost: lists multiply what they hold by their page size or a realistic bound. */
  maxCost: number;
  /** Lexical tokens of the whole document; the parser stops counting past it. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxFields: 500,
  maxCost: 100_000,
  maxTokens: 2_000,
};

/**
 * The last two bounds of an answer (decision record 0011), after the operation limits have let an
 * operation through: how long the API works on it and how large its answer may be.
 */
export interface AnswerLimits {
  /** After this the client gets SERVICE_UNAVAILABLE and the request's database work stops. */
  timeoutMs: number;
  /** A larger answer is replaced by a BAD_USER_INPUT error. */
  maxResponseBytes: number;
}

export const DEFAULT_ANSWER_LIMITS: AnswerLimits = { timeoutMs: 5_000, maxResponseBytes: 4_000_000 };

