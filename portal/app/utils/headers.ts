import type { HeadersFunction } from '@remix-run/node';

/**
 * A route's `headers` export that passes on what its loader, action or error set (Cache-Control,
 * Retry-After). Without one Remix keeps only the parent route's headers for the page.
 */
export const passOnHeaders: HeadersFunction = ({ loaderHeaders, actionHeaders, errorHeaders }) => {
  const headers = new Headers();
  for (const source of [loaderHeaders, actionHeaders, errorHeaders]) {
    source?.forEach((value, name) => {
      // Cookies are carried over by Remix itself; copying them here would send them twice.
      if (name.toLowerCase() !== 'set-cookie') headers.set(name, value);
    });
  }
  return headers;
};
