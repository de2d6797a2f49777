import { describe, expect, it } from 'vitest';
import { LOW_SCORE_REASONS, SKM_ELEMENTS, isLowScoreReason, lowScoreReasonLabel } from '../src/index.js';

describe('what went wrong: the reasons of a low score', () => {
  it('offers a few reasons for every element, each with Indonesian and English words', () => {
    for (const element of SKM_ELEMENTS) {
      const reasons = LOW_SCORE_REASONS[element];
      expect(reasons.length).toBeGreaterThanOrEqual(3);
      expect(reasons.length).toBeLessThanOrEqual(5);
      expect(new Set(reasons.map((r) => r.code)).size).toBe(reasons.length);
      for (const reason of reasons) {
        expect(reason.code).toMatch(/^[A-Z][A-Z_]{2,39}$/);
        expect(reason.label.id.length).toBeGreaterThan(5);
        expect(reason.label.en.length).toBeGreaterThan(5);
      }
    }
  });

  it('knows which element a reason belongs to', () => {
    expect(isLowScoreReason('PERILAKU_PELAKSANA', 'ASKED_FOR_MONEY')).toBe(true);
    expect(isLowScoreReason('SARANA_PRASARANA', 'ASKED_FOR_MONEY')).toBe(false);
    expect(lowScoreReasonLabel('BIAYA_TARIF', 'ABOVE_TARIFF', 'en')).toBe('I was charged more than the posted tariff');
    expect(lowScoreReasonLabel('BIAYA_TARIF', 'GONE', 'id')).toBe('GONE');
  });
});
