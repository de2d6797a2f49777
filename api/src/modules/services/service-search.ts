import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors.js';
import { ServiceCategory } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { raw, sql, type SqlQuery } from '../../common/sql.js';
import { excerpt } from '../../common/text.js';
import { badCursor, decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { CatalogSnapshot, PublicServiceType, RegionType } from '../catalog/index.js';
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
/** A prefix that matches more lexemes than this stays a prefix operand (`izin:*`) in the tsquery. */
const PREFIX_LEXEMES_MAX = 16;
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
 * answered from the in-process catalogue. With words, a ranked full-text search in PostgreSQL
 * (decision record 0037): synonyms, Indonesian stemming, a named place as the region, and pg_trgm
 * corrections for words no service contains.
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
  return rankedSearch(catalog, em(), plan.groups, plan.words, { region, category, unitId }, size, args.after ?? null, regionFromQuery);
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

/** Joins SQL fragments with a separator. */
function joined(fragments: SqlQuery[], separator: string): SqlQuery {
  return fragments.slice(1).reduce((acc, f) => sql`${acc}${raw(separator)}${f}`, fragments[0]!);
}

/**
 * One alternative as a tsquery: a phrase through the Indonesian configuration ("akta kelahiran" →
 * 'akta' <-> 'lahir'), and a single word also as a prefix of the unstemmed word, because the
 * stemmer is not symmetric ("periksa" stems to "iksa" while "pemeriksaan" stems to "periksa").
 */
function alternativeQuery(catalog: CatalogSnapshot, text: string): SqlQuery {
  if (text.includes(' ')) return sql`phraseto_tsquery('suara_id', ${text})`;
  const stemmed = sql`to_tsquery('suara_id', ${text})`;
  if (text.length < 3) return stemmed;
  // The prefix spelt out as the catalogue's lexemes it matches (none: no operand at all), which
  // PostgreSQL checks about ten times faster per row (decision record 0042); many: the prefix itself.
  const lexemes = catalog.lexemesStartingWith(text, PREFIX_LEXEMES_MAX);
  if (lexemes === null) return sql`(${stemmed} || to_tsquery('simple', ${text + ':*'}))`;
  if (lexemes.length === 0) return stemmed;
  return sql`(${stemmed} || ${lexemes.map(tsqueryLexeme).join(' | ')}::tsquery)`;
}

/** A lexeme as a tsquery's input quotes it, taken as it is ("e-ktp" stays one lexeme, not parsed again). */
const tsqueryLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

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
  em: EntityManager,
  groups: WordGroup[],
  words: string[],
  filters: Filters,
  size: number,
  after: string | null,
  regionFromQuery: RegionType | null,
): Promise<ServiceSearchPage> {
  const offset = after ? decodeRankCursor(after) : 0;
  const fixes = await corrections(
    em,
    groups.filter((g) => g.unknown).map((g) => g.typed),
  );
  const groupQueries = groups.map((g) => {
    const alternatives = [...g.alternatives];
    const fix = fixes.get(g.typed);
    if (fix) alternatives.push(fix, ...(catalog.synonymsByTerm.get(fix) ?? []));
    return joined(alternatives.map((a) => alternativeQuery(catalog, a)), ' || ');
  });

  // The query as a scalar subquery: PostgreSQL computes it once (an InitPlan) and hands it to the GIN
  // index. Joined from `g`, the planner scanned every service; spelt out in WHERE, `to_tsquery` (stable,
  // not immutable) was parsed and stemmed again for each of the 10,000 rows (decision record 0042).
  const matching = (alias: string): SqlQuery => {
    const where: SqlQuery[] = [sql`${raw(alias)}.search_vector @@ (select g.q from g)`];
    if (filters.region) where.push(sql`${raw(alias)}.region_id = ${filters.region.id}::uuid`);
    if (filters.category) where.push(sql`${raw(alias)}.category = ${filters.category}`);
    if (filters.unitId) where.push(sql`${raw(alias)}.unit_id = ${filters.unitId}::uuid`);
    return joined(where, ' and ');
  };
  // Per group: 4 when the service's name has it, 1 when only its unit, category or description do.
  // More of the citizen's words in the name beat fewer; among equals, the service most people use
  // (the document people need before a rarer one with the same words: "izin usaha" is the NIB before
  // a pharmacy's licence); then the text's own relevance.
  const score = joined(
    groupQueries.map((_, i) => sql`(case when s.search_name @@ g.q${raw(String(i))} then 4 when s.search_vector @@ g.q${raw(String(i))} then 1 else 0 end)`),
    ' + ',
  );
  const columns = joined(
    groupQueries.map((q, i) => sql`${q} as q${raw(String(i))}`),
    ', ',
  );
  const query = sql`
    with g0 as (select ${columns}),
         g as (select g0.*, ${joined(groupQueries.map((_, i) => sql`g0.q${raw(String(i))}`), ' || ')} as q from g0)
    select s.id, (select count(*) from public_service c where ${matching('c')}) as total
      from public_service s, g
     where ${matching('s')}
     order by ${score} desc,
              s.expected_annual_users desc,
              ts_rank(s.search_vector, g.q, 1) desc, s.name, s.id
     limit ${size + 1} offset ${offset}`;
  const rows = await em.execute<Array<{ id: string; total: string | number }>>(query.text, query.params);

  const services = rows.map((r) => catalog.service(r.id)).filter((s): s is PublicServiceType => s !== null);
  const total = rows.length ? Number(rows[0]!.total) : 0;
  const hasNextPage = services.length > size && offset + size < RANKED_MAX_OFFSET;
  const page = services.slice(0, size);
  const previousOffset = Math.max(0, offset - size);
  return {
    edges: page.map((node, i) => ({ node, cursor: rankCursor(offset + i + 1) })),
    pageInfo: { hasNextPage, endCursor: page.length ? rankCursor(offset + page.length) : null },
    totalCount: total,
    hasPreviousPage: offset > 0,
    previousCursor: previousOffset > 0 ? rankCursor(previousOffset) : null,
    didYouMean: fixes.size ? correctedQuery(words, fixes) : null,
    regionFromQuery,
  };
}
