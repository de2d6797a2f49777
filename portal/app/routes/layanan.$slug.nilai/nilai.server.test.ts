import { SKM_ELEMENTS } from '@suara/skm';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../graphql/client.server';
import type { ValidRating } from './nilai.schema';
import { formFieldOf, problemsFromApi, refusesProofOfWork, toSubmitInput } from './nilai.server';

const rating: ValidRating = {
  key: 'key-12345678',
  scores: { PERSYARATAN: 1, SISTEM_MEKANISME_PROSEDUR: 2, WAKTU_PENYELESAIAN: 3, BIAYA_TARIF: 4, PRODUK_SPESIFIKASI: 1, KOMPETENSI_PELAKSANA: 2, PERILAKU_PELAKSANA: 3, PENANGANAN_PENGADUAN: 4, SARANA_PRASARANA: 1 },
  comment: null,
  ageGroup: null,
  gender: null,
  education: null,
  occupation: null,
  contact: null,
  notify: false,
  honeypot: '',
  proofOfWork: '',
  lowScoreReasons: [],
};

const error = (code: ApiError['code'], extra: Partial<ApiError> = {}): ApiError => ({
  code,
  message: 'Pesan dari API.',
  fields: [],
  retryAfterSeconds: null,
  challenge: null,
  ...extra,
});

describe('the submitFeedback input', () => {
  it('sends one score per element in the regulation’s order, and no profile when none was given', () => {
    const input = toSubmitInput('svc-1', rating);
    expect(input.scores.map((s) => s.element)).toEqual([...SKM_ELEMENTS]);
    expect(input.scores.map((s) => s.score)).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 1]);
    expect(input).toMatchObject({ serviceId: 'svc-1', idempotencyKey: 'key-12345678', respondent: null, honeypot: null, proofOfWork: null, comment: null, contact: null });
  });

  it('sends the reasons of low scores, or nothing when there are none', () => {
    expect(toSubmitInput('svc-1', rating).lowScoreReasons).toBeNull();
    const reasons = [{ element: 'PERSYARATAN' as const, reason: 'EXTRA_ASKED' }];
    expect(toSubmitInput('svc-1', { ...rating, lowScoreReasons: reasons }).lowScoreReasons).toEqual(reasons);
    // The API's complaint about a reason is shown beside that question.
    expect(formFieldOf('lowScoreReasons.PERSYARATAN')).toBe('PERSYARATAN');
  });

  it('sends the profile when any part of it was given, and the hidden field and proof of work as they came', () => {
    const input = toSubmitInput('svc-1', { ...rating, gender: 'L', honeypot: 'x', proofOfWork: 'eyJ9', comment: 'Bagus', contact: '0812' });
    expect(input.respondent).toEqual({ ageGroup: null, gender: 'L', education: null, occupation: null });
    expect(input).toMatchObject({ honeypot: 'x', proofOfWork: 'eyJ9', comment: 'Bagus', contact: '0812' });
  });
});

describe('an API refusal shown on the form', () => {
  it('places each field problem beside its field', () => {
    expect(formFieldOf('scores.BIAYA_TARIF')).toBe('BIAYA_TARIF');
    expect(formFieldOf('scores.NOPE')).toBeNull();
    expect(formFieldOf('comment')).toBe('comment');
    expect(formFieldOf('respondent.occupation')).toBe('occupation');
    expect(formFieldOf('proofOfWork')).toBeNull();

    const refused = problemsFromApi(
      error('BAD_USER_INPUT', {
        fields: [
          { field: 'scores.PERSYARATAN', message: 'Pilih jawaban untuk unsur "Persyaratan".' },
          { field: 'contact', message: 'Kontak paling panjang 200 karakter.' },
          { field: 'proofOfWork', message: 'Verifikasi anti-spam sudah kedaluwarsa.' },
        ],
      }),
    );
    expect(refused).toEqual({
      status: 400,
      problems: [
        { field: 'PERSYARATAN', kind: 'api', message: 'Pilih jawaban untuk unsur "Persyaratan".' },
        { field: 'contact', kind: 'api', message: 'Kontak paling panjang 200 karakter.' },
        { field: null, kind: 'api', message: 'Verifikasi anti-spam sudah kedaluwarsa.' },
      ],
      limit: null,
    });
  });

  it('shows the API’s message above the form when it names no field', () => {
    expect(problemsFromApi(error('BAD_USER_INPUT')).problems).toEqual([{ field: null, kind: 'api', message: 'Pesan dari API.' }]);
  });

  it('asks for a reload when the API refuses the idempotency key', () => {
    expect(problemsFromApi(error('BAD_USER_INPUT', { fields: [{ field: 'idempotencyKey', message: '…' }] })).problems).toEqual([{ field: null, kind: 'formExpired' }]);
  });

  it('treats the network’s limit as a notice, not a problem with the answers, with the wait and Retry-After for the browser', () => {
    expect(problemsFromApi(error('RATE_LIMITED', { retryAfterSeconds: 125 }))).toEqual({
      status: 429,
      problems: [],
      limit: { seconds: 125, challenge: null },
      headers: { 'Retry-After': '125' },
    });
    expect(problemsFromApi(error('RATE_LIMITED')).limit).toEqual({ seconds: 60, challenge: null });
    expect(problemsFromApi(error('RATE_LIMITED', { retryAfterSeconds: 0.4 })).headers).toEqual({ 'Retry-After': '1' });
  });

  it('passes on the challenge that the API would take instead of the wait', () => {
    const refused = problemsFromApi(error('RATE_LIMITED', { retryAfterSeconds: 3240, challenge: '{"signature":"abc"}' }));
    expect(refused).toMatchObject({ status: 429, problems: [], limit: { seconds: 3240, challenge: '{"signature":"abc"}' } });
  });

  it('knows a refused proof of work from other problems', () => {
    expect(refusesProofOfWork(error('BAD_USER_INPUT', { fields: [{ field: 'proofOfWork', message: 'Verifikasi anti-spam ini sudah dipakai.' }] }))).toBe(true);
    expect(refusesProofOfWork(error('BAD_USER_INPUT', { fields: [{ field: 'comment', message: '…' }] }))).toBe(false);
    expect(refusesProofOfWork(error('RATE_LIMITED', { retryAfterSeconds: 60 }))).toBe(false);
  });

  it('keeps the form when the API is away or failed, instead of an error page that loses the answers', () => {
    expect(problemsFromApi(error('SERVICE_UNAVAILABLE'))).toMatchObject({ status: 503, problems: [{ field: null, kind: 'unavailable' }], limit: null });
    expect(problemsFromApi(error('INTERNAL'))).toMatchObject({ status: 500, problems: [{ field: null, kind: 'unexpected' }], limit: null });
    expect(problemsFromApi(error('CONFLICT'))).toMatchObject({ status: 409, problems: [{ field: null, kind: 'api', message: 'Pesan dari API.' }], limit: null });
  });
});
