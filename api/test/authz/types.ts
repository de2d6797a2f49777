/**
 * The authorization matrix (issue 8): every Query and Mutation field has a row here, in one
 * `<module>.rows.ts` file per module. `test/integration/authorization-matrix.test.ts` runs each row as
 * every actor and checks the outcome; it fails when the schema has an operation without a row.
 */
import type { AuthzWorld } from './world.js';

export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Who calls. Home actors hold their demo role over Mataram (officer: UNIT_OFFICER of Mataram's
 * DPMPTSP); the `…Kupang` actors hold the same role over Kupang, `officerOtherUnit` is a
 * UNIT_OFFICER of Mataram's Dinas Kesehatan (not DPMPTSP). Rows aim at Mataram's data
 * (DPMPTSP's services for officer-scoped operations) unless they say otherwise.
 */
export const ACTORS = [
  'anonymous',
  'admin',
  'moderator',
  'hr',
  'mayor',
  'officer',
  'moderatorKupang',
  'hrKupang',
  'mayorKupang',
  'officerKupang',
  'officerOtherUnit',
] as const;
export type Actor = (typeof ACTORS)[number];

export interface OperationRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface OperationRow {
  /** `Query.<field>` or `Mutation.<field>`, exactly as in api/schema.graphql. */
  operation: string;
  /**
   * Builds the request for one actor. Called once per actor, so a mutation can aim at a fresh
   * target each time (an ALLOWED call must succeed with no error at all, not trip over the
   * previous actor's change).
   */
  request: (world: AuthzWorld, actor: Actor) => OperationRequest | Promise<OperationRequest>;
  /** The outcome for every actor. ALLOWED means: no error at all. */
  expect: Record<Actor, Outcome>;
}

/** Public operations: everyone, signed in or not, is allowed. */
export const everyone = (): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((a) => [a, 'ALLOWED'])) as Record<Actor, Outcome>;

/** Any signed-in staff member is allowed (their own account); anonymous callers are not. */
export const anyStaff = (): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((a) => [a, a === 'anonymous' ? 'UNAUTHENTICATED' : 'ALLOWED'])) as Record<Actor, Outcome>;

/** Only these actors are allowed; anonymous gets UNAUTHENTICATED, every other actor FORBIDDEN. */
export const only = (...allowed: Actor[]): Record<Actor, Outcome> =>
  Object.fromEntries(
    ACTORS.map((a) => [a, allowed.includes(a) ? 'ALLOWED' : a === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']),
  ) as Record<Actor, Outcome>;
