import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addressBucket, hashSignal, type RateLimit } from '../../common/abuse.js';
import { ANSWER_MAX, boundedText } from '../../common/bounded-text.js';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { ModerationStatus, Role } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import type { PostToForumInput, StartForumThreadInput } from './forum.inputs.js';
import { ForumPostView, type ForumSubmission } from './forum.types.js';
import { THREAD_PUBLIC } from './forum-read.service.js';

export const TITLE_MIN = 3;
export const TITLE_MAX = 200;
export const AUTHOR_NAME_MAX = 80;

export interface ForumClient {
  ip: string;
  hashSalt: string;
  rateLimit: RateLimit;
}

const threadNotFound = () =>
  new NotFoundError({ id: 'Topik forum ini tidak ditemukan atau belum diterbitkan.', en: 'This forum thread does not exist or is not published yet.' });

/** A filled honeypot: a robot. It is answered exactly as a person would be, and nothing is stored. */
const isRobot = (website: string | null | undefined) => (website ?? '').trim() !== '';

/**
 * Takes one point of the client network's forum limit, on the caller's connection (common/abuse.ts),
 * and returns the salted hash of the client's address to keep with the post (abuse defence only).
 */
async function admit(em: EntityManager, client: ForumClient): Promise<string> {
  await client.rateLimit.consume(em, `client:${hashSignal(client.hashSalt, `net:${addressBucket(client.ip)}`)}`);
  return hashSignal(client.hashSalt, `ip:${client.ip}`);
}

/**
 * A citizen asks a unit, about one service or about the unit as a whole. The thread and its question
 * wait for a moderator (PENDING): the thread is public once the question is published.
 */
export async function startForumThread(em: EntityManager, catalog: CatalogSnapshot, input: StartForumThreadInput, client: ForumClient): Promise<ForumSubmission> {
  const title = boundedText(input.title, 'title', TITLE_MIN, TITLE_MAX, { id: 'Judul', en: 'The title' });
  const body = boundedText(input.body, 'body', 1, ANSWER_MAX, { id: 'Pertanyaan', en: 'The question' });
  const authorName = boundedText(input.authorName, 'authorName', 1, AUTHOR_NAME_MAX, { id: 'Nama', en: 'The name' });
  const serviceId = input.serviceId?.trim() || null;
  const unitId = input.unitId?.trim() || null;
  if ((serviceId === null) === (unitId === null)) {
    const message = { id: 'Pilih satu: layanan atau unit yang ditanya.', en: 'Choose one: the service or the unit asked.' };
    throw new BadInputError(message, [{ field: 'serviceId', message }, { field: 'unitId', message }]);
  }
  const service = serviceId && isUuid(serviceId) ? catalog.service(serviceId.toLowerCase()) : null;
  const unit = service ? catalog.unit(service.unitId) : unitId && isUuid(unitId) ? catalog.unit(unitId.toLowerCase()) : null;
  if (!unit || (serviceId && !service)) {
    const message = serviceId
      ? { id: 'Layanan tidak ditemukan.', en: 'Unknown service.' }
      : { id: 'Unit tidak ditemukan.', en: 'Unknown unit.' };
    throw new NotFoundError(message);
  }

  const clientHash = await admit(em, client);
  if (isRobot(input.website)) return { id: randomUUID(), status: ModerationStatus.PENDING };

  const threadId = randomUUID();
  await em.transactional(async (tx) => {
    await tx.execute(
      `insert into forum_thread (id, created_at, service_id, unit_id, region_id, title, author_name, last_activity_at, locked)
       values (?, now(), ?, ?, ?, ?, ?, now(), false)`,
      [threadId, service?.id ?? null, unit.id, unit.regionId, title, authorName],
    );
    await tx.execute(
      `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, moderation_status, report_count, client_hash)
       values (?, now(), ?, ?, ?, ?, 'PENDING', 0, ?)`,
      [randomUUID(), threadId, unit.regionId, body, authorName, clientHash],
    );
  });
  return { id: threadId, status: ModerationStatus.PENDING };
}

