import { SignJWT, jwtVerify } from 'jose';

/** Staff sessions are signed tokens (HS256) naming the account; roles are re-read on every request. */
const ISSUER = 'suara';
export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

export async function signToken(accountId: string, key: Uint8Array): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(accountId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
    .sign(key);
}

/** The account id of a valid token, or null (expired, tampered, or not ours). */
export async function verifyToken(token: string, key: Uint8Array): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}
