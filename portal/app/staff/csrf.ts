/** The form field that carries the per-session CSRF token (session.server.ts checks it). */
export const CSRF_FIELD = 'csrf';
