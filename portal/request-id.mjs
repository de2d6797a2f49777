// @ts-check
/**
 * Each request the portal serves has an id (decision record 0032): taken over from X-Request-Id when
 * a proxy in TRUST_PROXY sends a well-formed one (nginx's `$request_id`, a load balancer's), made here
 * otherwise. The id is echoed on the answer, sent to the API with every call made for the page
 * (app/graphql/client.server.ts), so the API's log lines for it carry it too, and written on the
 * portal's own log lines. A visitor who is not a trusted proxy cannot choose it, so nobody can make
 * their requests look like someone else's in the logs.
 */
import { randomUUID } from 'node:crypto';

/**
 * 8–64 letters, digits and `._:-`, starting with a letter or digit: safe in a header and on a log
 * line. The API applies the same rule (api/src/http/request-id.ts); keep them together.
 */
export const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$/;

/**
 * Express middleware, first of all: sets the id on the request (as the X-Request-Id header Remix's
 * Request then carries to loaders and actions) and on the response.
 * @param {{ trust: (address: string, hop: number) => boolean }} options
 */
export function requestIds({ trust }) {
  /**
   * @param {import('express').Request} req
   * @param {import('express').Response} res
   * @param {(error?: unknown) => void} next
   */
  return (req, res, next) => {
    const sent = req.headers['x-request-id'];
    const peer = req.socket.remoteAddress;
    const id = typeof sent === 'string' && REQUEST_ID.test(sent) && peer && trust(peer, 0) ? sent : randomUUID();
    req.headers['x-request-id'] = id;
    res.setHeader('X-Request-Id', id);
    next();
  };
}

/**
 * The id of the request a loader or action serves, for its API calls and log lines: what the
 * middleware above set. Under the Vite dev server (no middleware) a well-formed id the browser sent,
 * or none.
 * @param {{ headers: { get(name: string): string | null } }} request
 * @returns {string | null}
 */
export function requestIdOf(request) {
  const id = request.headers.get('X-Request-Id');
  return id && REQUEST_ID.test(id) ? id : null;
}
