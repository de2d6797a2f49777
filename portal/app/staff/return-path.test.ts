import { describe, expect, it } from 'vitest';
import { safeReturnPath, STAFF_HOME } from './return-path';

describe('the return path after signing in', () => {
  it('goes back to the staff page that asked for the sign-in, with its query and fragment', () => {
    expect(safeReturnPath('/staf/moderasi?status=PENDING&wilayah=mataram')).toBe('/staf/moderasi?status=PENDING&wilayah=mataram');
    expect(safeReturnPath('/staf/kotak-masuk#item-3')).toBe('/staf/kotak-masuk#item-3');
    expect(safeReturnPath('/layanan/a')).toBe('/layanan/a');
  });

  it.each([
    ['https://evil.example/staf'],
    ['//evil.example/staf'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['/\t/evil.example'],
    ['/%0a/evil'],
    ['javascript:alert(1)'],
    ['staf/moderasi'],
    [''],
    ['/masuk?ke=/staf'],
    ['/keluar'],
  ])('never leaves the portal or loops back to sign-in: %j goes to the staff home', (value) => {
    const result = safeReturnPath(value);
    // `/%0a/evil` stays a path of ours (an encoded newline in a path is just a character).
    if (value === '/%0a/evil') expect(result).toBe('/%0a/evil');
    else expect(result).toBe(STAFF_HOME);
  });

  it('takes the staff home when nothing or something absurdly long is given', () => {
    expect(safeReturnPath(null)).toBe(STAFF_HOME);
    expect(safeReturnPath(undefined)).toBe(STAFF_HOME);
    expect(safeReturnPath(`/${'a'.repeat(3000)}`)).toBe(STAFF_HOME);
  });
});
