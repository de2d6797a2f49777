import type { EntityManager } from '@mikro-orm/postgresql';
import { DataDeletionChannel, PrivacyAuditAction } from '../modules/privacy/index.js';
import { Random } from './random.js';

/**
 * Requests to erase personal data waiting in Mataram (decision record 0034), so that the moderators'
 * page "Permintaan hapus data" (/staf/privasi) shows its work: one asked on the tracking page by a
 * citizen who left an e-mail address, one that came by letter and was entered by the moderator.
 * Nothing is erased: both are PENDING. Its own random stream: every other number of the demo stays.
 */
const DAY_MS = 86_400_000;

export async function seedPrivacy(tx: EntityManager, today: string): Promise<number> {
  const rng = new Random(0x5e0034);
  const [region] = await tx.execute<Array<{ id: string }>>(`select id from region where slug = 'mataram'`);
  const [moderator] = await tx.execute<Array<{ id: string }>>(`select id from staff_account where email = 'moderator@mataram.demo'`);
  if (!region || !moderator) return 0;
  const pick = (withContact: boolean) =>
    tx.execute<Array<{ id: string }>>(
      `select id from feedback where region_id = ? and comment is not null and not spam and contact is ${withContact ? 'not null' : 'null'} order by id limit 1`,
      [region.id],
    );
  const [emailed] = await pick(true);
  const [lettered] = await pick(false);
  const noon = Date.parse(`${today}T04:00:00Z`);
  const requests = [
    emailed && {
      feedbackId: emailed.id,
      channel: DataDeletionChannel.TRACKING_PAGE,
      reason: 'Saya tidak ingin alamat e-mail saya disimpan lagi.',
      by: null,
      at: new Date(noon - 2 * DAY_MS),
    },
    lettered && {
      feedbackId: lettered.id,
      channel: DataDeletionChannel.STAFF,
      reason: 'Surat warga diterima di loket PPID; kode tanda terima tercantum di surat.',
      by: moderator.id,
      at: new Date(noon - DAY_MS),
    },
  ].filter((r): r is NonNullable<typeof r> => Boolean(r));
  for (const r of requests) {
    const id = rng.uuid();
    await tx.execute(
      `insert into data_deletion_request (id, created_at, feedback_id, region_id, status, channel, reason, requested_by_id) values (?, ?, ?, ?, 'PENDING', ?, ?, ?)`,
      [id, r.at, r.feedbackId, region.id, r.channel, r.reason, r.by],
    );
    await tx.execute(
      `insert into privacy_audit_entry (id, created_at, action, actor_id, request_id, feedback_id, region_id, details) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [rng.uuid(), r.at, PrivacyAuditAction.DELETION_REQUESTED, r.by, id, r.feedbackId, region.id, JSON.stringify({ channel: r.channel })],
    );
  }
  return requests.length;
}
