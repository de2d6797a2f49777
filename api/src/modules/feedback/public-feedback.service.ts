import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors.js';
import { ModerationStatus, SKM_ELEMENTS } from '../../common/enums.js';
import type { ReadCache } from '../../common/read-cache.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { ELEMENT_STEM } from '../../common/element-columns.js';
import { RECEIPT_ALPHABET, RECEIPT_LENGTH, formatReceiptCode, normalizeReceiptCode } from './receipt-code.js';
import { OfficialResponseType, type FeedbackReceipt, type PublicFeedback } from './feedback.types.js';

/**
 * What the public may read of feedback: published comments (as redacted), receipts, answers. Plain
 * SQL into plain read models: nothing here needs the ORM's entities or identity map.
 */

interface CommentsKey {
  serviceId: string;
  first: number | null | undefined;
  after: string | null | undefined;
}

/** A cursor of a service's published comments: when the comment was sent and its id. */
export const decodeCommentsCursor = (after: string) => decodeCursor(after, ['timestamp', 'uuid'] as const);

const PUBLISHED = `f.moderation_status = 'PUBLISHED' and not f.spam and f.comment is not null`;

/** The latest answer of the feedback row `f`, as columns prefixed `response_` (a lateral join). */
const LATEST_RESPONSE = `left join lateral (
    select o.id as response_id, o.body as response_body, o.responded_at as response_at, o.edited_at as response_edited_at, o.unit_id as response_unit_id
    from official_response o where o.feedback_id = f.id order by o.responded_at desc, o.id desc limit 1) latest on true`;

export interface ResponseColumns {
  response_id: string | null;
  response_body: string | null;
  response_at: string | Date | null;
  response_edited_at: string | Date | null;
  response_unit_id: string | null;
}

export function responseOf(row: ResponseColumns): OfficialResponseType | null {
  if (!row.response_id) return null;
  return Object.assign(new OfficialResponseType(), {
    id: row.response_id,
    body: row.response_body!,
    respondedAt: new Date(row.response_at!),
    editedAt: row.response_edited_at ? new Date(row.response_edited_at) : null,
    unitId: row.response_unit_id!,
  });
}

/**
 * Published comments of many services at once, each with its latest answer: one windowed query per
 * distinct (first, after) instead of several per service. The first page of each service (what
 * every service page shows) is kept in the process's read cache for its short lifetime. Whatever
 * changes published comments or their answers (moderation and answers, still to come) must `touch`
 * the service in this process's read cache, so that its own change shows at once.
 */
