import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNip, type NipParseResult } from '../../src/modules/competency/nip.js';

/** A fixed reference day, so that "future" and "too young" never move with the calendar. */
const TODAY = '2026-11-01';

function problemsOf(result: NipParseResult): string[] {
  return result.ok ? [] : result.problems.map((p) => p.en);
}

/** Swaps the digits at 0-based [start, start + replacement.length) of a valid NIP. */
function withDigits(nip: string, start: number, replacement: string): string {
  return nip.slice(0, start) + replacement + nip.slice(start + replacement.length);
}

// Born 15 Feb 1990, TMT March 2015, female, sequence 2.
const VALID = '199002152015032002';

describe('a valid NIP', () => {
  it('is split into birth date, TMT, sex and sequence', () => {
    expect(parseNip(VALID, TODAY)).toEqual({
      ok: true,
      nip: VALID,
      birthDate: '1990-02-15',
      tmt: '2015-03',
      sex: 2,
      sequence: 2,
    });
  });

  it('is read the same when typed with spaces or dots, as printed on an SK', () => {
    for (const typed of ['19900215 201503 2 002', '19900215.201503.2.002', ' 19900215  201503 2 002 ', '19900215\u00a0201503\t2\u00a0002']) {
      expect(parseNip(typed, TODAY)).toMatchObject({ ok: true, nip: VALID });
    }
  });

  it('accepts 29 February of a leap year, 2000 included', () => {
    expect(parseNip('199602292020011001', TODAY)).toMatchObject({ ok: true, birthDate: '1996-02-29' });
    expect(parseNip('200002292022011001', TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });

  it('accepts sequence 999 and a male sex digit', () => {
    expect(parseNip('198512312010121999', TODAY)).toMatchObject({ ok: true, sex: 1, sequence: 999 });
  });
});

describe('an NIP that is not 18 digits', () => {
  it('is refused with the number of digits found', () => {
    const short = parseNip('19900215201503200', TODAY);
    expect(short.ok).toBe(false);
    expect(problemsOf(short)).toEqual(['An NIP has 18 digits; this one has 17.']);
    expect(problemsOf(parseNip('1990021520150320021', TODAY))).toEqual(['An NIP has 18 digits; this one has 19.']);
    expect(problemsOf(parseNip('', TODAY))).toEqual(['An NIP has 18 digits; this one has 0.']);
  });

  it('is refused when it holds anything but digits, spaces and dots, naming the characters', () => {
    expect(problemsOf(parseNip('19900215-201503-2-002', TODAY))).toEqual([
      'An NIP may contain only digits (spaces and dots may separate them); found "-".',
    ]);
    expect(problemsOf(parseNip('NIP 19900215/201503/2/00', TODAY))).toEqual([
      'An NIP may contain only digits (spaces and dots may separate them); found "N", "I", "P", "/".',
      'An NIP has 18 digits; this one has 17.',
    ]);
  });

  it('is refused when it is written in full-width or other non-Latin digits', () => {
    expect(parseNip('１９９００２１５２０１５０３２００２', TODAY).ok).toBe(false);
  });

  it('explains itself in Bahasa Indonesia too', () => {
    const result = parseNip('1990-0215', TODAY);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          id: 'NIP hanya boleh berisi angka (spasi dan titik boleh sebagai pemisah); ditemukan "-".',
          en: 'An NIP may contain only digits (spaces and dots may separate them); found "-".',
        },
        { id: 'NIP harus terdiri dari 18 angka; yang diisi 8 angka.', en: 'An NIP has 18 digits; this one has 8.' },
      ],
    });
  });
});

describe('the birth date (digits 1–8)', () => {
  it.each([
    ['19900231', '1990-02-31'],
    ['19990229', '1999-02-29'],
    ['19001301', '1900-13-01'],
    ['19900100', '1990-01-00'],
    ['19900431', '1990-04-31'],
  ])('refuses %s, a day that does not exist', (birth, shown) => {
    const result = parseNip(withDigits(VALID, 0, birth), TODAY);
    expect(problemsOf(result)).toContain(`The birth date ${shown} (NIP digits 1–8) is not a real date.`);
  });

  it('refuses a birth year before 1940 or after the current year − 17', () => {
    const old = parseNip('193912312000011001', TODAY);
    expect(problemsOf(old)).toEqual(['Birth year 1939 is not plausible for a serving employee: it must be between 1940 and 2009.']);
    expect(parseNip('194001012000011001', TODAY).ok).toBe(true);
    // 2009 itself is plausible (the TMT rule catches an appointment before 18), 2010 is not.
    expect(problemsOf(parseNip('200901012026011001', TODAY)).join()).not.toMatch(/Birth year/);
    expect(problemsOf(parseNip('201001012026011001', TODAY))).toContain(
      'Birth year 2010 is not plausible for a serving employee: it must be between 1940 and 2009.',
    );
  });

  it('moves the plausible range with the reference day', () => {
    expect(problemsOf(parseNip('201001012026011001', '2027-01-01')).join()).not.toMatch(/Birth year/);
  });
});

