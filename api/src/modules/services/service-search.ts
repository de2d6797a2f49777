import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors.js';
import { ServiceCategory } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { excerpt } from '../../common/text.js';
import { badCursor, decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { CatalogSnapshot, PublicServiceType, RegionType } from '../catalog/index.js';
import { phraseOf, searchIndexOf, WEIGHT_A, WEIGHT_VALUE, type PhraseItem } from './search-index.js';
import { correctedQuery, planSearch, type WordGroup } from './search-query.js';

export interface ServiceSearch {
  regionSlug?: string | null;
  search?: string | null;
  category?: string | null;
  unitId?: string | null;
  first?: number | null;
  after?: string | null;
}

/** A page of `services(…)` with what the search understood and the way back. */
export interface ServiceSearchPage extends ConnectionShape<PublicServiceType> {
  hasPreviousPage: boolean;
  previousCursor: string | null;
  didYouMean: string | null;
  regionFromQuery: RegionType | null;
}

export const SEARCH_MAX = 200;
/** A ranked search pages by position; further than this nobody reads, and OFFSET grows with it. */
const RANKED_MAX_OFFSET = 1000;
/** pg_trgm similarity a correction needs: below it "did you mean" suggests unrelated words. */
const CORRECTION_MIN_SIMILARITY = 0.4;

/** A `services` cursor: the service's name and id, the order of the list. */
export const decodeServiceCursor = (after: string) => decodeCursor(after, ['text', 'uuid'] as const);

/** A ranked search's cursor: the position after which the next page starts. */
function decodeRankCursor(after: string): number {
  const [kind, position] = decodeCursor(after, ['text', 'text'] as const);
  const n = Number(position);
  if (kind !== 'rank' || !/^\d{1,4}$/.test(position) || n > RANKED_MAX_OFFSET) throw badCursor();
  return n;
}
const rankCursor = (position: number) => encodeCursor(['rank', String(position)]);

/** Throws BAD_USER_INPUT unless `after` is one of the two cursors `services` hands out (graphql/input-checks.ts). */
export function checkServiceCursor(after: string): void {
  try {
    decodeServiceCursor(after);
  } catch {
    decodeRankCursor(after);
  }
}

function categoryOf(value: string): ServiceCategory {
  const category = value.trim().toUpperCase();
  if (!(Object.values(ServiceCategory) as string[]).includes(category)) {
    throw new BadInputError(
      {
        id: `Kategori "${excerpt(value)}" tidak dikenal. Pilih salah satu: ${Object.values(ServiceCategory).join(', ')}.`,
        en: `Unknown category "${excerpt(value)}". Use one of: ${Object.values(ServiceCategory).join(', ')}.`,
      },
      [{ field: 'category', message: { id: 'Kategori tidak dikenal.', en: 'Unknown category.' } }],
    );
  }
  return category as ServiceCategory;
}

/**
 * `services(…)`: without words, the catalogue's services by name (then id), filtered, keyset-paged,
 * answered from the in-process catalogue. With words, a ranked full-text search (decision records
 * 0037, 0044): synonyms, Indonesian stemming, a named place as the region, and pg_trgm corrections
 * for words no service contains; the services' vectors are searched in the process (search-index.ts).
 */
export async function searchServices(catalog: CatalogSnapshot, args: ServiceSearch, em: () => EntityManager): Promise<ServiceSearchPage> {
  const size = pageSize(args.first);
  const nothing = (extra: Partial<ServiceSearchPage> = {}): ServiceSearchPage => ({
    ...toConnection<PublicServiceType>([], size, 0, () => []),
    hasPreviousPage: false,
    previousCursor: null,
    didYouMean: null,
    regionFromQuery: null,
    ...extra,
  });

  let region: RegionType | null = null;
  if (args.regionSlug != null && args.regionSlug !== '') {
    region = catalog.regionBySlug(args.regionSlug);
    // An unknown region has no services: an empty page, as for any filter that matches nothing.
    if (!region) return nothing();
  }
  const category = args.category != null && args.category !== '' ? categoryOf(args.category) : null;
  let unitId: string | null = null;
  if (args.unitId) {
    // Not a UUID: no unit has it, so nothing matches.
    if (!isUuid(args.unitId)) return nothing();
    unitId = args.unitId.toLowerCase();
  }
  if (args.search != null && args.search.length > SEARCH_MAX) {
    throw new BadInputError(
      { id: `Kata pencarian terlalu panjang (maksimal ${SEARCH_MAX} karakter).`, en: `The search is too long (at most ${SEARCH_MAX} characters).` },
      [{ field: 'search', message: { id: `Maksimal ${SEARCH_MAX} karakter.`, en: `At most ${SEARCH_MAX} characters.` } }],
    );
  }

  const plan = planSearch(catalog, args.search ?? '');
  const regionFromQuery = region ? null : plan.region;
  region ??= plan.region;
  if (plan.groups.length === 0) return { ...listCatalogue(catalog, { region, category, unitId }, size, args.after ?? null), didYouMean: null, regionFromQuery };
  return rankedSearch(catalog, em, plan.groups, plan.words, { region, category, unitId }, size, args.after ?? null, regionFromQuery);
}

interface Filters {
  region: RegionType | null;
  category: ServiceCategory | null;
  unitId: string | null;
}

/** Every service (of a region, unit, category) by name: the catalogue, no SQL. */
function listCatalogue(catalog: CatalogSnapshot, filters: Filters, size: number, after: string | null): Omit<ServiceSearchPage, 'didYouMean' | 'regionFromQuery'> {
  let matches: readonly PublicServiceType[] = filters.region ? catalog.servicesOfRegion(filters.region.id) : catalog.services;
  if (filters.category) matches = matches.filter((s) => s.category === filters.category);
  if (filters.unitId) matches = matches.filter((s) => s.unitId === filters.unitId);

  let start = 0;
  if (after) {
    const [name, id] = decodeServiceCursor(after);
    const at = catalog.rank.get(id.toLowerCase());
    // The cursor's service is gone from the catalogue: continue after its name, as a keyset would.
    start = at !== undefined ? matches.findIndex((s) => catalog.rank.get(s.id)! > at) : matches.findIndex((s) => s.name > name);
    if (start < 0) start = matches.length;
  }
  const cursorOf = (s: PublicServiceType) => [s.name, s.id];
  const previousStart = Math.max(0, start - size);
  return {
    ...toConnection(matches.slice(start, start + size + 1), size, matches.length, cursorOf),
    hasPreviousPage: start > 0,
    previousCursor: previousStart > 0 ? encodeCursor(cursorOf(matches[previousStart - 1]!)) : null,
  };
}

/**
 * What an alternative is as lexemes: PostgreSQL's `suara_id` configuration makes them (unaccent and the
 * Indonesian stemmer: "kelahiran" → lahir), exactly as it made the services' vectors. A phrase keeps its
 * words' distances ("akta kelahiran" → akta at 0, lahir at 1). Kept per process: the configuration is
 * fixed by a migration, so a word's lexemes never change while the process runs.
 */
const STEMS_MAX = 20_000;
const stems = new Map<string, PhraseItem[]>();

/** The alternatives' phrases, for this request: read from the process's store, the missing ones made by PostgreSQL. */
async function stemmed(em: () => EntityManager, alternatives: Iterable<string>): Promise<Map<string, PhraseItem[]>> {
  const phrases = new Map<string, PhraseItem[]>();
  const missing: string[] = [];
  for (const a of new Set(alternatives)) {
    const known = stems.get(a);
    if (known) phrases.set(a, known);
    else missing.push(a);
  }
  if (!missing.length) return phrases;
  const rows = await em().execute<Array<{ a: string; v: string }>>(
    // Folded alternatives hold no newline; one text parameter, because the driver would spread an array.
    `select a, to_tsvector('suara_id', a)::text as v from unnest(string_to_array(?, chr(10))) as a`,
    [missing.join('\n')],
  );
  for (const { a, v } of rows) {
    const phrase = phraseOf(v);
    phrases.set(a, phrase);
    stems.set(a, phrase);
  }
  // The oldest first out (a Map keeps the order of insertion): a stream of new words cannot empty it.
  for (const oldest of stems.keys()) {
    if (stems.size <= STEMS_MAX) break;
    stems.delete(oldest);
  }
  return phrases;
}

async function corrections(em: EntityManager, words: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (!words.length) return found;
  const rows = await em.execute<Array<{ w: string; suggestion: string | null }>>(
    `select q.w, (select s.word from search_word s
                   where s.word % q.w and similarity(s.word, q.w) >= ?
                   order by similarity(s.word, q.w) desc, s.documents desc, s.word limit 1) as suggestion
       from unnest(string_to_array(?, ' ')) as q(w)`,
    // Folded words hold no spaces; one text parameter, because the driver would spread an array.
    [CORRECTION_MIN_SIMILARITY, words.join(' ')],
  );
  for (const row of rows) if (row.suggestion && row.suggestion !== row.w) found.set(row.w, row.suggestion);
  return found;
}

async function rankedSearch(
  catalog: CatalogSnapshot,
  em: () => EntityManager,
  groups: WordGroup[],
  words: string[],
  filters: Filters,
  size: number,
  after: string | null,
  regionFromQuery: RegionType | null,
): Promise<ServiceSearchPage> {
  const offset = after ? decodeRankCursor(after) : 0;
  const unknown = groups.filter((g) => g.unknown).map((g) => g.typed);
  const fixes = unknown.length ? await corrections(em(), unknown) : new Map<string, string>();
  const alternativesOf = groups.map((g) => {
    const alternatives = [...g.alternatives];
    const fix = fixes.get(g.typed);
    if (fix) alternatives.push(fix, ...(catalog.synonymsByTerm.get(fix) ?? []));
    return alternatives;
  });
  const phrases = await stemmed(em, alternativesOf.flat());

  // Per group and service, the best weight at which the service matches the group (-1: not at all).
  // A group whose alternatives another group already had ("per per per") shares its result rather
  // than walking the same posting lists again; it still counts once more in the score, as each of
  // the citizen's words does.
  const index = searchIndexOf(catalog);
  const services = catalog.services;
  const touched: number[] = [];
  const seen = new Uint8Array(services.length);
  const bestByAlternatives = new Map<string, Int8Array>();
  const best = alternativesOf.map((list) => {
    const alternatives = [...new Set(list)];
    const key = alternatives.join('\n');
    const shared = bestByAlternatives.get(key);
    if (shared) return shared;
    const bestOfGroup = new Int8Array(services.length).fill(-1);
    bestByAlternatives.set(key, bestOfGroup);
    const visit = (doc: number, weight: number) => {
      if (weight > bestOfGroup[doc]!) bestOfGroup[doc] = weight;
      if (!seen[doc]) {
        seen[doc] = 1;
        touched.push(doc);
      }
    };
    for (const alternative of alternatives) {
      const items = phrases.get(alternative) ?? [];
      index.eachWithPhrase(items, visit);
      // A single word also as the start of the stored lexemes, because the stemmer is not symmetric
      // ("periksa" stems to "iksa" while "pemeriksaan" stems to "periksa"): decision record 0037.
      if (!alternative.includes(' ') && alternative.length >= 3) {
        for (const lexeme of index.lexemesStartingWith(alternative)) if (items.length !== 1 || lexeme !== items[0]!.lexeme) index.eachWithWord(lexeme, visit);
      }
    }
    return bestOfGroup;
  });

  // Per group: 4 when the service's name has it, 1 when only its unit, category or description do.
  // More of the citizen's words in the name beat fewer; among equals, the service most people use
  // (the document people need before a rarer one with the same words: "izin usaha" is the NIB before
  // a pharmacy's licence); then how strongly and in how short a text the words occur; then by name.
  const matches: Array<{ doc: number; score: number; users: number; relevance: number }> = [];
  for (const doc of touched) {
    const service = services[doc]!;
    if (filters.region && service.regionId !== filters.region.id) continue;
    if (filters.category && service.category !== filters.category) continue;
    if (filters.unitId && service.unitId !== filters.unitId) continue;
    let score = 0;
    let weights = 0;
    for (const bestOfGroup of best) {
      const weight = bestOfGroup[doc]!;
      if (weight < 0) continue;
      score += weight === WEIGHT_A ? 4 : 1;
      weights += WEIGHT_VALUE[weight]!;
    }
    matches.push({ doc, score, users: service.expectedAnnualUsers, relevance: weights / Math.log2(index.lengths[doc]! + 1) });
  }
  // The catalogue's services are in name order (then id), as PostgreSQL sorts them: the last tie-break.
  matches.sort((a, b) => b.score - a.score || b.users - a.users || b.relevance - a.relevance || a.doc - b.doc);

  const found = matches.slice(offset, offset + size + 1).map((m) => services[m.doc]!);
  const hasNextPage = found.length > size && offset + size < RANKED_MAX_OFFSET;
  const page = found.slice(0, size);
  const previousOffset = Math.max(0, offset - size);
  return {
    edges: page.map((node, i) => ({ node, cursor: rankCursor(offset + i + 1) })),
    pageInfo: { hasNextPage, endCursor: page.length ? rankCursor(offset + page.length) : null },
    totalCount: matches.length,
    hasPreviousPage: offset > 0,
    previousCursor: previousOffset > 0 ? rankCursor(previousOffset) : null,
    didYouMean: fixes.size ? correctedQuery(words, fixes) : null,
    regionFromQuery,
  };
}