/** A citizen writes in a published, unlocked thread; the post waits for a moderator. */
export async function postToForum(em: EntityManager, input: PostToForumInput, client: ForumClient): Promise<ForumSubmission> {
  const body = boundedText(input.body, 'body', 1, ANSWER_MAX, { id: 'Tulisan', en: 'The post' });
  const authorName = boundedText(input.authorName, 'authorName', 1, AUTHOR_NAME_MAX, { id: 'Nama', en: 'The name' });
  if (!isUuid(input.threadId)) throw threadNotFound();
  const [thread] = await em.execute<Array<{ id: string; region_id: string; locked: boolean }>>(
    `select t.id, t.region_id, t.locked from forum_thread t where t.id = ? and ${THREAD_PUBLIC}`,
    [input.threadId.toLowerCase()],
  );
  if (!thread) throw threadNotFound();
  if (thread.locked) {
    throw new ConflictError({ id: 'Topik ini sudah ditutup untuk tulisan baru.', en: 'This thread is closed to new posts.' });
  }

  const clientHash = await admit(em, client);
  if (isRobot(input.website)) return { id: randomUUID(), status: ModerationStatus.PENDING };

  const id = randomUUID();
  await em.execute(
    `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, moderation_status, report_count, client_hash)
     values (?, now(), ?, ?, ?, ?, 'PENDING', 0, ?)`,
    [id, thread.id, thread.region_id, body, authorName, clientHash],
  );
  return { id, status: ModerationStatus.PENDING };
}

/**
 * The name an official answer is signed with: the unit's abbreviation, else its name, cut to the
 * post's name column (80 characters). A unit's official name may hold up to 200 characters and
 * needs no abbreviation; the full name stays reachable through `officialUnit`.
 */
function unitSignature(unit: { name: string; abbreviation: string | null }): string {
  const chars = [...(unit.abbreviation || unit.name)];
  return chars.length <= AUTHOR_NAME_MAX ? chars.join('') : `${chars.slice(0, AUTHOR_NAME_MAX - 1).join('').trimEnd()}…`;
}

/**
 * The unit's official answer in a thread: by an officer of the thread's unit or a unit above it, or
 * an ADMIN; published at once under the unit's name (the staff member is recorded, never shown).
 * The thread's last activity moves with it (a trigger on forum_post, migration 20261129012113).
 */
export async function answerForumThread(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, threadId: string, bodyText: string): Promise<ForumPostView> {
  const body = boundedText(bodyText, 'body', 1, ANSWER_MAX, { id: 'Jawaban', en: 'The answer' });
  if (!isUuid(threadId)) throw threadNotFound();
  const [thread] = await em.execute<Array<{ id: string; unit_id: string; region_id: string; public: boolean }>>(
    `select t.id, t.unit_id, t.region_id, ${THREAD_PUBLIC} as public from forum_thread t where t.id = ?`,
    [threadId.toLowerCase()],
  );
  const unit = thread ? catalog.unit(thread.unit_id) : null;
  if (!thread || !unit) throw threadNotFound();
  const actor = authorize(viewer, catalog, [Role.UNIT_OFFICER], { unitId: unit.id });
  if (!thread.public) {
    throw new ConflictError({
      id: 'Pertanyaan ini masih menunggu moderasi. Jawaban dapat diberikan setelah pertanyaan diterbitkan.',
      en: 'This question is still waiting for moderation. It can be answered once it is published.',
    });
  }
  const signature = unitSignature(unit);
  const [row] = await em.execute<Array<{ id: string; created_at: string | Date; published_at: string | Date }>>(
    `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, staff_author_id, official_unit_id, moderation_status, published_at, report_count)
     values (?, now(), ?, ?, ?, ?, ?, ?, 'PUBLISHED', now(), 0) returning id, created_at, published_at`,
    [randomUUID(), thread.id, thread.region_id, body, signature, actor.accountId, unit.id],
  );
  return Object.assign(new ForumPostView(), {
    id: row!.id,
    threadId: thread.id,
    body,
    authorName: signature,
    createdAt: new Date(row!.created_at),
    publishedAt: new Date(row!.published_at),
    official: true,
    officialUnitId: unit.id,
    edited: false,
  });
}
