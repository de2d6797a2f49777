import type { CatalogSnapshot, RegionType } from '../catalog/index.js';
import { searchWords } from './search-text.js';

/**
 * How a citizen's words become a search (decision record 0037): filler words go, a place name
 * becomes the region filter, abbreviations and everyday spellings bring the words services use
 * (the admins' synonym list), and each remaining word (or multi-word term) is one group that a
 * service matches when it matches any of the group's alternatives.
 */

/**
 * Words that say how or why, not what: "cara bikin ktp", "syarat mengurus kk", "layanan izin". They
 * occur in no service name worth finding, so they neither rank nor get corrected. Conjunctions the
 * Indonesian snowball configuration keeps as lexemes (it has no stop-word file) are here too.
 */
const FILLER = new Set([
  'cara', 'bagaimana', 'gimana', 'bikin', 'buat', 'membuat', 'urus', 'mengurus', 'ngurus', 'pengurusan', 'mau', 'ingin', 'saya', 'aku',
  'dimana', 'mana', 'di', 'ke', 'dan', 'yang', 'untuk', 'utk', 'bagi', 'dari', 'atau', 'dengan', 'syarat', 'persyaratan', 'layanan', 'pelayanan',
  'tempat', 'apa', 'the', 'of', 'for', 'how', 'to', 'a', 'an', 'in',
]);

/** Words that only introduce a place name ("kota mataram", "kab. mamuju"). */
const PLACE_PREFIX = new Set(['kota', 'kabupaten', 'kab']);

export interface WordGroup {
  /** The citizen's word(s) for this group, as typed (folded). */
  typed: string;
  /** What counts as a match: the typed words themselves, then the synonyms' expansions. */
  alternatives: string[];
  /** A single word that occurs in no service and is not a synonym: a candidate for "did you mean". */
  unknown: boolean;
}

export interface SearchPlan {
  groups: WordGroup[];
  /** A region named in the words ("ktp mataram"). */
  region: RegionType | null;
  /** The folded words in order, place and filler words included: the basis of "did you mean". */
  words: string[];
}

/** Distinctive words of each region's name and its slug ("Kota Mataram" → mataram). */
function placeWords(catalog: CatalogSnapshot): Map<string, RegionType> {
  const places = new Map<string, RegionType>();
  for (const region of catalog.regions) {
    places.set(region.slug, region);
    for (const word of searchWords(region.name)) if (!PLACE_PREFIX.has(word) && word.length >= 4) places.set(word, region);
  }
  return places;
}

export function planSearch(catalog: CatalogSnapshot, query: string): SearchPlan {
  const words = searchWords(query);
  const places = placeWords(catalog);
  let region: RegionType | null = null;
  const rest: string[] = [];
  words.forEach((word, i) => {
    const place = places.get(word);
    if (place && !region) {
      region = place;
      // "kota mataram": the "kota" before it was part of the place name.
      if (rest.length && PLACE_PREFIX.has(rest[rest.length - 1]!) && words[i - 1] === rest[rest.length - 1]) rest.pop();
      return;
    }
    rest.push(word);
  });

  const groups: WordGroup[] = [];
  for (let i = 0; i < rest.length; ) {
    // Longest synonym term first: "akta lahir" before "akta", "izin usaha" before "izin".
    let matched = 0;
    for (let n = Math.min(3, rest.length - i); n >= 1; n--) {
      const term = rest.slice(i, i + n).join(' ');
      const expansions = catalog.synonymsByTerm.get(term);
      if (expansions) {
        groups.push({ typed: term, alternatives: [term, ...expansions], unknown: false });
        matched = n;
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = rest[i++]!;
    if (FILLER.has(word) || PLACE_PREFIX.has(word)) continue;
    groups.push({ typed: word, alternatives: [word], unknown: word.length >= 4 && !/^\d+$/.test(word) && !catalog.knowsWord(word) });
  }
  return { groups, region, words };
}

/** The citizen's words with each correction in place of the misspelt word. */
export function correctedQuery(words: readonly string[], corrections: ReadonlyMap<string, string>): string {
  return words.map((w) => corrections.get(w) ?? w).join(' ');
}
