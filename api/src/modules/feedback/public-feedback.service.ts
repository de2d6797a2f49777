import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors.js';
import { badCursor, decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { Feedback } from './feedback.entity.js';
import { OfficialResponse } from './official-response.entity.js';
import { formatReceiptCode, normalizeReceiptCode } from './receipt-code.js';
import type { FeedbackReceipt, PublicFeedback } from './feedback.types.js';

/** What the public may read of feedback: published comments (as redacted), receipts, answers. */

interface CommentsKey {
  serviceId: string;
  first: number | null | undefined;
  after: string | null | undefined;
}

const PUBLISHED = `f.moderation_status = 'PUBLISHED' and not f.spam and f.comment is not null`;

/**
 * Published comments of many services at once (a list of services each showing its newest
 * comments): one counting query and one windowed page query per distinct (first, after), instead
 * of two per service.
 */
export function publishedCommentsLoader(em: EntityManager): DataLoader<CommentsKey, ConnectionShape<PublicFeedback>, string> {
  return new DataLoader<CommentsKey, ConnectionShape<PublicFeedback>, string>(
    async (keys) => {
      const out = new Map<string, ConnectionShape<PublicFeedback>>();
      const groups = new Map<string, CommentsKey[]>();
      for (const key of keys) {
        const g = `${key.first ?? ''}|${key.after ?? ''}`;
        groups.set(g, [...(groups.get(g) ?? []), key]);
      }
      for (const group of groups.values()) {
        const size = pageSize(group[0]!.first);
        const after = group[0]!.after;
        const params: unknown[] = [];
        let keyset = '';
        if (after) {
          const [at, id] = decodeCursor(after, 2) as [string, string];
          if (Number.isNaN(Date.parse(at))) throw badCursor();
          keyset = 'and (f.submitted_at, f.id) < (?::timestamptz, ?::uuid)';
          params.push(at, id);
        }
        const ids = [...new Set(group.map((k) => k.serviceId))];
        const [counts, rows] = await Promise.all([
          em.execute<Array<{ service_id: string; n: number }>>(
            `select f.service_id, count(*)::int as n from feedback f where f.service_id in (?) and ${PUBLISHED} group by f.service_id`,
            [ids],
          ),
          em.execute<Array<{ id: string; service_id: string; submitted_at: Date; comment: string }>>(
            `select id, service_id, submitted_at, comment from (
               select f.id, f.service_id, f.submitted_at, coalesce(f.redacted_comment, f.comment) as comment,
                      row_number() over (partition by f.service_id order by f.submitted_at desc, f.id desc) as rn
               from feedback f where f.service_id in (?) and ${PUBLISHED} ${keyset}) page
             where rn <= ? order by service_id, rn`,
            [ids, ...params, size + 1],
          ),
        ]);
        const total = new Map(counts.map((c) => [c.service_id, c.n]));
        const byService = new Map<string, PublicFeedback[]>(ids.map((id) => [id, []]));
        for (const r of rows) byService.get(r.service_id)!.push({ id: r.id, submittedAt: new Date(r.submitted_at), comment: r.comment });
        for (const key of group) {
          out.set(commentsKey(key), toConnection(byService.get(key.serviceId)!, size, total.get(key.serviceId) ?? 0, (n) => [n.submittedAt.toISOString(), n.id]));
        }
      }
      return keys.map((k) => out.get(commentsKey(k))!);
    },
    { cacheKeyFn: commentsKey },
  );
}

function commentsKey(k: CommentsKey): string {
  return `${k.serviceId}|${k.first ?? ''}|${k.after ?? ''}`;
}

export async function receiptByCode(em: EntityManager, code: string): Promise<Omit<FeedbackReceipt, 'response'> | null> {
  const normalized = normalizeReceiptCode(code);
  if (!normalized) {
    throw new BadInputError(
      {
        id: 'Kode tanda terima terdiri dari 10 huruf dan angka, misalnya K7M2Q-XW9PD.',
        en: 'A receipt code has 10 letters and digits, for example K7M2Q-XW9PD.',
      },
      [{ field: 'code', message: { id: 'Periksa kembali kodenya.', en: 'Check the code again.' } }],
    );
  }
  const feedback = await em.findOne(Feedback, { receiptCode: normalized }, { fields: ['id', 'service', 'submittedAt', 'moderationStatus', 'comment'] });
  if (!feedback) return null;
  return {
    code: formatReceiptCode(normalized),
    status: feedback.moderationStatus,
    submittedAt: feedback.submittedAt,
    hasComment: feedback.comment !== null,
    feedbackId: feedback.id,
    serviceId: feedback.service.id,
  };
}

/** The latest official answer of each feedback, one query per request. */
export function latestResponseLoader(em: EntityManager): DataLoader<string, OfficialResponse | null> {
  return new DataLoader(async (feedbackIds) => {
    const rows = await em.find(OfficialResponse, { feedback: { $in: [...feedbackIds] } }, { orderBy: { respondedAt: 'asc' } });
    const latest = new Map<string, OfficialResponse>();
    for (const row of rows) latest.set(row.feedback.id, row);
    return feedbackIds.map((id) => latest.get(id) ?? null);
  });
}
