/** Where the explorer posts its operations (routes/graphql.kirim.ts), and the header its CSRF token travels in. */
export const EXPLORER_ENDPOINT = '/graphql/kirim';
export const EXPLORER_CSRF_HEADER = 'X-Suara-Csrf';
