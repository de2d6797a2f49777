import { SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { ratingProblemText } from './nilai.problems';
import { COMMENT_MAX, CONTACT_MAX, FIELD, readRatingForm, reasonField, scoreField, validateRatingForm, type RatingFormValues } from './nilai.schema';

const ALL_THREE = Object.fromEntries(SKM_ELEMENTS.map((e) => [e, '3'])) as Record<SkmElement, string>;

function values(overrides: Partial<RatingFormValues> = {}): RatingFormValues {
  return {
    key: '0b6f2c1e-8d1a-4e59-9a59-4f0d3c2b1a00',
    scores: { ...ALL_THREE },
    reasons: {},
    comment: '',
    ageGroup: '',
    gender: '',
    education: '',
    occupation: '',
    contact: '',
    notify: '',
    honeypot: '',
    proofOfWork: '',
    ...overrides,
  };
}

describe('the rating form schema', () => {
  it('accepts nine answers and nothing else, with the optional parts empty', () => {
    const checked = validateRatingForm(values());
    expect(checked).toEqual({
      ok: true,
      rating: {
        key: '0b6f2c1e-8d1a-4e59-9a59-4f0d3c2b1a00',
        scores: Object.fromEntries(SKM_ELEMENTS.map((e) => [e, 3])),
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
      },
    });
  });

  it('keeps "what went wrong" only under scores of 1 or 2, in the order of the questions', () => {
    const checked = validateRatingForm(
      values({
        scores: { ...ALL_THREE, PERILAKU_PELAKSANA: '1', BIAYA_TARIF: '2' },
        reasons: {
          PERILAKU_PELAKSANA: ['ASKED_FOR_MONEY', 'UNFRIENDLY'],
          BIAYA_TARIF: ['ABOVE_TARIFF'],
          // Ticked without JavaScript, then the score was raised: dropped, not an error.
          SARANA_PRASARANA: ['TOILET'],
        },
      }),
    );
    expect(checked.ok && checked.rating.lowScoreReasons).toEqual([
      { element: 'BIAYA_TARIF', reason: 'ABOVE_TARIFF' },
      { element: 'PERILAKU_PELAKSANA', reason: 'ASKED_FOR_MONEY' },
      { element: 'PERILAKU_PELAKSANA', reason: 'UNFRIENDLY' },
    ]);
  });

  it('refuses a reason that is not one of the question’s own (a tampered form), once per question', () => {
    const checked = validateRatingForm(values({ scores: { ...ALL_THREE, PERILAKU_PELAKSANA: '1' }, reasons: { PERILAKU_PELAKSANA: ['TOILET', 'NOPE'] } }));
    expect(checked).toEqual({ ok: false, problems: [{ field: 'PERILAKU_PELAKSANA', kind: 'reason' }] });
    if (!checked.ok) expect(ratingProblemText(translator('en'), checked.problems[0]!)).toMatch(/question 7/);
  });

  it('reads the ticked reasons of each question from the posted form, each once', () => {
    const form = new FormData();
    form.append(reasonField('BIAYA_TARIF'), 'ABOVE_TARIFF');
    form.append(reasonField('BIAYA_TARIF'), 'ABOVE_TARIFF');
    form.append(reasonField('BIAYA_TARIF'), 'NO_RECEIPT');
    expect(readRatingForm(form).reasons).toEqual({ BIAYA_TARIF: ['ABOVE_TARIFF', 'NO_RECEIPT'] });
  });

  it('asks for an e-mail address when the citizen wants to be told of the answer, and passes the wish on when there is one', () => {
    expect(validateRatingForm(values({ notify: 'ya', contact: '0812 3456 7890' }))).toEqual({ ok: false, problems: [{ field: 'contact', kind: 'notifyNeedsEmail' }] });
    expect(validateRatingForm(values({ notify: 'ya', contact: '' }))).toEqual({ ok: false, problems: [{ field: 'contact', kind: 'notifyNeedsEmail' }] });
    const checked = validateRatingForm(values({ notify: 'ya', contact: ' warga@contoh.id ', comment: 'Antrean lama.' }));
    expect(checked.ok && checked.rating).toMatchObject({ notify: true, contact: 'warga@contoh.id' });
    expect(ratingProblemText(translator('en'), { field: 'contact', kind: 'notifyNeedsEmail' })).toMatch(/e-mail address/);
  });

  it('keeps a comment and a contact trimmed, and the profile codes as the questionnaire writes them', () => {
    const checked = validateRatingForm(values({ comment: '  Cepat.\nRamah.  ', contact: ' 0812 ', ageGroup: '60+', gender: 'P', education: 'D4-S1', occupation: 'PELAJAR_MAHASISWA' }));
    expect(checked.ok && checked.rating).toMatchObject({ comment: 'Cepat.\nRamah.', contact: '0812', ageGroup: '60+', gender: 'P', education: 'D4-S1', occupation: 'PELAJAR_MAHASISWA' });
  });

  it('names every unanswered question, in the order of the form', () => {
    const { WAKTU_PENYELESAIAN: _w, SARANA_PRASARANA: _s, ...rest } = ALL_THREE;
    const checked = validateRatingForm(values({ scores: rest }));
    expect(checked).toEqual({
      ok: false,
      problems: [
        { field: 'WAKTU_PENYELESAIAN', kind: 'score' },
        { field: 'SARANA_PRASARANA', kind: 'score' },
      ],
    });
  });

  it('treats a score outside 1–4 (a tampered form) as unanswered', () => {
    for (const score of ['0', '5', '2.5', 'x', '']) {
      const checked = validateRatingForm(values({ scores: { ...ALL_THREE, BIAYA_TARIF: score } }));
      expect(checked.ok ? null : checked.problems, score).toEqual([{ field: 'BIAYA_TARIF', kind: 'score' }]);
    }
  });

  it('counts the comment as the API does: trimmed, and an emoji is one character', () => {
    expect(validateRatingForm(values({ comment: `  ${'😀'.repeat(COMMENT_MAX)}  ` })).ok).toBe(true);
    expect(validateRatingForm(values({ comment: 'a'.repeat(COMMENT_MAX + 1) }))).toEqual({
      ok: false,
      problems: [{ field: 'comment', kind: 'tooLong', count: COMMENT_MAX + 1, max: COMMENT_MAX }],
    });
  });

  it('limits the contact to what the API stores', () => {
    expect(validateRatingForm(values({ contact: 'x'.repeat(CONTACT_MAX) })).ok).toBe(true);
    expect(validateRatingForm(values({ contact: 'x'.repeat(CONTACT_MAX + 5) }))).toEqual({
      ok: false,
      problems: [{ field: 'contact', kind: 'tooLong', count: CONTACT_MAX + 5, max: CONTACT_MAX }],
    });
  });

  it('refuses profile codes the questionnaire does not have', () => {
    const checked = validateRatingForm(values({ ageGroup: '15-19', gender: 'X', education: 'SMA', occupation: 'nelayan' }));
    expect(checked.ok ? null : checked.problems).toEqual([
      { field: 'ageGroup', kind: 'unknownCode' },
      { field: 'gender', kind: 'unknownCode' },
      { field: 'occupation', kind: 'unknownCode' },
    ]);
  });

  it('asks for a reload when the form lost its idempotency key', () => {
    for (const key of ['', 'short', 'has spaces in it', 'x'.repeat(65)]) {
      const checked = validateRatingForm(values({ key }));
      expect(checked.ok ? null : checked.problems, key).toEqual([{ field: null, kind: 'formExpired' }]);
    }
  });

  it('passes the hidden field through untouched, whatever a bot wrote there', () => {
    const checked = validateRatingForm(values({ honeypot: 'https://spam.example' }));
    expect(checked.ok && checked.rating.honeypot).toBe('https://spam.example');
  });
});

describe('reading the posted form', () => {
  it('reads every field by its name, line breaks as plain LF, anything missing or not text as empty', () => {
    const form = new FormData();
    form.set(FIELD.key, 'abcdefgh-1');
    form.set(scoreField('PERSYARATAN'), '4');
    form.set(scoreField('BIAYA_TARIF'), '1');
    form.set(FIELD.comment, 'Baris satu\r\nBaris dua\rtiga');
    form.set(FIELD.ageGroup, '20-29');
    form.set(FIELD.contact, new Blob(['not text']), 'kontak.txt');
    form.set(FIELD.honeypot, 'bot');
    expect(readRatingForm(form)).toEqual({
      key: 'abcdefgh-1',
      scores: { PERSYARATAN: '4', BIAYA_TARIF: '1' },
      reasons: {},
      comment: 'Baris satu\nBaris dua\ntiga',
      ageGroup: '20-29',
      gender: '',
      education: '',
      occupation: '',
      contact: '',
      notify: '',
      honeypot: 'bot',
      proofOfWork: '',
    });
  });
});

describe('problem messages', () => {
  it('name the question by its number and the element’s official name, in the page’s language', () => {
    expect(ratingProblemText(translator('id'), { field: 'WAKTU_PENYELESAIAN', kind: 'score' })).toBe('Pilih jawaban untuk pertanyaan 3 (Waktu Penyelesaian).');
    expect(ratingProblemText(translator('en'), { field: 'SARANA_PRASARANA', kind: 'score' })).toBe('Choose an answer for question 9 (Facilities and infrastructure).');
  });

  it('give the counts with the language’s digit grouping', () => {
    expect(ratingProblemText(translator('id'), { field: 'comment', kind: 'tooLong', count: 2345, max: 2000 })).toBe('Komentar paling banyak 2.000 karakter; sekarang 2.345 karakter.');
    expect(ratingProblemText(translator('en'), { field: 'comment', kind: 'tooLong', count: 2345, max: 2000 })).toBe('The comment can be at most 2,000 characters; it has 2,345.');
  });
});
