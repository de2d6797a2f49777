/**
 * Authorization matrix rows of official answers, the officer's inbox and the forum (issue 8).
 * Targets are Mataram's licensing unit (DPMPTSP), where the demo officer works.
 */
import { randomUUID } from 'node:crypto';
import { everyone, only, type OperationRow } from './types.js';
import type { AuthzWorld } from './world.js';

/** A published forum thread of the demo (a question to a Mataram unit). */
async function publishedThread(world: AuthzWorld): Promise<string> {
  const [row] = await world.sql<{ id: string }>(
    `select t.id from forum_thread t where t.region_id = ? and not t.locked
       and (select p.moderation_status from forum_post p where p.thread_id = t.id order by p.created_at, p.id limit 1) = 'PUBLISHED'
     order by t.created_at, t.id limit 1`,
    [world.mataram.id],
  );
  return row!.id;
}

/** A fresh thread to DPMPTSP whose question a moderator has published, for one official answer. */
async function freshThread(world: AuthzWorld): Promise<string> {
  const id = randomUUID();
  await world.sql(
    `insert into forum_thread (id, created_at, service_id, unit_id, region_id, title, author_name, last_activity_at, locked)
     values (?, now(), null, ?, ?, 'Pertanyaan matriks', 'Warga', now(), false)`,
    [id, world.mataram.licensingUnitId, world.mataram.id],
  );
  await world.sql(
    `insert into forum_post (id, created_at, thread_id, region_id, body, author_name, moderation_status, published_at, report_count)
     values (?, now(), ?, ?, 'Apakah loket buka hari Sabtu?', 'Warga', 'PUBLISHED', now(), 0)`,
    [randomUUID(), id, world.mataram.id],
  );
  return id;
}

/**
 * The matrix sends every actor's call from the same address, more than the forum's hourly limit per
 * client network (SUARA_FORUM_RATE_LIMIT, 10): each row starts its caller's window afresh, so that the
 * row checks who may write, not how often (the limit has its own test in forum.test.ts).
 */
async function freshForumWindow(world: AuthzWorld): Promise<void> {
  await world.sql(`delete from rate_limit where key like 'forum:%'`);
}

const THREAD_FIELDS = 'id title answered postCount unit { name } posts(first: 5) { totalCount edges { node { body official } } }';

export const rows: OperationRow[] = [
  {
    operation: 'Mutation.respondToFeedback',
    request: async (world) => ({
      query: 'mutation ($id: ID!, $body: String!) { respondToFeedback(feedbackId: $id, body: $body) { id body edited } }',
      variables: { id: await world.comment(world.mataram.licensing, 'PUBLISHED'), body: 'Terima kasih, segera kami tindak lanjuti.' },
    }),
    expect: only('officer', 'admin'),
  },
  {
    operation: 'Query.officerInbox',
    request: (world) => ({
      query: 'query ($unitId: ID) { officerInbox(unitId: $unitId, first: 5) { totalCount edges { node { id kind dueAt overdue workingDaysOpen } } } }',
      variables: { unitId: world.mataram.licensingUnitId },
    }),
    expect: only('officer', 'admin', 'moderator'),
  },
  {
    operation: 'Query.forumThreads',
    request: () => ({ query: `{ forumThreads(regionSlug: "mataram", first: 5) { totalCount edges { node { ${THREAD_FIELDS} } } } }` }),
    expect: everyone(),
  },
  {
    operation: 'Query.forumThread',
    request: async (world) => ({
      query: `query ($id: ID!) { forumThread(id: $id) { ${THREAD_FIELDS} } }`,
      variables: { id: await publishedThread(world) },
    }),
    expect: everyone(),
  },
  {
    operation: 'Mutation.startForumThread',
    request: async (world) => {
      await freshForumWindow(world);
      return {
        query: 'mutation ($input: StartForumThreadInput!) { startForumThread(input: $input) { id status } }',
        variables: { input: { unitId: world.mataram.licensingUnitId, title: 'Syarat izin usaha', body: 'Apa saja syaratnya?', authorName: 'Warga' } },
      };
    },
    expect: everyone(),
  },
  {
    operation: 'Mutation.postToForum',
    request: async (world) => {
      await freshForumWindow(world);
      return {
        query: 'mutation ($input: PostToForumInput!) { postToForum(input: $input) { id status } }',
        variables: { input: { threadId: await publishedThread(world), body: 'Terima kasih atas jawabannya.', authorName: 'Warga' } },
      };
    },
    expect: everyone(),
  },
  {
    operation: 'Mutation.answerForumThread',
    request: async (world) => ({
      query: 'mutation ($id: ID!, $body: String!) { answerForumThread(threadId: $id, body: $body) { id official authorName } }',
      variables: { id: await freshThread(world), body: 'Loket buka Sabtu pukul 08.00–12.00.' },
    }),
    expect: only('officer', 'admin'),
  },
];
