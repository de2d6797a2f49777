/**
 * Why a page could not be shown, as thrown by loaders (problems.server.ts) and read by the root
 * ErrorBoundary, which renders a localized page for each.
 */
export type Problem =
  | { problem: 'notFound'; what: 'page' | 'service' | 'region' | 'receipt' }
  | { problem: 'unavailable' }
  | { problem: 'rateLimited' }
  | { problem: 'badRequest' }
  | { problem: 'forbidden' }
  | { problem: 'unexpected' };

export function isProblem(value: unknown): value is Problem {
  const problem = (value as { problem?: unknown } | null)?.problem;
  return problem === 'notFound' || problem === 'unavailable' || problem === 'rateLimited' || problem === 'badRequest' || problem === 'forbidden' || problem === 'unexpected';
}
