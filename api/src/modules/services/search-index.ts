import { logger } from '../../common/logger.js';
import { firstNotBefore } from '../../common/text.js';
import type { CatalogSnapshot } from '../catalog/index.js';

/**
 * The services' search vectors as an inverted index in the API process (decision record 0044): the
 * lexemes PostgreSQL's `suara_id` configuration made of each service's name (weight A), unit and
 * category (B) and description (D), with their positions, so that a search reads no table. PostgreSQL
 * still makes the lexemes — on write (the trigger of migration 20261129170000) and for the citizen's
 * words (`to_tsvector`, services/service-search.ts) — so stemming and unaccenting stay its own.
 */

/** A position's weight as PostgreSQL numbers them: D 0 (printed without a letter), C 1, B 2, A 3. */
export const WEIGHT_A = 3;
/** A weight as a relevance (PostgreSQL's default weights for D, C, B and A), by the numbers above. */
export const WEIGHT_VALUE: readonly number[] = [0.1, 0.2, 0.4, 1];
const WEIGHT_OF_LETTER: Record<string, number> = { A: 3, B: 2, C: 1, D: 0 };

/** A position and its weight in one number: `position * 4 + weight`. */
const entryOf = (position: number, weight: number) => position * 4 + weight;
const positionOf = (entry: number) => entry >> 2;
const weightOf = (entry: number) => entry & 3;

/**
 * A tsvector as PostgreSQL prints it, `'akta':1A,4B 'lahir':2A,5B 'dinas':7`, as its lexemes with
 * their positions (`position * 4 + weight`, in the printed order, which is ascending). A lexeme is
 * quoted, with `''` for a quote and `\\` before a backslash.
 */
export function parseTsvector(text: string): Array<[string, number[]]> {
  const out: Array<[string, number[]]> = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && text[i] === ' ') i++;
    if (i >= n) break;
    if (text[i] !== "'") throw new Error(`not a tsvector at ${i}`);
    i++;
    let lexeme = '';
    for (;;) {
      if (i >= n) throw new Error('unterminated lexeme in a tsvector');
      const c = text[i]!;
      if (c === '\\') {
        lexeme += text[i + 1] ?? '';
        i += 2;
      } else if (c === "'") {
        if (text[i + 1] === "'") {
          lexeme += "'";
          i += 2;
        } else {
          i++;
          break;
        }
      } else {
        lexeme += c;
        i++;
      }
    }
    const positions: number[] = [];
    if (text[i] === ':') {
      i++;
      for (;;) {
        let position = 0;
        const start = i;
        while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) position = position * 10 + (text.charCodeAt(i++) - 48);
        if (i === start) throw new Error(`no position in a tsvector at ${i}`);
        const weight = WEIGHT_OF_LETTER[text[i] ?? ''];
        if (weight !== undefined) i++;
        positions.push(entryOf(position, weight ?? 0));
        if (text[i] !== ',') break;
        i++;
      }
    }
    out.push([lexeme, positions]);
  }
  return out;
}

/** The services (by position in the catalogue) a lexeme occurs in, and where in each. */
interface Postings {
  /** Ascending service positions. */
  docs: Int32Array;
  /** `entries[starts[k] .. starts[k + 1]]` are the positions in `docs[k]`, ascending. */
  starts: Int32Array;
  entries: Int32Array;
}

/** One word of a phrase: its lexeme and its distance from the phrase's first word. */
export interface PhraseItem {
  lexeme: string;
  offset: number;
}

/**
 * The citizen's words as PostgreSQL made them into lexemes (`to_tsvector('suara_id', …)` printed), as
 * a phrase: each lexeme with its distance from the first ("akta kelahiran" → akta 0, lahir 1).
 * `suara_id` (unaccent, then the snowball stemmer) makes one lexeme per position; a dictionary that
 * made several (a thesaurus, ispell) would need them as alternatives at one offset, as
 * `phraseto_tsquery` makes them, not as words that must all stand there.
 */
export function phraseOf(vector: string): PhraseItem[] {
  const items: PhraseItem[] = [];
  for (const [lexeme, entries] of parseTsvector(vector)) for (const entry of entries) items.push({ lexeme, offset: positionOf(entry) });
  items.sort((a, b) => a.offset - b.offset);
  const first = items[0]?.offset ?? 0;
  return items.map((item) => ({ lexeme: item.lexeme, offset: item.offset - first }));
}

export class SearchIndex {
  /** Every lexeme, in code-unit order: for prefixes. */
  private readonly lexemes: string[];
  private readonly postings = new Map<string, Postings>();
  /** How many positions each service's vector holds: the length a relevance is divided by. */
  readonly lengths: Int32Array;

  /** How many vectors could not be read (and so are not searchable): 0 unless PostgreSQL prints a new form. */
  readonly unreadable: number = 0;

