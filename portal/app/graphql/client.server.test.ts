import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiCaller } from './client.server';
import { homeQuery } from './catalog.server';
import { ratingPageQuery } from './feedback.server';

/** A stand-in API: each test says what the next answer is and reads what the portal sent. */
let reply: (res: http.ServerResponse) => void = () => undefined;
let received: { headers: IncomingHttpHeaders; body: { query?: string; variables?: unknown } } | null = null;
const api = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  req.on('end', () => {
    received = { headers: req.headers, body: JSON.parse(raw || '{}') as { query?: string; variables?: unknown } };
    reply(res);
  });
});

const json = (status: number, body: unknown) => (res: http.ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

let client: typeof import('./client.server');
const caller: ApiCaller = { lang: 'en', clientAddress: '203.0.113.7', userAgent: 'Mozilla/5.0 (Linux; Android 14)', signal: null };

beforeAll(async () => {
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  process.env.API_URL = `http://127.0.0.1:${(api.address() as AddressInfo).port}/graphql`;
  process.env.API_TIMEOUT_MS = '300';
  // Imported only now: the client reads its configuration once.
  client = await import('./client.server');
});

afterAll(async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
});

let warned: ReturnType<typeof vi.spyOn>;
let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  received = null;
  warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the API client', () => {
  it('posts the operation with its variables and the citizen’s language, address and browser', async () => {
    reply = json(200, { data: { service: null } });
    const result = await client.execute(caller, ratingPageQuery, { slug: 'mataram-ktp-el' });
    expect(result).toEqual({ ok: true, data: { service: null } });
    expect(received?.body.query).toContain('query RatingPage');
    // The fragments it spreads travel with it: the API knows no fragments of its own.
    expect(received?.body.query).toContain('fragment ServiceSummary on PublicService');
    expect(received?.body.variables).toEqual({ slug: 'mataram-ktp-el' });
    expect(received?.headers['content-type']).toBe('application/json');
    expect(received?.headers['accept-language']).toBe('en');
    expect(received?.headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(received?.headers['user-agent']).toBe('Mozilla/5.0 (Linux; Android 14)');
  });

  it('sends no X-Forwarded-For when the address is unknown (the dev server)', async () => {
    reply = json(200, { data: { regions: [] } });
    await client.execute({ ...caller, clientAddress: null }, homeQuery);
    expect(received?.headers['x-forwarded-for']).toBeUndefined();
    expect(received?.body.variables).toEqual({});
  });

  it('passes the API’s error code and message through, with the field problems of BAD_USER_INPUT', async () => {
    reply = json(200, {
      errors: [{ message: 'The search is too long.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'search', message: 'At most 200 characters.' }, { nonsense: 1 }] } }],
      data: null,
    });
    expect(await client.execute(caller, homeQuery)).toEqual({
      ok: false,
      error: { code: 'BAD_USER_INPUT', message: 'The search is too long.', fields: [{ field: 'search', message: 'At most 200 characters.' }], retryAfterSeconds: null, challenge: null },
    });
  });

  it('says how long to wait when rate limited, and that no check would be accepted instead over the hard ceiling', async () => {
    reply = json(200, { errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED', retryAfter: 42 } }] });
    const result = await client.execute(caller, homeQuery);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 42, challenge: null });
  });

  it('carries the proof-of-work challenge the API would accept instead of the wait', async () => {
    const challenge = JSON.stringify({ parameters: { algorithm: 'PBKDF2/SHA-256', cost: 1000 }, signature: 'abc' });
    reply = json(200, {
      errors: [{ message: 'Banyak penilaian dari jaringan yang sama. Ini bukan kesalahan Anda.', extensions: { code: 'RATE_LIMITED', retryAfter: 3240, proofOfWorkChallenge: challenge } }],
      data: null,
    });
    const result = await client.execute(caller, homeQuery);
    expect(result).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Banyak penilaian dari jaringan yang sama. Ini bukan kesalahan Anda.', fields: [], retryAfterSeconds: 3240, challenge },
    });
  });

  it('sends a staff member’s token as a bearer token, and nothing for a citizen', async () => {
    reply = json(200, { data: { regions: [] } });
    await client.execute({ ...caller, token: 'staff-token' }, homeQuery);
    expect(received?.headers.authorization).toBe('Bearer staff-token');
    await client.execute(caller, homeQuery);
    expect(received?.headers.authorization).toBeUndefined();
  });

  it('passes on why the API refused a staff member (a password change is due)', async () => {
    reply = json(200, { errors: [{ message: 'Ganti kata sandi dulu.', extensions: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' } }], data: null });
    const result = await client.execute({ ...caller, token: 't' }, homeQuery);
    expect(result.ok ? null : result.error).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
  });

  it('ignores a challenge that is not a string, or that comes with another code', async () => {
    reply = json(200, { errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfter: 5, proofOfWorkChallenge: { not: 'json text' } } }] });
    const odd = await client.execute(caller, homeQuery);
    expect(odd.ok ? null : odd.error.challenge).toBeNull();
    reply = json(200, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', proofOfWorkChallenge: '{}' } }] });
    const other = await client.execute(caller, homeQuery);
    expect(other.ok ? null : other.error).toMatchObject({ code: 'BAD_USER_INPUT', challenge: null });
  });

  it('sends the id of the page view it serves, so the API’s log lines for it carry that id too', async () => {
    reply = json(200, { data: { service: null } });
    const request = new Request('http://portal.test/layanan/x', { headers: { 'X-Request-Id': 'portal-view-0123456789' } });
    const withId = client.callerOf(request, undefined);
    expect(withId.requestId).toBe('portal-view-0123456789');
    await client.execute(withId, ratingPageQuery, { slug: 'mataram-ktp-el' });
    expect(received?.headers['x-request-id']).toBe('portal-view-0123456789');
    // And on the portal's own line when the API answers with something unexpected.
    reply = json(400, { errors: [{ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    await client.execute(withId, homeQuery);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Home req=portal-view-0123456789: GRAPHQL_VALIDATION_FAILED'));
    // A malformed one (only possible under the Vite dev server, where nothing replaced it) is not passed on.
    const malformed = client.callerOf(new Request('http://portal.test/', { headers: { 'X-Request-Id': 'ada "kutip" di sini' } }), undefined);
    expect(malformed.requestId).toBeNull();
    reply = json(200, { data: { service: null } });
    await client.execute(malformed, ratingPageQuery, { slug: 'mataram-ktp-el' });
    expect(received?.headers['x-request-id']).toBeUndefined();
  });

  it.each(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'SERVICE_UNAVAILABLE'] as const)('keeps the code %s', async (code) => {
    reply = json(200, { errors: [{ message: 'x', extensions: { code } }], data: null });
    const result = await client.execute(caller, homeQuery);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('treats codes outside the contract (a schema drift, an internal error) as INTERNAL', async () => {
    reply = json(400, { errors: [{ message: 'Cannot query field "nope"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    const result = await client.execute(caller, homeQuery);
    expect(result.ok ? null : result.error.code).toBe('INTERNAL');
    // A portal bug must reach the operator's log, named by operation.
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Home: GRAPHQL_VALIDATION_FAILED'));
  });

  it('reports an API behind a failing proxy (502–504 without GraphQL errors) as unavailable', async () => {
    reply = (res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    };
    const result = await client.execute(caller, homeQuery);
    expect(result.ok ? null : result.error.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('reports an API that does not answer in time as unavailable', async () => {
    reply = () => undefined; // never answers
    const started = Date.now();
    const result = await client.execute(caller, homeQuery);
    expect(result.ok ? null : result.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(warned).toHaveBeenCalledWith(expect.stringContaining('API unreachable'));
  });

  it('reports an API that stops sending halfway through its answer as unavailable', async () => {
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":{"regions":[');
    };
    const result = await client.execute(caller, homeQuery);
    expect(result.ok ? null : result.error.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('reports an API that is not running as unavailable', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    // The configuration is read once per module instance: load a fresh one pointing at the closed port.
    vi.resetModules();
    process.env.API_URL = `http://127.0.0.1:${port}/graphql`;
    const { execute } = await import('./client.server');
    const result = await execute(caller, homeQuery);
    expect(result.ok ? null : result.error.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('rethrows when the citizen went away, so nothing is rendered for nobody', async () => {
    reply = () => undefined;
    const gone = new AbortController();
    const pending = client.execute({ ...caller, signal: gone.signal }, homeQuery);
    gone.abort();
    await expect(pending).rejects.toThrow();
  });
});

describe('normalizeAddress', () => {
  it('sees an IPv4 client the same whether it came over IPv4 or IPv6', () => {
    expect(client.normalizeAddress('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(client.normalizeAddress('10.1.2.3')).toBe('10.1.2.3');
    expect(client.normalizeAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(client.normalizeAddress(undefined)).toBeNull();
    expect(client.normalizeAddress('')).toBeNull();
  });

  it('passes on nothing that is not a network address', () => {
    expect(client.normalizeAddress('unknown')).toBeNull();
    expect(client.normalizeAddress('203.0.113.7, 10.0.0.1')).toBeNull();
    expect(client.normalizeAddress('203.0.113.7:8080')).toBeNull();
  });
});
