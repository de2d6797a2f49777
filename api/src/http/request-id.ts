import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * What an X-Request-Id must look like to be taken over: 8–64 letters, digits and `._:-`, starting
 * with a letter or digit. UUIDs (the portal's), nginx's `$request_id` and most proxies' ids pass; a
 * quote, a space, a control character or a novel does not, so an id is always safe in a JSON log
 * line, in a header and in a log search. The portal applies the same rule
 * (portal/request-id.mjs); keep them together.
 */
export const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$/;

/**
 * The id of this request: the portal's X-Request-Id when it comes from a peer in TRUST_PROXY (the
 * portal beside the API, or the proxies the operator named) and is well formed; a fresh UUID
 * otherwise. A client that is not trusted cannot choose an id, so it cannot make its requests look
 * like someone else's in the log (decision record 0032).
 */
export function requestIdOf(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  const sent = req.headers['x-request-id'];
  if (typeof sent === 'string' && REQUEST_ID.test(sent)) {
    const peer = req.socket.remoteAddress;
    if (peer && trust(peer, 0)) return sent;
  }
  return randomUUID();
}