export function publishedCommentsLoader(em: () => EntityManager, cache: ReadCache): DataLoader<CommentsKey, ConnectionShape<PublicFeedback>, string> {
  return new DataLoader<CommentsKey, ConnectionShape<PublicFeedback>, string>(
    async (keys) => {
      const out = new Map<string, ConnectionShape<PublicFeedback>>();
      const groups = new Map<string, CommentsKey[]>();
      for (const key of keys) {
        const cached = key.after ? undefined : cache.get<ConnectionShape<PublicFeedback>>(commentsKey(key));
        if (cached) {
          out.set(commentsKey(key), cached);
          continue;
        }
        const g = `${key.first ?? ''}|${key.after ?? ''}`;
        groups.set(g, [...(groups.get(g) ?? []), key]);
      }
      for (const group of groups.values()) {
        const begun = cache.begin();
        const size = pageSize(group[0]!.first);
        const after = group[0]!.after;
        const params: unknown[] = [];
        let keyset = '';
        if (after) {
          const [at, id] = decodeCommentsCursor(after);
          keyset = 'and (f.submitted_at, f.id) < (?::timestamptz, ?::uuid)';
          params.push(at, id);
        }
        const ids = [...new Set(group.map((k) => k.serviceId))];
        // On a first page the window's count is every published comment; after a cursor it is only
        // those past it, so the total is counted on its own there.
        const [rows, counts] = await Promise.all([
          em().execute<Array<{ id: string; service_id: string; submitted_at: string | Date; comment: string; total: number } & ResponseColumns>>(
            `select page.id, page.service_id, page.submitted_at, page.comment, page.total, latest.*
             from (
               select f.id, f.service_id, f.submitted_at, coalesce(f.redacted_comment, f.comment) as comment,
                      row_number() over (partition by f.service_id order by f.submitted_at desc, f.id desc) as rn,
                      count(*) over (partition by f.service_id)::int as total
               from feedback f where f.service_id in (?) and ${PUBLISHED} ${keyset}) page
             join feedback f on f.id = page.id
             ${LATEST_RESPONSE}
             where page.rn <= ? order by page.service_id, page.rn`,
            [ids, ...params, size + 1],
          ),
          after
            ? em().execute<Array<{ service_id: string; n: number }>>(
                `select f.service_id, count(*)::int as n from feedback f where f.service_id in (?) and ${PUBLISHED} group by f.service_id`,
                [ids],
              )
            : Promise.resolve(null),
        ]);
        const total = new Map<string, number>();
        const byService = new Map<string, PublicFeedback[]>(ids.map((id) => [id, []]));
        for (const r of rows) {
          total.set(r.service_id, r.total);
          byService.get(r.service_id)!.push({ id: r.id, submittedAt: new Date(r.submitted_at), comment: r.comment, latestResponse: responseOf(r) });
        }
        if (counts) for (const c of counts) total.set(c.service_id, c.n);
        for (const key of group) {
          const connection = toConnection(byService.get(key.serviceId)!, size, total.get(key.serviceId) ?? 0, (n) => [n.submittedAt.toISOString(), n.id]);
          out.set(commentsKey(key), connection);
          if (!key.after) cache.set(commentsKey(key), [key.serviceId], connection, begun);
        }
      }
      return keys.map((k) => out.get(commentsKey(k))!);
    },
    { cacheKeyFn: commentsKey },
  );
}

function commentsKey(k: CommentsKey): string {
  return `comments|${k.serviceId}|${k.first ?? ''}|${k.after ?? ''}`;
}

/**
 * The status a receipt shows.
 * - A rating caught by the honeypot (stored as SPAM with no moderator's decision) shows what an
 *   ordinary one would: PENDING while its comment waits, or PUBLISHED (counted) without one. Telling
 *   the sender would teach a bot which field gives it away, and a person who somehow filled the
 *   hidden field is better served by an ordinary answer than by an accusation.
 * - A comment a MODERATOR marked as spam keeps saying SPAM. That is a person's decision, logged with
 *   its reason, that also takes the rating out of every score; a citizen wrongly caught by it must be
 *   able to see it (and complain to the unit or ask for a review), and a spammer learns nothing a
 *   moderator had not already decided about them.
 */
function receiptStatus(status: ModerationStatus, hasComment: boolean, markedByModerator: boolean): ModerationStatus {
  if (status !== ModerationStatus.SPAM || markedByModerator) return status;
  return hasComment ? ModerationStatus.PENDING : ModerationStatus.PUBLISHED;
}

/**
 * Why a typed code cannot be a receipt code, in words that help: a code of the right length that
 * holds a character our alphabet leaves out (0, O, 1, I: receipt-code.ts) gets a message naming that
 * character and the ones the citizen most likely read it for; any other shape gets the general rule.
 */
export function receiptCodeProblem(typed: string): { id: string; en: string } {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  const wrong = [...code].find((c) => !RECEIPT_ALPHABET.includes(c));
  if ([...code].length !== RECEIPT_LENGTH || wrong === undefined) return GENERAL_CODE_RULE;
  const lookAlike = LOOK_ALIKES[wrong];
  if (lookAlike) return lookAlike;
  return {
    id: `Kode tidak memuat tanda “${wrong}” — kode hanya berisi huruf dan angka, misalnya K7M2Q-XW9PD.`,
    en: `A code never contains “${wrong}” — it has only letters and digits, for example K7M2Q-XW9PD.`,
  };
}

const GENERAL_CODE_RULE = {
  id: 'Kode tanda terima terdiri dari 10 huruf dan angka, misalnya K7M2Q-XW9PD.',
  en: 'A receipt code has 10 letters and digits, for example K7M2Q-XW9PD.',
};
const CHECK_THE_CODE = { id: 'Periksa kembali kodenya.', en: 'Check the code again.' };

