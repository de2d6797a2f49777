import type { IncomingMessage } from 'node:http';
import { HttpError } from './body.js';

/** The methods each address of the API answers; anything else gets 405 with `Allow`. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  '/graphql': ['GET', 'POST', 'OPTIONS'],
  '/healthz': ['GET', 'HEAD'],
  '/metrics': ['GET', 'HEAD'],
};

/** Methods no address answers: TRACE would echo the request (headers included) back. */
const NEVER = new Set(['TRACE', 'TRACK', 'CONNECT']);

const badTarget = () => new HttpError(400, { id: 'Alamat permintaan tidak valid.', en: 'The request target is not valid.' });

/**
 * The request's address, or an HttpError: 400 for a target that is not an address, 405 for a method
 * the address does not answer. A path is read as a path even when it starts with `//` (which
 * `new URL(path, base)` takes for another host, or throws on: that throw once stopped the process).
 */
export function requestTarget(req: IncomingMessage): URL {
  const raw = req.url ?? '/';
  let url: URL;
  try {
    url = raw.startsWith('/') ? new URL(`http://localhost${raw}`) : new URL(raw);
  } catch {
    throw badTarget();
  }
  const method = req.method ?? 'GET';
  const allowed = ALLOWED[url.pathname];
  if (NEVER.has(method) || (allowed && !allowed.includes(method))) {
    throw new HttpError(
      405,
      { id: `Metode ${method} tidak dilayani di sini.`, en: `The method ${method} is not served here.` },
      { allow: (allowed ?? ['GET']).join(', ') },
    );
  }
  return url;
}
