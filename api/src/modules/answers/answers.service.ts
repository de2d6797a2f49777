import type { EntityManager } from '@mikro-orm/postgresql';
import { ANSWER_MAX, boundedText } from '../../common/bounded-text.js';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { ModerationStatus, Role } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { OfficialResponseType } from '../feedback/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { noticeAnswerGiven } from '../notifications/index.js';

const feedbackNotFound = () =>
  new NotFoundError({ id: 'Masukan ini tidak ditemukan.', en: 'This feedback does not exist.' });

interface ResponseRow {
  id: string;
  body: string;
  responded_at: string | Date;
  edited_at: string | Date | null;
  unit_id: string;
}

export function toResponse(row: ResponseRow): OfficialResponseType {
  return Object.assign(new OfficialResponseType(), {
    id: row.id,
    body: row.body,
    respondedAt: new Date(row.responded_at),
    editedAt: row.edited_at ? new Date(row.edited_at) : null,
    unitId: row.unit_id,
  });
}

const RETURNING = 'returning id, body, responded_at, edited_at, unit_id';

/**
 * A unit's official answer to a published comment (CONTRACT.md, Official answers). The answer is
 * given in the name of the service's unit, by an officer of that unit or of a unit above it, or by an
 * ADMIN. A second call corrects the answer: the public sees the new text marked as edited, and the
 * text it replaces is kept in the append-only revision log.
 *
 * One transaction on the request's connection; the comment is locked FOR SHARE so that a moderator
 * cannot hide it halfway, and the unique answer per feedback (insert … on conflict do nothing, then
 * the row locked FOR UPDATE) makes simultaneous answers end in one answer and a revision.
 * Returns the answer and the ids whose public pages it changes (for the read cache).
 */
export async function respondToFeedback(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  feedbackId: string,
  body: string,
): Promise<{ response: OfficialResponseType; touched: string[] }> {
  const text = boundedText(body, 'body', 1, ANSWER_MAX, { id: 'Tanggapan', en: 'The answer' });
  if (!isUuid(feedbackId)) throw feedbackNotFound();
  return em.transactional(async (tx) => {
    const [feedback] = await tx.execute<Array<{ service_id: string; moderation_status: ModerationStatus; has_comment: boolean }>>(
      `select f.service_id, f.moderation_status, f.comment is not null as has_comment from feedback f where f.id = ? for share`,
      [feedbackId.toLowerCase()],
    );
    const service = feedback ? catalog.service(feedback.service_id) : null;
    if (!feedback || !service) throw feedbackNotFound();
    const actor = authorize(viewer, catalog, [Role.UNIT_OFFICER], { unitId: service.unitId });
    if (!feedback.has_comment) {
      const message = {
        id: 'Penilaian ini tidak disertai komentar, jadi tidak ada yang perlu ditanggapi.',
        en: 'This rating has no comment, so there is nothing to answer.',
      };
      throw new BadInputError(message, [{ field: 'feedbackId', message }]);
    }
    if (feedback.moderation_status === ModerationStatus.PENDING) {
      throw new ConflictError({
        id: 'Komentar ini masih menunggu moderasi. Tanggapan dapat diberikan setelah komentar diterbitkan.',
        en: 'This comment is still waiting for moderation. It can be answered once it is published.',
      });
    }
    if (feedback.moderation_status !== ModerationStatus.PUBLISHED) {
      throw new ConflictError({
        id: 'Komentar ini disembunyikan oleh moderator, jadi tidak dapat ditanggapi secara publik.',
        en: 'A moderator hid this comment, so it cannot be answered in public.',
      });
    }

    const [created] = await tx.execute<ResponseRow[]>(
      `insert into official_response (id, created_at, feedback_id, unit_id, author_id, body, responded_at)
       values (gen_random_uuid(), now(), ?, ?, ?, ?, now())
       on conflict (feedback_id) do nothing ${RETURNING}`,
      [feedbackId.toLowerCase(), service.unitId, actor.accountId, text],
    );
    const touched = [service.id, service.unitId, service.regionId];
    if (created) {
      // The citizen who asked to be told hears of the first answer only (a correction is no news).
      await noticeAnswerGiven(tx, feedbackId.toLowerCase());
      return { response: toResponse(created), touched };
    }

    // Answered before (or by someone else a moment ago): correct it, keeping the earlier text.
    const [current] = await tx.execute<ResponseRow[]>(
      `select id, body, responded_at, edited_at, unit_id from official_response where feedback_id = ? for update`,
      [feedbackId.toLowerCase()],
    );
    if (current!.body === text) return { response: toResponse(current!), touched };
    await tx.execute(
      `insert into official_response_revision (id, created_at, response_id, previous_body, edited_by_id, edited_at)
       values (gen_random_uuid(), now(), ?, ?, ?, now())`,
      [current!.id, current!.body, actor.accountId],
    );
    const [edited] = await tx.execute<ResponseRow[]>(
      `update official_response set body = ?, author_id = ?, edited_at = now() where id = ? ${RETURNING}`,
      [text, actor.accountId, current!.id],
    );
    return { response: toResponse(edited!), touched };
  });
}
