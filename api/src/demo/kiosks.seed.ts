import type { EntityManager } from '@mikro-orm/postgresql';
import { FeedbackChannel } from '../common/enums.js';
import { Random } from './random.js';

/**
 * The demo's counter kiosks (issue 12), so that `/staf/kios` and the SKM report's channels show a
 * kiosk at work: Mataram's Disdukcapil has "Loket 1", which delivered a share of the counter ratings
 * of the last five months and was last in touch just after its last rating, and the tablet it
 * replaced, revoked when "Loket 1" came; Sawahlunto's licensing office has one at its public service
 * mall. Ratings the demo already generated are marked as given on a kiosk (channel KIOSK and the
 * device): the same ratings, scores and days, so every number other tests rely on stays as it was.
 *
 * Tokens: nobody knows one. The demo's public password is a flag the API warns about and can switch
 * off (decision record 0031); a public kiosk token would have no such guard and would let anyone rate
 * as Mataram's counter. So each demo kiosk's stored token hash is 32 bytes from this stream — the
 * SHA-256 of no token anyone holds — and staff pair a real tablet with "Kode pemasangan baru".
 * Deterministic: its own random stream and the demo's own rows and `today` decide everything.
 */

interface KioskSpec {
  region: string;
  /** The unit's abbreviation in the demo world (world.data.ts). */
  unit: string;
  label: string;
  /** Days before `today` it was registered, and (revoked ones) revoked; 08:00 local time. */
  registeredDaysAgo: number;
  revokedDaysAgo: number | null;
  /** Which share (0–255 of 256) of the unit's counter ratings in its time came through it. */
  share: number;
}

const KIOSKS: readonly KioskSpec[] = [
  { region: 'mataram', unit: 'Disdukcapil', label: 'Loket 2 Disdukcapil (tablet lama)', registeredDaysAgo: 330, revokedDaysAgo: 150, share: 64 },
  { region: 'mataram', unit: 'Disdukcapil', label: 'Loket 1 Disdukcapil', registeredDaysAgo: 150, revokedDaysAgo: null, share: 102 },
  { region: 'sawahlunto', unit: 'DPMPTSP', label: 'Kios Mal Pelayanan Publik', registeredDaysAgo: 60, revokedDaysAgo: null, share: 77 },
];

/** After its last rating a kiosk still checks in for its services for a few minutes (currentKiosk). */
const LAST_CONTACT_AFTER_MS = 4 * 60_000;

export async function seedKiosks(tx: EntityManager, today: string): Promise<number> {
  const rng = new Random(0x12_0012);
  let made = 0;
  for (const spec of KIOSKS) {
    const [unit] = await tx.execute<Array<{ id: string; time_zone: string }>>(
      `select u.id, r.time_zone from unit u join region r on r.id = u.region_id where r.slug = ? and u.abbreviation = ?`,
      [spec.region, spec.unit],
    );
    const id = rng.uuid();
    const tokenHash = Array.from({ length: 32 }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join('');
    if (!unit) continue;
    const at = (daysAgo: number) => localEight(today, daysAgo, unit.time_zone);
    const registeredAt = at(spec.registeredDaysAgo);
    const revokedAt = spec.revokedDaysAgo === null ? null : at(spec.revokedDaysAgo);
    await tx.execute(`insert into kiosk_device (id, created_at, unit_id, label, token_hash, revoked_at, last_seen_at) values (?, ?, ?, ?, ?, ?, null)`, [
      id,
      registeredAt,
      unit.id,
      spec.label,
      tokenHash,
      revokedAt,
    ]);
    // Counter ratings (not those of online-only services) of the unit and the units below it, in the
    // kiosk's time; the share is chosen by the rating's own (deterministic) id, not by a new draw.
    await tx.execute(
      `update feedback f set channel = ?, kiosk_device_id = ?
       from public_service s
       where s.id = f.service_id and s.channel <> 'ONLINE' and f.channel = ?
         and s.unit_id in (with recursive below(id) as (select ?::uuid union all select u.id from unit u join below b on u.parent_id = b.id) select id from below)
         and f.submitted_at >= ? and (?::timestamptz is null or f.submitted_at < ?)
         and get_byte(decode(md5(f.id::text), 'hex'), 0) < ?`,
      [FeedbackChannel.KIOSK, id, FeedbackChannel.WEB, unit.id, registeredAt, revokedAt, revokedAt, spec.share],
    );
    await tx.execute(`update kiosk_device k set last_seen_at = (select max(f.submitted_at) + ?::interval from feedback f where f.kiosk_device_id = k.id) where k.id = ?`, [
      `${LAST_CONTACT_AFTER_MS / 1000} seconds`,
      id,
    ]);
    made++;
  }
  return made;
}

/** 08:00 on the day `daysAgo` before `today`, in the region's time zone (WITA/WIB/WIT, no daylight saving). */
function localEight(today: string, daysAgo: number, timeZone: string): Date {
  const offset = timeZone === 'Asia/Jakarta' ? 7 : timeZone === 'Asia/Jayapura' ? 9 : 8;
  return new Date(Date.parse(`${today}T08:00:00Z`) - daysAgo * 86_400_000 - offset * 3_600_000);
}
