import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/enums.js';
import { BadInputError, NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { boundedText } from '../../common/bounded-text.js';
import { addressBucket, giveBackPointSql, hashSignal, type RateLimit } from '../../common/abuse.js';
import { isUuid } from '../../common/ids.js';
import { authorize, type Viewer } from '../identity/index.js';
import type { CatalogSnapshot, PublicServiceType } from '../catalog/index.js';
import { KioskPairingType, KioskRegistrationType, KioskType } from './kiosk.types.js';

/**
 * Counter kiosks (issue 12; CONTRACT.md "Counter kiosks"; DESIGN.md "How responses are collected").
 *
 * - A kiosk is registered by staff for a unit; its token is 256 random bits, kept only as SHA-256
 *   (a database copy does not let anyone rate as the kiosk) and shown once.
 * - Pairing: staff show the tablet a short code (8 symbols of the receipt alphabet = 40 bits, single
 *   use, 10 minutes). The tablet exchanges it for a token of its own, so a token shown on a staff
 *   screen or copied from the code's QR never keeps working after the tablet is paired, and a
 *   replaced tablet is cut off by pairing the new one. Wrong codes are limited per network address.
 * - Who: MODERATOR of the unit's region, or ADMIN (CONTRACT.md).
 */

export const PAIRING_MINUTES = 10;
export const PAIRING_CODE_LENGTH = 8;
const PAIRING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const LABEL_MAX = 100;
const MANAGERS = [Role.MODERATOR];
/** Last contact is written at most this often per kiosk: a busy counter must not rewrite its row per rating. */
const LAST_SEEN_EVERY_SECONDS = 30;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A fresh device token: 256 bits, URL-safe, with a prefix that says what it is when found in a log or a paste. */
export function newKioskToken(): string {
  return `kiosk_${randomBytes(32).toString('base64url')}`;
}

export function kioskTokenHash(token: string): string {
  return sha256(token.trim());
}

export function newPairingCode(pick: (n: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[pick(PAIRING_ALPHABET.length)];
  return code;
}

/** `K7M2XW9P` → `K7M2-XW9P`. */
export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed (any case, dashes or spaces) → the stored form, or null if it cannot be a code. */
export function normalizePairingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== PAIRING_CODE_LENGTH) return null;
  for (const c of code) if (!PAIRING_ALPHABET.includes(c)) return null;
  return code;
}

interface KioskRow {
  id: string;
  label: string;
  unit_id: string;
  region_id: string;
  created_at: Date | string;
  last_seen_at: Date | string | null;
  revoked_at: Date | string | null;
  pairing_expires_at: Date | string | null;
}

const KIOSK_COLUMNS = `k.id, k.label, k.unit_id, u.region_id, k.created_at, k.last_seen_at, k.revoked_at, k.pairing_expires_at`;
const date = (v: Date | string | null) => (v == null ? null : new Date(v));

function toKiosk(row: KioskRow): KioskType {
  const pairing = date(row.pairing_expires_at);
  return Object.assign(new KioskType(), {
    id: row.id,
    label: row.label,
    unitId: row.unit_id,
    regionId: row.region_id,
    registeredAt: new Date(row.created_at),
    lastSeenAt: date(row.last_seen_at),
    revokedAt: date(row.revoked_at),
    // A code past its time is as good as none.
    pairingExpiresAt: pairing && pairing.getTime() > Date.now() && !row.revoked_at ? pairing : null,
  });
}

function registration(kiosk: KioskType, token: string, code: string | null, expiresAt: Date | null): KioskRegistrationType {
  const pairing = code && expiresAt ? Object.assign(new KioskPairingType(), { code: formatPairingCode(code), expiresAt }) : null;
  return Object.assign(new KioskRegistrationType(), { kiosk, token, pairing });
}

async function kioskById(em: EntityManager, id: string): Promise<KioskType | null> {
  if (!isUuid(id)) return null;
  const rows = await em.execute<KioskRow[]>(`select ${KIOSK_COLUMNS} from kiosk_device k join unit u on u.id = k.unit_id where k.id = ?`, [id.toLowerCase()]);
  return rows[0] ? toKiosk(rows[0]) : null;
}

const notFound = () => new NotFoundError({ id: 'Kios tidak ditemukan.', en: 'Kiosk not found.' });

/**
 * A new pairing code for kiosk `id`, valid PAIRING_MINUTES. Codes are unique among waiting ones; a
 * clash (1 in 2^40 per waiting code) draws again.
 */
