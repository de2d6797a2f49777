import { SignJWT, jwtVerify } from 'jose';
import { isUuid } from '../../common/ids.js';

/**
 * Staff tokens are signed (HS256) and name the account (`sub`) and the session (`sid`); they expire
 * (`exp`) with the session. A signature alone is not enough: the session must still live in the
 * database (sessions.ts), so logging out, changing or resetting a password and deactivating an
 * account end a token at once (decision record 0014).
 */
const ISSUER = 'suara';
export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

export interface TokenClaims {
  accountId: string;
  sessionId: string;
}

export async function signToken(claims: TokenClaims, expiresAt: Date, key: Uint8Array): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.accountId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key);
}

/**
 * The account and session of a valid token, or null: tampered, not ours, expired, or missing `exp` or
 * `sid` (tokens signed before sessions existed named no session and never expired in practice).
 */
export async function verifyToken(token: string, key: Uint8Array): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'sub', 'sid'] });
    // Ids reach SQL as uuid casts: anything else is not a token of ours.
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !isUuid(payload.sub) || !isUuid(payload.sid)) return null;
    return { accountId: payload.sub, sessionId: payload.sid };
  } catch {
    return null;
  }
}
