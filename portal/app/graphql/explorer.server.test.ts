import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPLORER_CSRF_HEADER } from '../graphql-explorer/endpoint';
import { commitSession, getSession } from '../staff/session.server';
import { demoMode, explorerAuthorization, forwardToApi } from './explorer.server';

process.env.SESSION_SECRET ??= 'explorer-test-secret';

/** A request to the forwarding route, with a staff session cookie when `session` is given. */
async function post(headers: Record<string, string>, session?: { token: string; csrf: string; expiresAt?: string }): Promise<Request> {
  const all = new Headers({ 'Content-Type': 'application/json', ...headers });
  if (session) {
    const s = await getSession(new Request('http://portal.test/'));
    s.set('token', session.token);
    s.set('csrf', session.csrf);
    s.set('expiresAt', session.expiresAt ?? new Date(Date.now() + 3_600_000).toISOString());
    const cookie = await commitSession(s, new Request('http://portal.test/'));
    all.set('Cookie', cookie.split(';')[0]!);
  }
  return new Request('http://portal.test/graphql/kirim', { method: 'POST', headers: all, body: JSON.stringify({ query: '{ __typename }' }) });
}

const codeOf = async (response: Response) => ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code;

describe('demo mode', () => {
  it.each([
    [{ SUARA_DEMO: '1' }, true],
    [{ SUARA_DEMO: 'true' }, true],
    [{ SUARA_DEMO: ' TRUE ' }, true],
    [{ SUARA_DEMO: '0' }, false],
    [{ SUARA_DEMO: 'false' }, false],
    [{ SUARA_DEMO: 'yes' }, false],
    [{}, false],
  ])('%j → %s: never on unless said so', (environment, expected) => {
    expect(demoMode(environment)).toBe(expected);
  });
});

describe('who the explorer calls the API as', () => {
  const staff = { token: 'api-token-of-hr', csrf: 'csrf-of-this-session' };

  it("sends the session's API token when the CSRF header is the session's", async () => {
    const allowed = await explorerAuthorization(await post({ [EXPLORER_CSRF_HEADER]: staff.csrf }, staff), false);
    expect(allowed).toEqual({ ok: true, authorization: 'Bearer api-token-of-hr' });
  });

  it('ignores an Authorization header the page sends when a staff member is signed in', async () => {
    const allowed = await explorerAuthorization(await post({ [EXPLORER_CSRF_HEADER]: staff.csrf, Authorization: 'Bearer someone-else' }, staff), true);
    expect(allowed).toEqual({ ok: true, authorization: 'Bearer api-token-of-hr' });
  });

  it.each([[{}], [{ [EXPLORER_CSRF_HEADER]: 'another-token' }], [{ [EXPLORER_CSRF_HEADER]: '' }]])('refuses a signed-in post with CSRF header %j (403)', async (headers) => {
    for (const demo of [false, true]) {
      const allowed = await explorerAuthorization(await post(headers, staff), demo);
      if (allowed.ok) throw new Error('accepted');
      expect(allowed.response.status).toBe(403);
      expect(await codeOf(allowed.response)).toBe('FORBIDDEN');
    }
  });

  it('answers 401 without a session outside the demo, also with an expired token or a Bearer header of its own', async () => {
    for (const request of [
      await post({}),
      await post({ Authorization: 'Bearer a-token-from-login' }),
      await post({ [EXPLORER_CSRF_HEADER]: staff.csrf }, { ...staff, expiresAt: new Date(Date.now() - 1000).toISOString() }),
    ]) {
      const allowed = await explorerAuthorization(request, false);
      if (allowed.ok) throw new Error('accepted');
      expect(allowed.response.status).toBe(401);
      expect(await codeOf(allowed.response)).toBe('UNAUTHENTICATED');
    }
  });

  it('in the demo, without a session: anonymous, or the Bearer token the visitor typed (nothing else passes)', async () => {
    expect(await explorerAuthorization(await post({}), true)).toEqual({ ok: true, authorization: null });
    expect(await explorerAuthorization(await post({ Authorization: 'Bearer eyJ.abc-_~+/=' }), true)).toEqual({ ok: true, authorization: 'Bearer eyJ.abc-_~+/=' });
    expect(await explorerAuthorization(await post({ Authorization: 'Basic dXNlcjpwYXNz' }), true)).toEqual({ ok: true, authorization: null });
    expect(await explorerAuthorization(await post({ Authorization: 'Bearer a b' }), true)).toEqual({ ok: true, authorization: null });
  });
});

describe('forwarding to the API', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("passes the body unchanged with the caller's token, and the API's status, body and Retry-After back, never cached", async () => {
    const fetchMock = vi.fn(async () => new Response('{"errors":[{"message":"slow down","extensions":{"code":"RATE_LIMITED"}}]}', { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '30' } }));
    vi.stubGlobal('fetch', fetchMock);
    const request = await post({ 'User-Agent': 'Firefox' });
    const response = await forwardToApi(request, { clientAddress: '::ffff:10.0.0.7' } as never, 'Bearer t');
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await codeOf(response)).toBe('RATE_LIMITED');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe('{"query":"{ __typename }"}');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer t', 'X-Forwarded-For': '10.0.0.7', 'User-Agent': 'Firefox' });
  });

  it('refuses a body that is not JSON (415) without calling the API', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const request = new Request('http://portal.test/graphql/kirim', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'query=x' });
    expect((await forwardToApi(request, undefined, null)).status).toBe(415);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('answers SERVICE_UNAVAILABLE (503) when the API cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const response = await forwardToApi(await post({}), undefined, null);
    expect(response.status).toBe(503);
    expect(await codeOf(response)).toBe('SERVICE_UNAVAILABLE');
  });
});
