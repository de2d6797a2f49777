import { describe, expect, it } from 'vitest';
import { RECEIPT_ALPHABET, formatReceiptCode, newReceiptCode, normalizeReceiptCode } from '../../src/modules/feedback/index.js';

describe('receipt codes', () => {
  it('never use the look-alikes 0, O, 1 or I', () => {
    expect(RECEIPT_ALPHABET).not.toMatch(/[0O1I]/);
    for (let i = 0; i < 200; i++) expect(newReceiptCode()).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
  });

  it('carry at least 40 bits of chance', () => {
    expect(10 * Math.log2(RECEIPT_ALPHABET.length)).toBeGreaterThanOrEqual(40);
    const many = new Set(Array.from({ length: 5000 }, () => newReceiptCode()));
    expect(many.size).toBe(5000);
  });

  it('are read back however a person types them', () => {
    expect(formatReceiptCode('K7M2QXW9PD')).toBe('K7M2Q-XW9PD');
    expect(normalizeReceiptCode('k7m2q-xw9pd')).toBe('K7M2QXW9PD');
    expect(normalizeReceiptCode(' K7M2Q XW9PD ')).toBe('K7M2QXW9PD');
    expect(normalizeReceiptCode('K7M2Q-XW9P0')).toBeNull();
    expect(normalizeReceiptCode('K7M2Q')).toBeNull();
  });
});