async function issuePairing(em: EntityManager, id: string, tokenHash: string | null): Promise<{ code: string; expiresAt: Date; row: KioskRow }> {
  for (let attempt = 0; ; attempt++) {
    const code = newPairingCode();
    try {
      const rows = await em.execute<KioskRow[]>(
        `with changed as (
           update kiosk_device set pairing_code_hash = ?, pairing_expires_at = now() + make_interval(mins => ?),
             token_hash = coalesce(?, token_hash),
             -- A new token cuts off the tablet paired before: its last contact no longer says a tablet
             -- is paired, so staff see "not paired" if the new code expires unused.
             last_seen_at = case when ?::text is null then last_seen_at end
           where id = ? and revoked_at is null
           returning *)
         select ${KIOSK_COLUMNS} from changed k join unit u on u.id = k.unit_id`,
        [sha256(code), PAIRING_MINUTES, tokenHash, tokenHash, id],
      );
      if (!rows[0]) throw notFound();
      return { code, expiresAt: new Date(rows[0].pairing_expires_at!), row: rows[0] };
    } catch (error) {
      if (attempt < 3 && error instanceof Error && error.message.includes('kiosk_device_pairing_code_hash_unique')) continue;
      throw error;
    }
  }
}

export async function registerKiosk(
  em: EntityManager,
  viewer: Viewer | null,
  catalog: CatalogSnapshot,
  input: { unitId: string; label: string },
): Promise<KioskRegistrationType> {
  const unit = isUuid(input.unitId) ? catalog.unit(input.unitId.toLowerCase()) : null;
  if (!unit) {
    const message = { id: 'Unit tidak ditemukan.', en: 'Unknown unit.' };
    throw new BadInputError(message, [{ field: 'unitId', message }]);
  }
  authorize(viewer, catalog, MANAGERS, { regionId: unit.regionId });
  const label = boundedText(input.label, 'label', 1, LABEL_MAX, { id: 'Nama kios', en: 'The kiosk’s name' });
  const token = newKioskToken();
  return em.transactional(async (tx) => {
    const [created] = await tx.execute<Array<{ id: string }>>(
      `insert into kiosk_device (id, created_at, unit_id, label, token_hash) values (gen_random_uuid(), now(), ?, ?, ?) returning id`,
      [unit.id, label, kioskTokenHash(token)],
    );
    const { code, expiresAt, row } = await issuePairing(tx, created!.id, null);
    return registration(toKiosk(row), token, code, expiresAt);
  });
}

/** A new code and a new token: the tablet paired before (lost, replaced) stops at once. */
export async function renewKioskPairing(em: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, id: string): Promise<KioskRegistrationType> {
  const kiosk = await kioskById(em, id);
  if (!kiosk) throw notFound();
  authorize(viewer, catalog, MANAGERS, { regionId: kiosk.regionId });
  if (kiosk.revokedAt) {
    throw new BadInputError({ id: 'Kios ini sudah dicabut; daftarkan kios baru.', en: 'This kiosk was revoked; register a new one.' });
  }
  const token = newKioskToken();
  const { code, expiresAt, row } = await issuePairing(em, kiosk.id, kioskTokenHash(token));
  return registration(toKiosk(row), token, code, expiresAt);
}

export async function revokeKiosk(em: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, id: string): Promise<KioskType> {
  const kiosk = await kioskById(em, id);
  if (!kiosk) throw notFound();
  authorize(viewer, catalog, MANAGERS, { regionId: kiosk.regionId });
  // Revoking twice keeps the first time; a waiting pairing code dies with the kiosk.
  const rows = await em.execute<KioskRow[]>(
    `with changed as (
       update kiosk_device set revoked_at = coalesce(revoked_at, now()), pairing_code_hash = null, pairing_expires_at = null
       where id = ? returning *)
     select ${KIOSK_COLUMNS} from changed k join unit u on u.id = k.unit_id`,
    [kiosk.id],
  );
  return toKiosk(rows[0]!);
}

/** A region's kiosks, active ones first, newest first within each (MODERATOR of the region, ADMIN). */
export async function kiosksOf(em: EntityManager, viewer: Viewer | null, catalog: CatalogSnapshot, regionSlug: string): Promise<KioskType[]> {
  const region = catalog.regionBySlug(regionSlug);
  if (!region) throw new NotFoundError({ id: 'Wilayah tidak ditemukan.', en: 'Region not found.' });
  authorize(viewer, catalog, MANAGERS, { regionId: region.id });
  const rows = await em.execute<KioskRow[]>(
    `select ${KIOSK_COLUMNS} from kiosk_device k join unit u on u.id = k.unit_id
     where u.region_id = ? order by k.revoked_at is not null, k.created_at desc, k.id`,
    [region.id],
  );
  return rows.map(toKiosk);
}

export interface PairingClient {
  ip: string;
  hashSalt: string;
  /** Wrong codes per network address (IPv6: per /64). */
  limit: RateLimit;
}

