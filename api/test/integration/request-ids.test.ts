import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../../src/common/logger.js';
import { postGraphql, startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp, scoresOf, serviceId, SUBMIT } from '../support/feedback.js';

/**
 * Issue 11, point 5: "a request id from the portal through the API into every log line" (decision
 * record 0032). The portal sends its id in X-Request-Id; an operator who has it from a citizen's
 * complaint or the portal's log finds the API's lines for that page view by searching for it.
 */

let api: TestApi;
const lines: Array<Record<string, unknown>> = [];
let buffer = '';

beforeAll(async () => {
  api = await startTestApi();
  setLogLevel('debug');
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    buffer += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not one of ours
      }
    }
    return true;
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  setLogLevel('silent');
  await api?.close();
});

const linesOf = (id: string) => lines.filter((l) => l.req === id);

describe('the id the portal gives a request', () => {
  it('comes back on the answer and is on the API’s log line for that request', async () => {
    const id = `portal-${randomUUID()}`;
    const res = await api.gql('query RequestIdProbe { regions { slug } }', undefined, { headers: { 'x-request-id': id } });
    expect(res.errors).toBeUndefined();
    expect(res.headers.get('x-request-id')).toBe(id);
    expect(linesOf(id)).toContainEqual(expect.objectContaining({ level: 'debug', msg: 'graphql request', operation: 'RequestIdProbe' }));
  });

  it('is on the error the API logs while serving that request', async () => {
    // The database refuses this rating: an error the API did not expect, logged with the request's id.
    const em = api.orm.em.fork();
    const refused = `tolak-${randomUUID().slice(0, 8)}`;
    await em.execute(`alter table feedback add constraint request_id_test check (contact is null or position('${refused}' in contact) = 0)`);
    try {
      const id = randomUUID();
      const service = await serviceId(api, 'mamuju-ktp-el');
      const res = await api.gql(SUBMIT, { input: { serviceId: service, idempotencyKey: randomUUID(), scores: scoresOf(2), contact: refused } }, { clientIp: freshClientIp(), headers: { 'x-request-id': id } });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      // The citizen is shown the same id to quote.
      expect(res.errors?.[0]?.extensions?.errorId).toBe(id);
      expect(linesOf(id)).toContainEqual(expect.objectContaining({ level: 'error', msg: 'unexpected error' }));
      // The batch that stored (here: failed to store) the rating served many requests: its own lines carry none of their ids.
      expect(JSON.stringify(lines)).not.toContain(refused);
    } finally {
      await em.execute('alter table feedback drop constraint if exists request_id_test');
    }
  });

  it('is replaced by a new one when it is malformed or too long', async () => {
    for (const sent of ['kurang', 'ada spasi di dalamnya', 'x'.repeat(65), 'id"dengan"kutip', '-mulai-dengan-strip']) {
      const res = await api.gql('{ regions { slug } }', undefined, { headers: { 'x-request-id': sent } });
      const given = res.headers.get('x-request-id');
      expect(given).not.toBe(sent);
      expect(given).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(lines)).not.toContain(sent.length > 20 ? sent : `"req":"${sent}"`);
    }
  });

  it('is on every answer, also on a refusal before GraphQL, and made here when nobody sent one', async () => {
    const bad = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const health = await fetch(`${api.origin}/healthz`, { headers: { 'x-request-id': 'probe-healthz-0001' } });
    expect(health.headers.get('x-request-id')).toBe('probe-healthz-0001');
  });

  it('keeps each of many requests at once on its own lines', async () => {
    const sent = Array.from({ length: 40 }, (_, i) => ({ id: `burst-${i}-${randomUUID()}`, operation: `Burst${i % 10}` }));
    const answers = await Promise.all(sent.map(({ id, operation }) => api.gql(`query ${operation} { regions { slug } services(first: 2) { totalCount } }`, undefined, { headers: { 'x-request-id': id } })));
    answers.forEach((a, i) => {
      expect(a.errors).toBeUndefined();
      expect(a.headers.get('x-request-id')).toBe(sent[i]!.id);
    });
    for (const { id, operation } of sent) {
      const mine = linesOf(id);
      expect(mine).toContainEqual(expect.objectContaining({ msg: 'graphql request', operation }));
      // No line of another request's operation under this id.
      for (const line of mine) if (line.msg === 'graphql request') expect(line.operation).toBe(operation);
    }
  });
});

describe('an id sent by someone the API does not trust', () => {
  it('is not taken over: a client that is not a trusted proxy cannot make its requests look like another’s', async () => {
    // Loopback is not trusted here, so this test's own connection is an ordinary client.
    const strict = await startTestApi({ TRUST_PROXY: '10.0.0.1' });
    try {
      const res = await postGraphql(strict.url, '{ regions { slug } }', undefined, { headers: { 'x-request-id': 'someone-elses-request-0001' } });
      expect(res.errors).toBeUndefined();
      expect(res.headers.get('x-request-id')).not.toBe('someone-elses-request-0001');
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await strict.close();
    }
  });
});
