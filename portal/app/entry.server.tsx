import { Writable } from 'node:stream';
import type { AppLoadContext, EntryContext, HandleErrorFunction } from '@remix-run/node';
import { RemixServer, isRouteErrorResponse } from '@remix-run/react';
import { renderToPipeableStream } from 'react-dom/server';
import { recordingPageTexts } from './i18n/catalogues.server';
import { env } from './utils/env.server';
import { NonceProvider } from './utils/nonce';
import { requestIdOf } from '../request-id.mjs';

// A wrong API_URL stops the server at start-up instead of failing on the first page.
env();

const RENDER_TIMEOUT_MS = 5_000;
/** Single fetch streams loader data for at most this long (Remix reads this export). */
export const streamTimeout = RENDER_TIMEOUT_MS;

/**
 * Renders the whole document before sending it (onAllReady), for every client: the portal defers
 * no data, and a citizen without JavaScript must get a complete page, status code included. The
 * document is collected into one buffer and sent as one body: React writes it in many small chunks,
 * and streaming each through the stream adapters and the gzip stream cost more CPU than rendering
 * the page (decision record 0008).
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The nonce of this response's Content-Security-Policy (security.mjs); none under the Vite dev server.
  const nonce = loadContext.cspNonce;
  return new Promise<Response>((resolve, reject) => {
    let renderFailed = false;
    const app = (
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={RENDER_TIMEOUT_MS} nonce={nonce} />
      </NonceProvider>
    );
    // The texts the page asks for while rendering go with it to the browser (components/page-texts.tsx).
    const { pipe, abort } = recordingPageTexts(() => renderToPipeableStream(app, {
      nonce,
      onAllReady() {
        const chunks: Buffer[] = [];
        const collect = new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
          final(done) {
            responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
            // The same address answers in either language, chosen by the `lang` cookie or, on a first
            // visit, the browser's Accept-Language.
            responseHeaders.append('Vary', 'Cookie, Accept-Language');
            resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: renderFailed ? 500 : responseStatusCode }));
            done();
          },
        });
        collect.on('error', reject);
        pipe(collect);
      },
      onShellError(error) {
        reject(error);
      },
      onError(error) {
        renderFailed = true;
        console.error(`[render] req=${requestIdOf(request) ?? '-'}:`, error);
      },
    }));
    setTimeout(abort, RENDER_TIMEOUT_MS + 1_000);
  });
}

/**
 * Errors thrown by loaders and actions; a citizen closing the tab is not one, and neither is a
 * request we answer 4xx on purpose (a POST to a page without a form, an unknown address): anyone
 * can send those, and logging each would let them fill the log.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(`[loader] req=${requestIdOf(request) ?? '-'}:`, error);
};