/**
 * Exchanges a waiting pairing code for a new device token, once: the same statement that finds the
 * code clears it. Every attempt takes a point of the address's limit and a right code gives it back,
 * so only wrong codes count.
 */
export async function pairKiosk(em: EntityManager, input: string, client: PairingClient): Promise<KioskRegistrationType> {
  const subject = `client:${hashSignal(client.hashSalt, `net:${addressBucket(client.ip)}`)}`;
  await client.limit.consume(em, subject);
  const code = normalizePairingCode(input ?? '');
  const wrong = () => {
    const message = {
      id: 'Kode pemasangan salah atau sudah kedaluwarsa. Minta kode baru kepada petugas.',
      en: 'The pairing code is wrong or has expired. Ask staff for a new code.',
    };
    return new BadInputError(message, [{ field: 'code', message }]);
  };
  if (!code) throw wrong();
  const token = newKioskToken();
  const rows = await em.execute<KioskRow[]>(
    `with changed as (
       update kiosk_device set token_hash = ?, pairing_code_hash = null, pairing_expires_at = null, last_seen_at = now()
       where pairing_code_hash = ? and pairing_expires_at > now() and revoked_at is null
       returning *)
     select ${KIOSK_COLUMNS} from changed k join unit u on u.id = k.unit_id`,
    [kioskTokenHash(token), sha256(code)],
  );
  if (!rows[0]) throw wrong();
  if (client.limit.enabled) {
    const q = giveBackPointSql(client.limit.key(subject));
    await em.execute(q.text, q.params);
  }
  return registration(toKiosk(rows[0]), token, null, null);
}

/** The kiosk a request's X-Kiosk-Token names: what a submission needs to know of it. */
export interface KioskIdentity {
  id: string;
  unitId: string;
  regionId: string;
}

/** An unknown or revoked X-Kiosk-Token: the one refusal, also when a kiosk is revoked mid-rating. */
export const unknownToken = () =>
  new UnauthenticatedError({
    id: 'Kios ini tidak terdaftar atau sudah dicabut. Minta petugas memasangkan kios ini lagi.',
    en: 'This kiosk is not registered or was revoked. Ask staff to pair it again.',
  });

/**
 * The kiosk of `token`, recording its last contact (at most every LAST_SEEN_EVERY_SECONDS); unknown or
 * revoked: UNAUTHENTICATED. One autocommit statement on the caller's EntityManager: no connection
 * is held past it, and revocation takes effect on every replica at once (nothing is cached).
 */
export async function authenticateKiosk(em: EntityManager, token: string): Promise<KioskRow & KioskIdentity> {
  if (!token || token.length > 200) throw unknownToken();
  const rows = await em.execute<KioskRow[]>(
    `with found as (
       select k.* from kiosk_device k where k.token_hash = ? and k.revoked_at is null
     ), seen as (
       update kiosk_device d set last_seen_at = now() from found
       where d.id = found.id and (found.last_seen_at is null or found.last_seen_at < now() - make_interval(secs => ?))
       returning d.id, d.last_seen_at
     )
     select k.id, k.label, k.unit_id, u.region_id, k.created_at, coalesce((select last_seen_at from seen), k.last_seen_at) as last_seen_at,
       k.revoked_at, k.pairing_expires_at
     from found k join unit u on u.id = k.unit_id`,
    [kioskTokenHash(token), LAST_SEEN_EVERY_SECONDS],
  );
  const row = rows[0];
  if (!row) throw unknownToken();
  return { ...row, unitId: row.unit_id, regionId: row.region_id };
}

/** The kiosk of `token` as the kiosk page shows it. */
export async function currentKiosk(em: EntityManager, token: string): Promise<KioskType> {
  return toKiosk(await authenticateKiosk(em, token));
}

/** What a kiosk of `unitId` rates: the unit's own services and those of every unit below it, by name. */
export function kioskServices(catalog: CatalogSnapshot, unitId: string): PublicServiceType[] {
  const unit = catalog.unit(unitId);
  if (!unit) return [];
  const below = new Set(catalog.unitAndBelow(unit.id));
  return catalog.servicesOfRegion(unit.regionId).filter((s) => below.has(s.unitId));
}

/** Ratings each kiosk delivered today in its region's time zone (received, whatever day they were answered). */
export async function ratingsToday(em: EntityManager, ids: readonly string[]): Promise<number[]> {
  const rows = await em.execute<Array<{ id: string; count: number }>>(
    `select k.id, (select count(*) from feedback f
        where f.kiosk_device_id = k.id
          and f.created_at >= (date_trunc('day', now() at time zone r.time_zone) at time zone r.time_zone))::int as count
     from kiosk_device k join unit u on u.id = k.unit_id join region r on r.id = u.region_id
     where k.id in (?)`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r.count]));
  return ids.map((id) => byId.get(id) ?? 0);
}
