import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { LOG, QUEUE, ok, type Item, type LogEntry } from '../support/moderation.js';

let api: TestApi;
let moderator: string;
beforeAll(async () => {
  api = await startTestApi();
  moderator = await api.login('moderator@mataram.demo');
});
afterAll(async () => {
  await api.close();
});

type Queue = { moderationQueue: { totalCount: number; edges: Array<{ node: Item }> } };

describe('the demo world’s moderation queue', () => {
  it('greets a moderator with pending comments and forum posts', async () => {
    const pending = await ok<Queue>(api, QUEUE, { region: 'mataram', first: 100 }, moderator);
    const kinds = pending.moderationQueue.edges.map((e) => e.node.kind);
    expect(kinds.filter((k) => k === 'FEEDBACK_COMMENT').length).toBeGreaterThanOrEqual(5);
    expect(kinds.filter((k) => k === 'FORUM_POST').length).toBeGreaterThanOrEqual(2);
  });

  it('puts the forum post the system hid after three reports first among the reported, with its system log entry', async () => {
    const reported = await ok<Queue>(api, QUEUE, { region: 'mataram', status: null, reported: true, first: 20 }, moderator);
    const [top, ...rest] = reported.moderationQueue.edges.map((e) => e.node);
    expect(top).toMatchObject({ kind: 'FORUM_POST', status: 'HIDDEN', hiddenBySystem: true, openReportCount: 3 });
    expect(rest.length).toBeGreaterThanOrEqual(2);
    expect(rest.some((i) => i.kind === 'FEEDBACK_COMMENT' && i.status === 'PUBLISHED')).toBe(true);

    const log = await ok<{ moderationLog: { edges: Array<{ node: LogEntry }> } }>(api, LOG, { itemId: top!.id }, moderator);
    expect(log.moderationLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ action: 'HIDE', moderator: { name: 'Sistem', system: true }, reason: expect.stringContaining('3 laporan') }),
    ]);
  });
});

describe('SQL statements of the moderators’ pages', () => {
  let counted: TestApi;
  let statements = 0;
  let token: string;
  beforeAll(async () => {
    counted = await startTestApi({}, { debug: ['query'], logger: () => statements++ });
    token = await counted.login('moderator@mataram.demo');
  });
  afterAll(async () => {
    await counted.close();
  });

  async function countFor(query: string, variables: Record<string, unknown>): Promise<number> {
    await counted.gql(query, variables, { token }); // the catalogue and the session are warm
    statements = 0;
    const res = await counted.gql(query, variables, { token });
    expect(res.errors).toBeUndefined();
    return statements;
  }

  it('reads a queue page in the same few statements whatever its size', async () => {
    const small = await countFor(QUEUE, { region: 'mataram', status: null, first: 5 });
    const large = await countFor(QUEUE, { region: 'mataram', status: null, first: 100 });
    expect(large).toBe(small);
    expect(large).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(5);
  });

  it('reads a log page with its items in the same few statements whatever its size', async () => {
    const small = await countFor(LOG, { region: 'mataram', first: 5 });
    const large = await countFor(LOG, { region: 'mataram', first: 100 });
    expect(large).toBe(small);
    expect(large).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(5);
  });
});
