import type { IncomingMessage } from 'node:http';
import type { Lang } from '../graphql/request-scope.js';

/** The largest request body the API reads (a rating with a 2,000-character comment is ~2 KB). */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * A refusal at the HTTP level, before GraphQL: its status, a message in the caller's language and
 * the headers it needs (Allow for a 405).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly text: { id: string; en: string },
    readonly headers: Record<string, string> = {},
  ) {
    super(text.en);
  }

  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}

export const bodyTooLarge = () =>
  new HttpError(
    413,
    { id: `Isi permintaan terlalu besar (paling banyak ${MAX_BODY_BYTES / 1_000_000} MB).`, en: `The request body is too large (at most ${MAX_BODY_BYTES / 1_000_000} MB).` },
    // The rest of a body we will not read is not worth keeping the connection for.
    { connection: 'close' },
  );

/** After a refusal, what the client still sends is read and dropped, up to this much, so that it sees the 413 instead of a reset. */
const DRAIN_BYTES = 16 * MAX_BODY_BYTES;

/**
 * The request body as text, at most MAX_BODY_BYTES. Larger bodies get a 413: at once when the client
 * declares its length, otherwise as soon as the limit is passed. The rest is drained (up to a bound)
 * rather than the socket destroyed, which would reset the connection before the client could read
 * the answer.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    let size = 0;
    let refused = false;
    const chunks: Buffer[] = [];
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      reject(bodyTooLarge());
    };
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) refuse();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > DRAIN_BYTES) req.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) return refuse();
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      if (!refused) reject(error);
    });
  });
}
