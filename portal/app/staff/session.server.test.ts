import { describe, expect, it, vi } from 'vitest';
import { commitSession, csrfMatches, csrfTokenOf, destroySession, getSession, sessionSecret, tokenExpired } from './session.server';

describe('the session secret', () => {
  it('uses SESSION_SECRET as given', () => {
    expect(sessionSecret({ SESSION_SECRET: 'abc', SUARA_SECRET: 'x' })).toBe('abc');
  });

  it('derives a key of its own from SUARA_SECRET, the same on every replica, never the secret itself', () => {
    const a = sessionSecret({ SUARA_SECRET: 'shared secret' });
    expect(a).toBe(sessionSecret({ SUARA_SECRET: 'shared secret' }));
    expect(a).not.toBe('shared secret');
    expect(a).not.toBe(sessionSecret({ SUARA_SECRET: 'another secret' }));
  });

  it('makes a random key with a one-line warning when neither is set', () => {
    const warn = vi.fn();
    const a = sessionSecret({}, warn);
    const b = sessionSecret({}, warn);
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(40);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).not.toContain('\n');
  });
});

describe('the CSRF check', () => {
  it('accepts exactly the session’s token', () => {
    expect(csrfMatches('token-123', 'token-123')).toBe(true);
  });

  it.each([['token-124'], ['token-12'], [''], [null], [undefined], [42]])('refuses %j', (posted) => {
    expect(csrfMatches('token-123', posted)).toBe(false);
  });

  it('refuses everything when the session has no token', () => {
    expect(csrfMatches(undefined, '')).toBe(false);
    expect(csrfMatches('', '')).toBe(false);
  });
});

describe('the session cookie', () => {
  const request = (url: string, cookie?: string) => new Request(url, cookie ? { headers: { Cookie: cookie } } : {});

  it('is httpOnly, SameSite=Lax, Path=/ and signed; Secure only over HTTPS; expires with the token', async () => {
    const session = await getSession(request('http://portal.test/masuk'));
    session.set('token', 'api-token');
    session.set('expiresAt', '2030-01-01T00:00:00.000Z');
    csrfTokenOf(session);
    const plain = await commitSession(session, request('http://portal.test/masuk'));
    expect(plain).toMatch(/^suara_staf=/);
    expect(plain).toMatch(/; HttpOnly/);
    expect(plain).toMatch(/; SameSite=Lax/);
    expect(plain).toMatch(/; Path=\//);
    expect(plain).toMatch(/; Expires=Tue, 01 Jan 2030 00:00:00 GMT/);
    expect(plain).not.toMatch(/Secure/);
    expect(await commitSession(session, request('https://portal.test/masuk'))).toMatch(/; Secure/);

    // Read back from the cookie it set; a tampered cookie reads as no session at all.
    const cookie = plain.split(';')[0]!;
    expect((await getSession(request('http://portal.test/staf', cookie))).get('token')).toBe('api-token');
    const tampered = cookie.replace(/.(?=\.[^.]*$)/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await getSession(request('http://portal.test/staf', tampered))).get('token')).toBeUndefined();
  });

  it('is cleared by sign-out', async () => {
    const session = await getSession(request('https://portal.test/keluar'));
    const cleared = await destroySession(session, request('https://portal.test/keluar'));
    expect(cleared).toMatch(/^suara_staf=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/; Secure/);
  });

  it('keeps one CSRF token per session', async () => {
    const session = await getSession(request('http://portal.test/masuk'));
    const first = csrfTokenOf(session);
    expect(first.created).toBe(true);
    expect(csrfTokenOf(session)).toEqual({ token: first.token, created: false });
  });
});

describe('token expiry', () => {
  it('treats a token as gone a minute before the API does, and an unreadable expiry as gone', () => {
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(tokenExpired('2026-01-01T12:00:00Z', now)).toBe(false);
    expect(tokenExpired('2026-01-01T10:00:30Z', now)).toBe(true);
    expect(tokenExpired('yesterday', now)).toBe(true);
    expect(tokenExpired(undefined, now)).toBe(true);
  });
});
