import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InstanceSecret } from './instance-secret.entity.js';

export interface Secrets {
  /** Signs staff tokens. */
  tokenKey: Uint8Array;
  /** Salts the hashes of network addresses and devices (abuse signals are never stored in clear). */
  hashSalt: string;
  /** Signs proof-of-work challenges (common/proof-of-work.ts). */
  proofOfWorkKey: string;
}

async function getOrCreate(em: EntityManager, name: string): Promise<string> {
  // Insert-if-absent, then read: two replicas starting together agree on one value.
  await em.execute(
    'insert into instance_secret (name, value, created_at) values (?, ?, now()) on conflict (name) do nothing',
    [name, randomBytes(32).toString('base64url')],
  );
  const row = await em.findOneOrFail(InstanceSecret, { name });
  return row.value;
}

/**
 * SUARA_SECRET when given (every replica must share it), otherwise secrets generated once and kept
 * in the database.
 */
export async function loadSecrets(em: EntityManager, configured: string | undefined): Promise<Secrets> {
  if (configured) {
    return { tokenKey: new TextEncoder().encode(`token:${configured}`), hashSalt: `hash:${configured}`, proofOfWorkKey: `pow:${configured}` };
  }
  const token = await getOrCreate(em, 'token-key');
  const salt = await getOrCreate(em, 'hash-salt');
  const pow = await getOrCreate(em, 'proof-of-work-key');
  return { tokenKey: new TextEncoder().encode(token), hashSalt: salt, proofOfWorkKey: pow };
}
