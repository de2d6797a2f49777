import { describe, expect, it } from 'vitest';
import { CatalogSnapshot, PublicServiceType } from '../../src/modules/catalog/index.js';
import { parseTsvector, SearchIndex, searchIndexOf, WEIGHT_A } from '../../src/modules/services/index.js';

/** The in-process search index (decision record 0044) reads tsvectors as PostgreSQL prints them. */
const at = (position: number, weight: number) => position * 4 + weight;

describe('reading a search vector as PostgreSQL prints it', () => {
  it('keeps each lexeme with its positions and weights, D printed without a letter', () => {
    expect(parseTsvector(`'akta':1A,4B 'lahir':2A,5B 'dinas':7`)).toEqual([
      ['akta', [at(1, 3), at(4, 2)]],
      ['lahir', [at(2, 3), at(5, 2)]],
      ['dinas', [at(7, 0)]],
    ]);
  });

  it('reads quotes, backslashes and hyphens inside a lexeme, and a lexeme without positions', () => {
    expect(parseTsvector(`'d''arc':3C 'a\\\\b':1 'ktp-el':2A 'bare'`)).toEqual([
      ["d'arc", [at(3, 1)]],
      ['a\\b', [at(1, 0)]],
      ['ktp-el', [at(2, 3)]],
      ['bare', []],
    ]);
    expect(parseTsvector('')).toEqual([]);
  });

  it('leaves out a vector it cannot read and still finds every other service', () => {
    const index = new SearchIndex([`'akta':1A`, `akta:1`, `'akta':2B`]);
    expect(index.unreadable).toBe(1);
    const found: number[] = [];
    index.eachWithWord('akta', (doc) => found.push(doc));
    expect(found).toEqual([0, 2]);
  });

  it('refuses text that is not a tsvector rather than index half of it', () => {
    expect(() => parseTsvector(`akta:1`)).toThrow();
    expect(() => parseTsvector(`'akta`)).toThrow();
    expect(() => parseTsvector(`'akta':x`)).toThrow();
  });
});

describe('matching words and phrases against the index', () => {
  const index = new SearchIndex([
    `'akta':1A 'lahir':2A 'dinas':3B 'duduk':4B`, // Akta Kelahiran, Dinas Kependudukan
    `'lahir':1A 'akta':2A`, // the words the other way round
    `'surat':1A 'akta':5D 'lahir':6D`, // the phrase only in the description
    `'izin':1A 'izinkan':3D`,
    `'kartu':1A 'akta':2A 'lahir':3B`, // the phrase runs from the name into the unit's name
  ]);
  const collect = (run: (visit: (doc: number, weight: number) => void) => void) => {
    const found: Array<[number, number]> = [];
    run((doc, weight) => found.push([doc, weight]));
    return found;
  };

  it('finds a phrase only where its words stand in order, weighted by where it stands', () => {
    const phrase = [
      { lexeme: 'akta', offset: 0 },
      { lexeme: 'lahir', offset: 1 },
    ];
    expect(collect((v) => index.eachWithPhrase(phrase, v))).toEqual([
      [0, WEIGHT_A],
      [2, 0],
      [4, 2],
    ]);
  });

  it('finds a word with the highest weight it has in each service', () => {
    expect(collect((v) => index.eachWithWord('akta', v))).toEqual([
      [0, WEIGHT_A],
      [1, WEIGHT_A],
      [2, 0],
      [4, WEIGHT_A],
    ]);
    expect(collect((v) => index.eachWithWord('nothing', v))).toEqual([]);
  });

  it('lists the lexemes a prefix matches, and counts each position in a text’s length', () => {
    expect(index.lexemesStartingWith('izin')).toEqual(['izin', 'izinkan']);
    expect(index.lexemesStartingWith('zz')).toEqual([]);
    expect([...index.lengths]).toEqual([4, 2, 3, 2, 3]);
  });
});

describe('the index of a catalogue', () => {
  const service = (id: string) => Object.assign(new PublicServiceType(), { id, name: id, expectedAnnualUsers: 1 });
  const catalogue = (vectors: string[], ids = ['a', 'b']) => new CatalogSnapshot([], [], ids.map(service), Date.now(), [], vectors);

  it('is kept when the minute’s reload brings the same services and vectors, and rebuilt when a vector changed', () => {
    const first = searchIndexOf(catalogue([`'akta':1A`, `'izin':1A`]));
    expect(searchIndexOf(catalogue([`'akta':1A`, `'izin':1A`]))).toBe(first);
    const changed = searchIndexOf(catalogue([`'akta':1A`, `'izin':1A 'usaha':2A`]));
    expect(changed).not.toBe(first);
    expect(changed.lexemesStartingWith('usa')).toEqual(['usaha']);
    // The same vectors on other services (renamed, so in another order): not the same index.
    expect(searchIndexOf(catalogue([`'akta':1A`, `'izin':1A 'usaha':2A`], ['b', 'a']))).not.toBe(changed);
  });
});
