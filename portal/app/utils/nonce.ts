import { createContext, useContext } from 'react';

/**
 * This response's Content-Security-Policy nonce (portal/security.mjs), for the inline scripts Remix
 * renders. Only the server render has one: browsers hide nonces from scripts, and the client never
 * renders these scripts again after hydration.
 */
const NonceContext = createContext<string | undefined>(undefined);

export const NonceProvider = NonceContext.Provider;

export const useNonce = () => useContext(NonceContext);
