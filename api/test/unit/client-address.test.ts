import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig, trustedProxies } from '../../src/config.js';
import { clientAddress } from '../../src/server.js';

/** What a request looks like to clientAddress: who connected, and what they wrote in X-Forwarded-For. */
function request(peer: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

const trust = (TRUST_PROXY?: string) => trustedProxies(loadConfig(TRUST_PROXY ? { TRUST_PROXY } : {}));

describe('the client address the limits count', () => {
  it('takes the forwarded address from the portal on the same machine (loopback), by default', () => {
    expect(clientAddress(request('127.0.0.1', '203.0.113.7'), trust())).toBe('203.0.113.7');
    expect(clientAddress(request('::1', '2001:db8::7'), trust())).toBe('2001:db8::7');
    expect(clientAddress(request('::ffff:127.0.0.1', '203.0.113.7'), trust())).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For from a peer on a private, container or office network, by default', () => {
    for (const peer of ['10.0.0.7', '172.17.0.3', '192.168.1.20', 'fd00::7', '::ffff:192.168.1.20', '169.254.1.1']) {
      const expected = peer.replace('::ffff:', '');
      expect(clientAddress(request(peer, '203.0.113.7'), trust())).toBe(expected);
    }
  });

  it('believes the proxies TRUST_PROXY names, walking from the nearest hop to the first it does not trust', () => {
    const balancer = trust('10.0.0.5');
    expect(clientAddress(request('10.0.0.5', '203.0.113.7'), balancer)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.6', '203.0.113.7'), balancer)).toBe('10.0.0.6');
    // A client's own X-Forwarded-For, with the balancer's addition after it: the balancer's word counts.
    expect(clientAddress(request('10.0.0.5', '1.2.3.4, 203.0.113.7'), balancer)).toBe('203.0.113.7');
    const twoHops = trust('127.0.0.1, 10.0.0.0/8');
    expect(clientAddress(request('127.0.0.1', '1.2.3.4, 203.0.113.7, 10.1.2.3'), twoHops)).toBe('203.0.113.7');
  });

  it('does not believe a trusted hop that forwards something other than an address', () => {
    expect(clientAddress(request('127.0.0.1', 'unknown'), trust())).toBe('127.0.0.1');
    expect(clientAddress(request('127.0.0.1', '203.0.113.7:4711'), trust())).toBe('127.0.0.1');
    expect(clientAddress(request('127.0.0.1', ''), trust())).toBe('127.0.0.1');
  });
});
