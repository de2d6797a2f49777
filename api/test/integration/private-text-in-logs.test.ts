import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLogLevel } from '../../src/common/logger.js';
import { formatError } from '../../src/graphql/errors.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp, scoresOf, serviceId, SUBMIT } from '../support/feedback.js';

/**
 * Issue 7, point 5: "The API's error log then holds the full SQL with its values — including the
 * citizen's private contact and comment." A run that submits a known contact and comment, and makes
 * the database refuse some of it, must leave no trace of either in any log line.
 */

const marker = randomUUID().slice(0, 8);
const CONTACT = `kontak-rahasia-${marker}@contoh.id`;
const COMMENT = `komentar-rahasia-${marker} petugas loket`;
/** Text the database is made to refuse below, so that its errors carry it. */
const REFUSED = `tolak-${marker}`;

let api: TestApi;
let logs = '';
let service: string;
let publishedComment: string;

beforeAll(async () => {
  api = await startTestApi();
  service = await serviceId(api, 'mamuju-ktp-el');
  const [row] = await api.orm.em.fork().execute<Array<{ id: string }>>(`select id from feedback where moderation_status = 'PUBLISHED' and comment is not null and not spam limit 1`);
  publishedComment = row!.id;
  // The database refuses ratings and reports that carry REFUSED: a driver error (with Knex, the
  // statement and its values in the message) for the API to log.
  const em = api.orm.em.fork();
  await em.execute(`alter table feedback add constraint log_test_contact check (contact is null or position('${REFUSED}' in contact) = 0)`);
  await em.execute(`alter table report add constraint log_test_reason check (position('${REFUSED}' in reason) = 0)`);
  // Every line the API logs, from here on, at the most talkative level.
  setLogLevel('debug');
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logs += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  setLogLevel('silent');
  const em = api.orm.em.fork();
  await em.execute('alter table feedback drop constraint if exists log_test_contact');
  await em.execute('alter table report drop constraint if exists log_test_reason');
  await api.close();
});

describe('the logs of a run that submits a private contact and comment', () => {
  it('carry neither the contact nor the comment, also when the database refuses them', async () => {
    const ip = freshClientIp();
    const rating = (extra: Record<string, unknown>) =>
      api.gql(SUBMIT, { input: { serviceId: service, idempotencyKey: randomUUID(), scores: scoresOf(2), comment: COMMENT, contact: CONTACT, ...extra } }, { clientIp: ip });

    // An honest rating, stored.
    expect((await rating({})).errors).toBeUndefined();
    // The same text where it does not belong, and with characters that cannot be stored.
    await rating({ contact: `${CONTACT}\u0000` });
    await rating({ comment: `${COMMENT}\uD800` });
    await api.gql('mutation ($e: String!) { login(email: $e, password: $e) { token } }', { e: CONTACT }, { clientIp: ip });
    await api.gql('mutation ($e: String!) { login(email: $e, password: "x") { token } }', { e: `${CONTACT}\u0000` }, { clientIp: ip });
    await api.gql('query ($s: String) { services(search: $s, category: $s) { totalCount } }', { s: COMMENT });
    await api.gql('query ($a: String) { service(slug: "mamuju-ktp-el") { feedback(after: $a) { totalCount } } }', { a: Buffer.from(JSON.stringify([CONTACT, COMMENT])).toString('base64url') });

    // The database refuses a rating and a report: errors the API did not expect, logged with an id.
    const refusedRating = await rating({ contact: `${CONTACT} ${REFUSED}` });
    expect(refusedRating.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const refusedReport = await api.gql('mutation ($id: ID!, $r: String!) { reportContent(itemId: $id, reason: $r) }', { id: publishedComment, r: `${COMMENT} ${CONTACT} ${REFUSED}` }, { clientIp: freshClientIp() });
    expect(refusedReport.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    // The errors were logged (with their ids), so the check below looked at something.
    expect(logs).toContain(String(refusedRating.errors?.[0]?.extensions?.errorId));
    expect(logs).toContain(String(refusedReport.errors?.[0]?.extensions?.errorId));
    expect(logs).toMatch(/check constraint/);
    for (const secret of [CONTACT, COMMENT, `kontak-rahasia-${marker}`, `komentar-rahasia-${marker}`, REFUSED]) expect(logs).not.toContain(secret);
  });

  it('withhold the statement and its values of a driver error, keeping what tells an operator where it happened', async () => {
    let driverError: unknown;
    try {
      await api.orm.em.fork().execute('select ?::uuid as id', [CONTACT]);
    } catch (error) {
      driverError = error;
    }
    // MikroORM's driver exception: Knex's statement with the value interpolated, then PostgreSQL's reason quoting it again.
    expect(String((driverError as Error).message)).toContain(CONTACT);
    logs = '';
    formatError({ message: 'x' }, new GraphQLError('x', { originalError: driverError as Error }));
    const line = JSON.parse(logs.trim().split('\n').at(-1)!) as { msg: string; error: Record<string, unknown> };
    expect(line.msg).toBe('unexpected error');
    expect(line.error).toMatchObject({ name: 'DriverException', code: '22P02', routine: expect.any(String), message: '[statement withheld] - invalid input syntax for type uuid: "…"' });
    expect(logs).not.toContain(CONTACT);
    expect(logs).not.toContain(`kontak-rahasia-${marker}`);
  });
  it('carry nothing of a rating whose personal data a citizen asked to erase, nor of the request', async () => {
    const ip = freshClientIp();
    const rated = await api.gql<{ submitFeedback: { receiptCode: string; feedback: { id: string } } }>(
      SUBMIT,
      { input: { serviceId: service, idempotencyKey: randomUUID(), scores: scoresOf(3), comment: COMMENT, contact: CONTACT } },
      { clientIp: ip },
    );
    const { receiptCode, feedback } = rated.data!.submitFeedback;
    const asked = await api.gql('mutation ($c: String!, $r: String) { requestDataDeletion(receiptCode: $c, reason: $r) { status } }', { c: receiptCode, r: `${COMMENT} ${CONTACT}` }, { clientIp: ip });
    expect(asked.errors).toBeUndefined();
    const moderator = await api.login('moderator@mamuju.demo');
    const [request] = await api.orm.em.fork().execute<Array<{ id: string }>>(`select id from data_deletion_request where feedback_id = ? and status = 'PENDING'`, [feedback.id]);
    const confirmed = await api.gql('mutation ($id: ID!) { confirmDataDeletion(id: $id) { status } }', { id: request!.id }, { token: moderator });
    expect(confirmed.errors).toBeUndefined();
    for (const secret of [CONTACT, COMMENT, `kontak-rahasia-${marker}`, `komentar-rahasia-${marker}`]) expect(logs).not.toContain(secret);
  });
});
