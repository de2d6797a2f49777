import { describe, expect, it } from 'vitest';
import { addressBucket } from '../../src/common/abuse.js';
import { storableText } from '../../src/common/text.js';

describe('the network a per-address limit counts', () => {
  it('is the address itself for IPv4, also when written as IPv4-mapped IPv6', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 for IPv6, so that one phone cannot open new buckets by changing its address', () => {
    expect(addressBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:2::7')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0db8:0001:0002:0:0:0:1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('2001:db8:1:3::7')).not.toBe(addressBucket('2001:db8:1:2::7'));
  });
});

describe('text that can be stored', () => {
  it('refuses NUL and half surrogate pairs, and takes every real character', () => {
    expect(storableText('Pelayanan cepat 👍 — terima kasih')).toBe(true);
    expect(storableText('bad\u0000comment')).toBe(false);
    expect(storableText('half \uD83D pair')).toBe(false);
    expect(storableText('lone \uDC4D low')).toBe(false);
  });
});
