import { describe, expect, it } from 'vitest';
import { FollowUpStatus } from '../../src/common/enums.js';
import { SUGGESTED_ACTION, figuresOf, median, weakestElements } from '../../src/modules/insights/follow-up.rules.js';

const averages = (values: Record<string, number>) => Object.entries(values).map(([element, average]) => ({ element, average })) as Parameters<typeof weakestElements>[0];

describe('which elements a follow-up plan is drafted from', () => {
  it('takes the two lowest, and the third only while it is below grade B', () => {
    const base = { PERSYARATAN: 3.5, SISTEM_MEKANISME_PROSEDUR: 3.4, WAKTU_PENYELESAIAN: 2.1, BIAYA_TARIF: 3.9, PRODUK_SPESIFIKASI: 3.3, KOMPETENSI_PELAKSANA: 3.2, PERILAKU_PELAKSANA: 3.2, PENANGANAN_PENGADUAN: 2.5, SARANA_PRASARANA: 3.0 };
    expect(weakestElements(averages(base)).map((e) => e.element)).toEqual(['WAKTU_PENYELESAIAN', 'PENANGANAN_PENGADUAN', 'SARANA_PRASARANA']);
    // 3.1 × 25 = 77.5: grade B, so the third is left out.
    expect(weakestElements(averages({ ...base, SARANA_PRASARANA: 3.1 })).map((e) => e.element)).toEqual(['WAKTU_PENYELESAIAN', 'PENANGANAN_PENGADUAN']);
  });

  it('breaks ties in the regulation’s order, so the same scores always give the same draft', () => {
    const flat = averages({ PERSYARATAN: 3, SISTEM_MEKANISME_PROSEDUR: 3, WAKTU_PENYELESAIAN: 3, BIAYA_TARIF: 3, PRODUK_SPESIFIKASI: 3, KOMPETENSI_PELAKSANA: 3, PERILAKU_PELAKSANA: 3, PENANGANAN_PENGADUAN: 3, SARANA_PRASARANA: 3 });
    expect(weakestElements(flat).map((e) => e.element)).toEqual(['PERSYARATAN', 'SISTEM_MEKANISME_PROSEDUR', 'WAKTU_PENYELESAIAN']);
  });

  it('suggests facilities work, not training, for facilities', () => {
    expect(SUGGESTED_ACTION.SARANA_PRASARANA).toMatch(/sarana dan prasarana/);
    expect(SUGGESTED_ACTION.SARANA_PRASARANA).not.toMatch(/pelatihan/i);
  });
});

describe('completion and speed', () => {
  const today = '2026-06-01';
  const agreedDay = '2026-01-10';
  it('counts done-by-deadline over due actions, leaving dropped ones and open ones not yet due out', () => {
    const figures = figuresOf(
      [
        { status: FollowUpStatus.DONE, dueOn: '2026-03-01', closedDay: '2026-02-01', agreedDay }, // on time, 22 days
        { status: FollowUpStatus.DONE, dueOn: '2026-03-01', closedDay: '2026-03-01', agreedDay }, // on its deadline day, 50 days
        { status: FollowUpStatus.DONE, dueOn: '2026-03-01', closedDay: '2026-04-01', agreedDay }, // late, 81 days
        { status: FollowUpStatus.IN_PROGRESS, dueOn: '2026-05-31', closedDay: null, agreedDay }, // overdue
        { status: FollowUpStatus.PLANNED, dueOn: '2026-06-01', closedDay: null, agreedDay }, // due today: not yet
        { status: FollowUpStatus.DROPPED, dueOn: '2026-03-01', closedDay: null, agreedDay },
      ],
      today,
    );
    expect(figures).toEqual({ actions: 6, due: 4, done: 3, doneByDeadline: 2, dropped: 1, overdue: 1, completion: 0.5, medianDaysToDone: 50 });
  });

  it('has no completion while nothing is due and no speed while nothing is done', () => {
    expect(figuresOf([{ status: FollowUpStatus.PLANNED, dueOn: '2026-09-01', closedDay: null, agreedDay }], today)).toMatchObject({ due: 0, completion: null, medianDaysToDone: null });
    expect(median([])).toBeNull();
    expect(median([10, 100])).toBe(55);
  });
});