describe('the TMT (digits 9–14)', () => {
  it.each(['00', '13', '21', '99'])('refuses month %s', (month) => {
    expect(problemsOf(parseNip(withDigits(VALID, 12, month), TODAY))).toEqual([
      `The TMT month (NIP digits 13–14) must be 01 to 12, not ${month}.`,
    ]);
  });

  it('refuses an appointment before the month of the 18th birthday and accepts that month', () => {
    // Born February 1990: 18 in February 2008.
    expect(problemsOf(parseNip(withDigits(VALID, 8, '200801'), TODAY))).toEqual([
      'TMT 2008-01 is before the month of the 18th birthday (2008-02): nobody is appointed younger than 18.',
    ]);
    expect(parseNip(withDigits(VALID, 8, '200802'), TODAY).ok).toBe(true);
  });

  it('refuses a TMT after the current month and accepts the current month', () => {
    expect(problemsOf(parseNip(withDigits(VALID, 8, '202612'), TODAY))).toEqual(['TMT 2026-12 is in the future (it is now 2026-11).']);
    expect(parseNip(withDigits(VALID, 8, '202611'), TODAY).ok).toBe(true);
  });

  it('reads a Date as the day in Indonesia (WIT), not in UTC', () => {
    const nip = withDigits(VALID, 8, '202612');
    // 30 Nov 2026 20:00 UTC is already 1 Dec 2026 05:00 in Jayapura.
    expect(parseNip(nip, new Date('2026-11-30T20:00:00Z')).ok).toBe(true);
    expect(parseNip(nip, new Date('2026-11-30T14:00:00Z')).ok).toBe(false);
  });

  it('uses the current date when none is given', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(problemsOf(parseNip(withDigits(VALID, 8, `${nextYear}06`)))).toEqual([
      expect.stringMatching(new RegExp(`^TMT ${nextYear}-06 is in the future`)),
    ]);
    expect(parseNip(VALID).ok).toBe(true);
  });
});

describe('the sex digit (15) and the sequence (16–18)', () => {
  it.each(['0', '3', '9'])('refuses sex digit %s', (digit) => {
    expect(problemsOf(parseNip(withDigits(VALID, 14, digit), TODAY))).toEqual([
      `The sex digit (NIP digit 15) must be 1 (male) or 2 (female), not ${digit}.`,
    ]);
  });

  it('refuses sequence 000', () => {
    expect(problemsOf(parseNip(withDigits(VALID, 15, '000'), TODAY))).toEqual(['The sequence number (NIP digits 16–18) cannot be 000.']);
  });
});

describe('an NIP with several mistakes', () => {
  it('lists every one of them at once', () => {
    // 31 Feb 1930, TMT month 13, sex 5, sequence 000.
    const result = parseNip('193002311995135000', TODAY);
    expect(problemsOf(result)).toEqual([
      'The birth date 1930-02-31 (NIP digits 1–8) is not a real date.',
      'Birth year 1930 is not plausible for a serving employee: it must be between 1940 and 2009.',
      'The TMT month (NIP digits 13–14) must be 01 to 12, not 13.',
      'The sex digit (NIP digit 15) must be 1 (male) or 2 (female), not 5.',
      'The sequence number (NIP digits 16–18) cannot be 000.',
    ]);
    expect(result.ok ? [] : result.problems.every((p) => p.id.length > 0 && p.id !== p.en)).toBe(true);
  });
});

describe('any NIP', () => {
  const today = { year: 2026, month: 11 };
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  // Birth date, TMT (from the month of the 18th birthday to the current month), sex and sequence.
  const validParts = fc
    .record({
      year: fc.integer({ min: 1940, max: today.year - 18 }),
      month: fc.integer({ min: 1, max: 12 }),
      dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      tmtFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      sex: fc.constantFrom(1 as const, 2 as const),
      sequence: fc.integer({ min: 1, max: 999 }),
    })
    // Someone turning 18 after the current month cannot have been appointed yet.
    .filter(({ year, month }) => (year + 18) * 12 + month <= today.year * 12 + today.month)
    .map(({ year, month, dayFraction, tmtFraction, sex, sequence }) => {
      const day = 1 + Math.floor(dayFraction * daysIn(year, month));
      const first = (year + 18) * 12 + (month - 1);
      const last = today.year * 12 + (today.month - 1);
      const tmtIndex = first + Math.round(tmtFraction * (last - first));
      const tmtYear = Math.floor(tmtIndex / 12);
      const tmtMonth = (tmtIndex % 12) + 1;
      return {
        nip: `${year}${pad(month)}${pad(day)}${tmtYear}${pad(tmtMonth)}${sex}${pad(sequence, 3)}`,
        birthDate: `${year}-${pad(month)}-${pad(day)}`,
        tmt: `${tmtYear}-${pad(tmtMonth)}`,
        sex,
        sequence,
      };
    });

  it('made of valid parts parses back to exactly those parts', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        expect(parseNip(parts.nip, TODAY)).toEqual({ ok: true, ...parts });
      }),
      { numRuns: 500 },
    );
  });

  it('made of valid parts parses the same with spaces and dots anywhere', () => {
    const separated = validParts.chain((parts) =>
      fc.tuple(fc.constant(parts), fc.array(fc.constantFrom('', '', '', ' ', '.', ' . '), { minLength: 19, maxLength: 19 })),
    );
    fc.assert(
      fc.property(separated, ([parts, gaps]) => {
        const typed = [...parts.nip].map((d, i) => gaps[i] + d).join('') + gaps[18];
        expect(parseNip(typed, TODAY)).toEqual({ ok: true, ...parts });
      }),
    );
  });

  it('of 18 digits is either split into parts that rebuild it, or refused with a reason', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{18}$/), (nip) => {
        const result = parseNip(nip, TODAY);
        if (result.ok) {
          expect(`${result.birthDate.replace(/-/g, '')}${result.tmt.replace('-', '')}${result.sex}${String(result.sequence).padStart(3, '0')}`).toBe(nip);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
