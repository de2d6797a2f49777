import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSignal } from '../../src/common/abuse.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { SUBMIT, scoresOf, serviceId } from '../support/feedback.js';
import { codeOf, freshEmail, freshPeer, gqlFrom, signIn } from '../support/sign-in.js';

/**
 * Who may say whose request they pass on (TRUST_PROXY, decision record 0013). The API here trusts
 * 127.0.0.1 (the portal beside it) and a load balancer at 10.0.0.5; the clients that are not trusted
 * connect for real from other loopback addresses (127.x.y.z), as a neighbour on the same office,
 * container or private network would.
 */
let api: TestApi;
let service: string;
beforeAll(async () => {
  api = await startTestApi({ TRUST_PROXY: '127.0.0.1, 10.0.0.5', SUARA_SUBMIT_RATE_LIMIT: '3' });
  service = await serviceId(api, 'kupang-akta-kelahiran');
});
afterAll(async () => {
  await api.close();
});

/** A rating sent from `peer` (null: from 127.0.0.1, the trusted proxy) claiming to be `forwardedFor`. */
async function rate(peer: string | null, forwardedFor: string): Promise<{ code: string; key: string }> {
  const key = randomUUID();
  const variables = { input: { idempotencyKey: key, serviceId: service, scores: scoresOf(4) } };
  const res = peer ? await gqlFrom(api, peer, SUBMIT, variables, { clientIp: forwardedFor }) : await api.gql(SUBMIT, variables, { clientIp: forwardedFor });
  return { code: codeOf(res), key };
}

/** Whether the rating stored under `key` was counted as coming from `address`. */
async function countedAs(key: string, address: string): Promise<boolean> {
  const [row] = await api.orm.em.fork().execute<Array<{ client_hash: string }>>('select client_hash from feedback where idempotency_key = ?', [key]);
  expect(row).toBeDefined();
  return row!.client_hash === hashSignal(api.app.secrets.hashSalt, `ip:${address}`);
}

let forged = 0;
const forgedAddress = () => `198.51.100.${++forged}`;

describe('a client on the same network that is not a trusted proxy', () => {
  it('cannot rate past the hourly limit by writing a new X-Forwarded-For each time', async () => {
    const neighbour = freshPeer();
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push((await rate(neighbour, forgedAddress())).code);
    expect(codes).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('is counted as itself, whatever its X-Forwarded-For says', async () => {
    const neighbour = freshPeer();
    const claimed = forgedAddress();
    const { code, key } = await rate(neighbour, `${claimed}, 127.0.0.1`);
    expect(code).toBe('OK');
    expect(await countedAs(key, neighbour)).toBe(true);
    expect(await countedAs(key, claimed)).toBe(false);
  });

  it('cannot have more than 5 passwords of one email checked by changing its X-Forwarded-For', async () => {
    const guesser = freshPeer();
    const email = freshEmail();
    const codes: string[] = [];
    for (let i = 0; i < 60; i++) codes.push(codeOf(await signIn(api, email, `tebakan-${i}`, { from: guesser, clientIp: forgedAddress() })));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.slice(5).every((c) => c === 'RATE_LIMITED')).toBe(true);
  });

  it('cannot try 60 emails from "60 networks": after 30 failures each attempt from it needs a solved check', async () => {
    const guesser = freshPeer();
    const answers = [];
    for (let i = 0; i < 60; i++) answers.push(await signIn(api, freshEmail(), 'password123', { from: guesser, clientIp: forgedAddress() }));
    expect(answers.slice(0, 30).map(codeOf).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    for (const refused of answers.slice(30)) {
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(typeof refused.errors![0]!.extensions!.proofOfWorkChallenge).toBe('string');
    }
  });
});

describe('a trusted proxy (the portal beside the API, a load balancer)', () => {
  it('hands each citizen behind it their own rating limit', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push((await rate(null, forgedAddress())).code);
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'OK']);
  });

  it('is walked from the nearest hop while hops are trusted: the first address not trusted is the client', async () => {
    const citizen = forgedAddress();
    const behindBalancer = await rate(null, `${citizen}, 10.0.0.5`);
    expect(await countedAs(behindBalancer.key, citizen)).toBe(true);

    // 10.0.0.6 is not a proxy we named: what it says about its own client is not believed.
    const throughStranger = await rate(null, `${forgedAddress()}, 10.0.0.6`);
    expect(await countedAs(throughStranger.key, '10.0.0.6')).toBe(true);
  });
});
