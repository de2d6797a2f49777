import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { challengeToSolve, limitNoticeText } from './nilai.limit';

const CHALLENGE = '{"parameters":{"algorithm":"PBKDF2/SHA-256"},"signature":"abc"}';

describe('the automatic check over the network’s limit', () => {
  it('solves the challenge the API sent with its refusal', () => {
    expect(challengeToSolve({ limit: { seconds: 3240, challenge: CHALLENGE }, sentWithProof: false })).toBe(CHALLENGE);
  });

  it('never solves twice for one press: a refusal of a POST that carried a proof ends on the notice', () => {
    expect(challengeToSolve({ limit: { seconds: 3240, challenge: CHALLENGE }, sentWithProof: true })).toBeNull();
  });

  it('has nothing to solve over the hard ceiling, or when the limit was not what stopped the rating', () => {
    expect(challengeToSolve({ limit: { seconds: 3240, challenge: null }, sentWithProof: false })).toBeNull();
    expect(challengeToSolve({ limit: null, sentWithProof: false })).toBeNull();
    expect(challengeToSolve(null)).toBeNull();
  });
});

describe('the notice when the rating must wait', () => {
  it('says in Indonesian what happened, that it is not the citizen’s fault, that the answers stay, and the wait in minutes', () => {
    const text = limitNoticeText(translator('id'), { seconds: 3240, challenge: null });
    expect(text.heading).toBe('Terlalu banyak penilaian dari jaringan ini');
    expect(text.paragraphs[0]).toContain('Wi-Fi kantor atau puskesmas, atau operator seluler');
    expect(text.paragraphs[0]).toContain('Ini bukan kesalahan Anda.');
    expect(text.paragraphs[1]).toBe('Penilaian Anda belum terkirim, tetapi jawaban Anda masih ada di formulir di bawah ini. Silakan tekan “Kirim penilaian” lagi dalam 54 menit.');
  });

  it('says the same in English', () => {
    const text = limitNoticeText(translator('en'), { seconds: 125, challenge: null });
    expect(text.heading).toBe('Too many ratings from this network');
    expect(text.paragraphs[0]).toContain('It is not your fault.');
    expect(text.paragraphs[1]).toBe('Your rating has not been sent yet, but your answers are still in the form below. Please press “Send rating” again in 3 minutes.');
  });

  it('rounds the wait up to whole minutes, and counts seconds only in the last minute', () => {
    expect(limitNoticeText(translator('id'), { seconds: 3599, challenge: null }).paragraphs[1]).toContain('dalam 60 menit.');
    expect(limitNoticeText(translator('id'), { seconds: 61, challenge: null }).paragraphs[1]).toContain('dalam 2 menit.');
    expect(limitNoticeText(translator('en'), { seconds: 1, challenge: null }).paragraphs[1]).toContain('again in 1 second.');
  });

  it('tells a browser without JavaScript that a check would let the rating through now, only where the API would take one', () => {
    expect(limitNoticeText(translator('id'), { seconds: 600, challenge: CHALLENGE }).withoutScript).toContain('JavaScript');
    expect(limitNoticeText(translator('id'), { seconds: 600, challenge: null }).withoutScript).toBeNull();
  });
});
