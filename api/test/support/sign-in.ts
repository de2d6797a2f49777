import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { expect } from 'vitest';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { hashPassword } from '../../src/modules/identity/index.js';
import type { GraphQLResponse, RequestOptions, TestApi } from './api.js';

export const LOGIN = 'mutation ($e: String!, $p: String!, $w: String) { login(email: $e, password: $p, proofOfWork: $w) { token user { email } } }';

export interface SignInOptions extends RequestOptions {
  proofOfWork?: string;
  /** Connect from this local address (127.x.y.z): the API then sees this peer, like a neighbour on its network. */
  from?: string;
}

/** One sign-in attempt, as a staff member's browser (or a guesser) sends it. */
export function signIn(api: TestApi, email: string, password: string, options: SignInOptions = {}) {
  const variables = { e: email, p: password, w: options.proofOfWork ?? null };
  return options.from
    ? gqlFrom<{ login: { token: string; user: { email: string } } }>(api, options.from, LOGIN, variables, options)
    : api.gql<{ login: { token: string; user: { email: string } } }>(LOGIN, variables, options);
}

/** The error code of an answer, or OK. */
export const codeOf = (res: GraphQLResponse): string => (res.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';

/** Solves an ALTCHA challenge as a browser's script does, and packs it as the API expects it. */
export async function solved(challengeJson: unknown): Promise<string> {
  expect(typeof challengeJson).toBe('string');
  const challenge = JSON.parse(challengeJson as string) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  expect(solution).not.toBeNull();
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** An email no other test uses, so one test's failures never meet another's limits. */
export function freshEmail(): string {
  return `staf-${randomUUID().slice(0, 12)}@uji.suara.demo`;
}

/** A new active staff account (no roles) with this password. */
export async function createStaffAccount(api: TestApi, password: string): Promise<string> {
  const email = freshEmail();
  await api.orm.em
    .fork()
    .execute('insert into staff_account (id, created_at, email, name, password_hash, active) values (gen_random_uuid(), now(), ?, ?, ?, true)', [
      email,
      'Staf Uji',
      await hashPassword(password),
    ]);
  return email;
}

let peers = 0;
/**
 * A loopback address other than 127.0.0.1 (all of 127.0.0.0/8 is loopback on Linux), for a client
 * that is not the API's trusted proxy when TRUST_PROXY=127.0.0.1: a real peer on a real socket.
 */
export function freshPeer(): string {
  peers++;
  return `127.${1 + Math.floor(Math.random() * 250)}.${peers % 256}.${2 + Math.floor(Math.random() * 250)}`;
}

/** A GraphQL request over a socket bound to `localAddress`. */
export function gqlFrom<T = Record<string, unknown>>(
  api: TestApi,
  localAddress: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.lang) headers['accept-language'] = options.lang;
  if (options.clientIp) headers['x-forwarded-for'] = options.clientIp;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(api.url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
          const responseHeaders = new Headers();
          for (const [key, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(key, value);
          resolve({ status: res.statusCode ?? 0, headers: responseHeaders, ...parsed });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A sign-in as a browser with JavaScript makes it: when the answer asks for a check, it solves it and
 * sends the same attempt again, once. Returns the last answer.
 */
export async function signInSolving(api: TestApi, email: string, password: string, options: SignInOptions = {}) {
  const first = await signIn(api, email, password, options);
  const challenge = first.errors?.[0]?.extensions?.proofOfWorkChallenge;
  if (codeOf(first) !== 'RATE_LIMITED' || typeof challenge !== 'string') return first;
  return signIn(api, email, password, { ...options, proofOfWork: await solved(challenge) });
}
