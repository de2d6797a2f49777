import { notFound } from '../utils/problems.server';

/**
 * Every address no other route knows. Without this route Remix would answer 404 before the root
 * loader runs, and the page would ignore the citizen's language.
 */
export function loader(): never {
  notFound('page');
}

export default function NotFound() {
  // Never rendered: the loader always throws and the root ErrorBoundary shows the 404 page.
  return null;
}