/** The four characters left out of receipt codes, and what a citizen reading a printed code probably saw. */
const LOOK_ALIKES: Record<string, { id: string; en: string }> = {
  '0': {
    id: 'Kode tidak memuat angka 0 (nol) maupun huruf O — mungkin maksud Anda huruf D atau Q.',
    en: 'A code never contains the digit 0 (zero) or the letter O — perhaps you mean the letter D or Q.',
  },
  O: {
    id: 'Kode tidak memuat huruf O maupun angka 0 (nol) — mungkin maksud Anda huruf D atau Q.',
    en: 'A code never contains the letter O or the digit 0 (zero) — perhaps you mean the letter D or Q.',
  },
  '1': {
    id: 'Kode tidak memuat angka 1 (satu) maupun huruf I — mungkin maksud Anda huruf L atau angka 7.',
    en: 'A code never contains the digit 1 (one) or the letter I — perhaps you mean the letter L or the digit 7.',
  },
  I: {
    id: 'Kode tidak memuat huruf I maupun angka 1 (satu) — mungkin maksud Anda huruf L atau J.',
    en: 'A code never contains the letter I or the digit 1 (one) — perhaps you mean the letter L or J.',
  },
};

const SCORE_COLUMNS = SKM_ELEMENTS.map((e) => `f.score_${ELEMENT_STEM[e]}`).join(', ');

type ReceiptRow = {
  id: string;
  service_id: string;
  submitted_at: string | Date;
  published_at: string | Date | null;
  moderation_status: string;
  has_comment: boolean;
  published_comment: string | null;
  marked_by_moderator: boolean;
} & ResponseColumns &
  Record<string, unknown>;

/** A receipt, the citizen's own answers and comment as published, and the latest answer to it, in one statement. */
export async function receiptByCode(em: EntityManager, code: string): Promise<FeedbackReceipt | null> {
  const normalized = normalizeReceiptCode(code);
  if (!normalized) {
    const problem = receiptCodeProblem(code);
    // Beside the box: the named character when there is one (it is what to fix), else "check it".
    throw new BadInputError(problem, [{ field: 'code', message: problem === GENERAL_CODE_RULE ? CHECK_THE_CODE : problem }]);
  }
  // The comment is returned only as the public reads it: a citizen's words waiting for (or refused
  // by) a moderator stay out of every answer, also this one, since a receipt code can be shared.
  const [row] = await em.execute<ReceiptRow[]>(
    `select f.id, f.service_id, f.submitted_at, f.published_at, f.moderation_status, f.comment is not null as has_comment,
            case when ${PUBLISHED} then coalesce(f.redacted_comment, f.comment) end as published_comment,
            f.moderation_status = 'SPAM' and exists (select 1 from moderation_action a where a.feedback_id = f.id and a.action = 'MARK_SPAM') as marked_by_moderator,
            ${SCORE_COLUMNS},
            latest.*
     from feedback f ${LATEST_RESPONSE}
     where f.receipt_code = ?`,
    [normalized],
  );
  if (!row) return null;
  return {
    code: formatReceiptCode(normalized),
    status: receiptStatus(row.moderation_status as ModerationStatus, row.has_comment, row.marked_by_moderator),
    submittedAt: new Date(row.submitted_at),
    hasComment: row.has_comment,
    feedbackId: row.id,
    serviceId: row.service_id,
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    publishedComment: row.published_comment,
    scores: SKM_ELEMENTS.map((element) => ({ element, score: Number(row[`score_${ELEMENT_STEM[element]}`]) })),
    response: responseOf(row),
  };
}

/** The latest official answer of each feedback, one query per request (for lists that did not read it already). */
export function latestResponseLoader(em: () => EntityManager): DataLoader<string, OfficialResponseType | null> {
  return new DataLoader(async (feedbackIds) => {
    const rows = await em().execute<Array<{ feedback_id: string } & ResponseColumns>>(
      `select f.id as feedback_id, latest.* from feedback f ${LATEST_RESPONSE} where f.id in (?)`,
      [[...feedbackIds]],
    );
    const latest = new Map(rows.map((r) => [r.feedback_id, responseOf(r)]));
    return feedbackIds.map((id) => latest.get(id) ?? null);
  });
}