  constructor(vectors: readonly string[]) {
    this.lengths = new Int32Array(vectors.length);
    const building = new Map<string, { docs: number[]; starts: number[]; entries: number[] }>();
    vectors.forEach((vector, doc) => {
      let length = 0;
      let terms: Array<[string, number[]]>;
      try {
        terms = parseTsvector(vector);
      } catch {
        // One service that cannot be found is better than a search that fails for every citizen.
        (this as { unreadable: number }).unreadable++;
        return;
      }
      for (const [lexeme, positions] of terms) {
        let list = building.get(lexeme);
        if (!list) building.set(lexeme, (list = { docs: [], starts: [], entries: [] }));
        list.docs.push(doc);
        list.starts.push(list.entries.length);
        for (const entry of positions) list.entries.push(entry);
        length += Math.max(1, positions.length);
      }
      this.lengths[doc] = length;
    });
    for (const [lexeme, list] of building) {
      list.starts.push(list.entries.length);
      this.postings.set(lexeme, { docs: Int32Array.from(list.docs), starts: Int32Array.from(list.starts), entries: Int32Array.from(list.entries) });
    }
    this.lexemes = [...building.keys()].sort();
  }

  /** The lexemes that start with `prefix`, as PostgreSQL's `prefix:*` would match them. */
  lexemesStartingWith(prefix: string): string[] {
    const found: string[] = [];
    for (let i = firstNotBefore(this.lexemes, prefix); i < this.lexemes.length && this.lexemes[i]!.startsWith(prefix); i++) found.push(this.lexemes[i]!);
    return found;
  }

  /** Every service a lexeme occurs in, with the highest weight it has there (A 3 … D 0). */
  eachWithWord(lexeme: string, visit: (doc: number, weight: number) => void): void {
    const p = this.postings.get(lexeme);
    if (!p) return;
    for (let k = 0; k < p.docs.length; k++) {
      let best = 0;
      for (let e = p.starts[k]!; e < p.starts[k + 1]!; e++) best = Math.max(best, weightOf(p.entries[e]!));
      visit(p.docs[k]!, best);
    }
  }

  /**
   * Every service where the items occur at their distances from one another (PostgreSQL's `<->` and
   * `<N>`), with the best weight of an occurrence — the lowest weight among its words, so a phrase
   * counts as in the name only when all of it is. A lexeme stored without positions (a stripped
   * vector; the trigger never stores one) matches no phrase here, where PostgreSQL would match it.
   */
  eachWithPhrase(items: readonly PhraseItem[], visit: (doc: number, weight: number) => void): void {
    if (items.length === 0) return;
    if (items.length === 1) return this.eachWithWord(items[0]!.lexeme, visit);
    const lists: Postings[] = [];
    for (const item of items) {
      const p = this.postings.get(item.lexeme);
      if (!p) return;
      lists.push(p);
    }
    const first = lists[0]!;
    const cursors = new Int32Array(items.length);
    outer: for (let k = 0; k < first.docs.length; k++) {
      const doc = first.docs[k]!;
      // The other items' entries in this service (their docs ascend, and so do the first's).
      for (let i = 1; i < lists.length; i++) {
        const docs = lists[i]!.docs;
        let c = cursors[i]!;
        while (c < docs.length && docs[c]! < doc) c++;
        cursors[i] = c;
        if (c >= docs.length) break outer;
        if (docs[c] !== doc) continue outer;
      }
      let best = -1;
      for (let e = first.starts[k]!; e < first.starts[k + 1]!; e++) {
        const base = positionOf(first.entries[e]!) - items[0]!.offset;
        let weight = weightOf(first.entries[e]!);
        for (let i = 1; i < lists.length && weight >= 0; i++) {
          const list = lists[i]!;
          const c = cursors[i]!;
          const want = base + items[i]!.offset;
          let found = -1;
          for (let f = list.starts[c]!; f < list.starts[c + 1]!; f++) {
            const at = positionOf(list.entries[f]!);
            if (at === want) found = Math.max(found, weightOf(list.entries[f]!));
            if (at > want) break;
          }
          weight = found < 0 ? -1 : Math.min(weight, found);
        }
        best = Math.max(best, weight);
      }
      if (best >= 0) visit(doc, best);
    }
  }
}

/** The last index built, for the next catalogue when the services' vectors did not change. */
let last: { ids: readonly string[]; vectors: readonly string[]; index: SearchIndex } | null = null;
const built = new WeakMap<CatalogSnapshot, SearchIndex>();

/**
 * The search index of a catalogue, built on the first search after a change. The catalogue is also
 * reloaded every minute in case a notification was lost (decision record 0008); when its services
 * and their vectors are the same as before, the index built then is kept.
 */
export function searchIndexOf(catalog: CatalogSnapshot): SearchIndex {
  const known = built.get(catalog);
  if (known) return known;
  const ids = catalog.services.map((s) => s.id);
  let index: SearchIndex;
  if (last && sameVectors(last, ids, catalog.searchVectors)) {
    index = last.index;
  } else {
    index = new SearchIndex(catalog.searchVectors);
    if (index.unreadable) logger.error('search index: service vectors that could not be read are not searchable', { unreadable: index.unreadable, services: ids.length });
  }
  last = { ids, vectors: catalog.searchVectors, index };
  built.set(catalog, index);
  return index;
}

function sameVectors(before: { ids: readonly string[]; vectors: readonly string[] }, ids: readonly string[], vectors: readonly string[]): boolean {
  if (before.vectors.length !== vectors.length || before.ids.length !== ids.length) return false;
  for (let i = 0; i < vectors.length; i++) if (before.vectors[i] !== vectors[i] || before.ids[i] !== ids[i]) return false;
  return true;
}
