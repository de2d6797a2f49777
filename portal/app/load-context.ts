/**
 * What server.mjs hands every loader and action besides the request (Remix's getLoadContext).
 * The Vite dev server passes nothing, so every field is optional.
 */
declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The citizen's network address as Express saw it (after its trusted-proxy rules). */
    clientAddress?: string;
    /** Forgets the cached public pages at these paths (page-cache.mjs), after a change they show. */
    purgePages?: (paths: string[]) => void;
    /** This response's Content-Security-Policy nonce (security.mjs): every inline script must carry it. */
    cspNonce?: string;
  }
}

export {};
