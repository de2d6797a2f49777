import type { EntityManager } from '@mikro-orm/postgresql';
import { firstNotBefore } from '../../common/text.js';
import { RegionType, UnitType, PublicServiceType } from './catalog.types.js';

/**
 * Every region, unit and public service, held in each API process (decision record 0008). The
 * catalogue is small (a region has tens of units and hundreds of services; a national install some
 * tens of thousands of rows) and changes rarely, while every public page and every rating reads it:
 * a service page must not cost a database round trip to learn a service's name.
 *
 * Freshness: the database NOTIFYs `suara_catalog` after any statement that changes these tables
 * (migration 20261128120000), on every replica (db/listener.ts); `invalidate()` drops the copy and
 * the next reader loads a new one. A copy older than `ttlMs` is reloaded anyway, in case a
 * notification was lost.
 */
export interface CatalogSizes {
  regions: number;
  unitsPerRegion: number;
  servicesPerUnit: number;
}

/** An abbreviation or everyday spelling and the words it stands for (services/search-synonym.entity.ts). */
export interface SearchSynonymRow {
  id: string;
  term: string;
  expansion: string;
  builtIn: boolean;
}

export class CatalogSnapshot {
  /** By name, as PostgreSQL orders them. */
  readonly regions: readonly RegionType[];
  /** By name, then id, as PostgreSQL orders them: the order of `services(…)`. */
  readonly services: readonly PublicServiceType[];
  private readonly regionById = new Map<string, RegionType>();
  private readonly regionBySlugMap = new Map<string, RegionType>();
  private readonly unitById = new Map<string, UnitType>();
  private readonly unitsByRegion = new Map<string, UnitType[]>();
  private readonly serviceById = new Map<string, PublicServiceType>();
  private readonly serviceBySlugMap = new Map<string, PublicServiceType>();
  private readonly servicesByUnit = new Map<string, PublicServiceType[]>();
  private readonly servicesByRegion = new Map<string, PublicServiceType[]>();
  /** Position of each service in `services`, for keyset paging. */
  readonly rank = new Map<string, number>();
  /** The longest list of each kind: what the operation limits cost a list at (graphql/limits.ts). */
  readonly sizes: CatalogSizes;
  private readonly usersOf = new Map<string, number>();
  /** Expansions by term, for the search (services/search-query.ts). */
  readonly synonymsByTerm = new Map<string, string[]>();
  private lexicon: string[] | null = null;

  constructor(
    regions: RegionType[],
    units: UnitType[],
    services: PublicServiceType[],
    readonly loadedAt: number,
    readonly synonyms: readonly SearchSynonymRow[] = [],
    /**
     * Each service's `search_vector` as PostgreSQL prints it (`'akta':1A,4B 'lahir':2A`), in the order
     * of `services`: what the search's in-process index is built from (services/search-index.ts).
     */
    readonly searchVectors: readonly string[] = [],
  ) {
    for (const { term, expansion } of synonyms) {
      const list = this.synonymsByTerm.get(term) ?? [];
      list.push(expansion);
      this.synonymsByTerm.set(term, list);
    }
    this.regions = regions;
    this.services = services;
    for (const region of regions) {
      this.regionById.set(region.id, region);
      this.regionBySlugMap.set(region.slug, region);
      this.unitsByRegion.set(region.id, []);
      this.servicesByRegion.set(region.id, []);
    }
    for (const unit of units) {
      this.unitById.set(unit.id, unit);
      this.unitsByRegion.get(unit.regionId)?.push(unit);
      this.servicesByUnit.set(unit.id, []);
    }
    services.forEach((service, index) => {
      this.serviceById.set(service.id, service);
      this.serviceBySlugMap.set(service.slug, service);
      this.servicesByUnit.get(service.unitId)?.push(service);
      this.servicesByRegion.get(service.regionId)?.push(service);
      this.rank.set(service.id, index);
      this.usersOf.set(service.id, service.expectedAnnualUsers);
      for (const owner of [service.unitId, service.regionId]) this.usersOf.set(owner, (this.usersOf.get(owner) ?? 0) + service.expectedAnnualUsers);
    });
    const longest = (lists: Iterable<readonly unknown[]>) => {
      let max = 0;
      for (const list of lists) max = Math.max(max, list.length);
      return max;
    };
    this.sizes = { regions: regions.length, unitsPerRegion: longest(this.unitsByRegion.values()), servicesPerUnit: longest(this.servicesByUnit.values()) };
  }

  region(id: string): RegionType | null {
    return this.regionById.get(id) ?? null;
  }

  regionBySlug(slug: string): RegionType | null {
    return this.regionBySlugMap.get(slug.trim().toLowerCase()) ?? null;
  }

  unit(id: string): UnitType | null {
    return this.unitById.get(id) ?? null;
  }

  /** The units of a region, by name. */
  unitsOf(regionId: string): readonly UnitType[] {
    return this.unitsByRegion.get(regionId) ?? [];
  }

  service(id: string): PublicServiceType | null {
    return this.serviceById.get(id) ?? null;
  }

  serviceBySlug(slug: string): PublicServiceType | null {
    return this.serviceBySlugMap.get(slug.trim().toLowerCase()) ?? null;
  }

  /** The unit and every unit below it in the tree (an officer's inbox, a kiosk's services); empty for an unknown unit. */
  unitAndBelow(unitId: string): string[] {
    const unit = this.unit(unitId);
    if (!unit) return [];
    const children = new Map<string, string[]>();
    for (const u of this.unitsOf(unit.regionId)) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
    const out: string[] = [];
    const stack = [unit.id];
    while (stack.length) {
      const id = stack.pop()!;
      if (out.includes(id)) continue;
      out.push(id);
      stack.push(...(children.get(id) ?? []));
    }
    return out;
  }

  /** The services a unit delivers itself, by name. */
  servicesOfUnit(unitId: string): readonly PublicServiceType[] {
    return this.servicesByUnit.get(unitId) ?? [];
  }

  servicesOfRegion(regionId: string): readonly PublicServiceType[] {
    return this.servicesByRegion.get(regionId) ?? [];
  }

  /**
   * Every word of every service's search text, sorted: whether a typed word (or the start of one)
   * occurs at all, so that only unknown words cost a "did you mean" look-up. Built on first use.
   */
  knowsWord(word: string): boolean {
    if (!this.lexicon) {
      const words = new Set<string>();
      for (const service of this.services) for (const w of service.searchText.split(' ')) if (w) words.add(w);
      for (const w of (this.services.map((s) => s.description).join(' ').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])) words.add(w);
      this.lexicon = [...words].sort();
    }
    const lexicon = this.lexicon;
    const at = firstNotBefore(lexicon, word);
    return at < lexicon.length && lexicon[at]!.startsWith(word);
  }

  /** Expected users a year of a service, or summed over a unit's or a region's services (the SKM population). */
  expectedAnnualUsers(id: string): number {
    return this.usersOf.get(id) ?? 0;
  }
}

type Row = Record<string, unknown>;

/** One statement, so the three lists come from one snapshot of the database and never disagree. */
export async function loadSnapshot(em: EntityManager): Promise<CatalogSnapshot> {
  const loadedAt = Date.now();
  const [row] = await em.execute<Array<{ regions: Row[]; units: Row[]; services: Row[]; synonyms: Row[] }>>(
    `select
       (select coalesce(json_agg(r order by r.name, r.id), '[]') from
          (select id, slug, name, province, kind, time_zone, proof_of_work_required, survey_period from region) r) as regions,
       (select coalesce(json_agg(u order by u.name, u.id), '[]') from
          (select id, slug, name, abbreviation, kind, region_id, parent_id from unit) u) as units,
       (select coalesce(json_agg(s order by s.name, s.id), '[]') from
          (select id, slug, name, description, category, channel, requirements, promised_days, fee_rupiah,
                  expected_annual_users, region_id, unit_id, search_text, search_vector::text as search_vector
             from public_service) s) as services,
       (select coalesce(json_agg(y order by y.term, y.expansion), '[]') from
          (select id, term, expansion, built_in from search_synonym) y) as synonyms`,
  );
  const { regions, units, services, synonyms } = row!;
  return new CatalogSnapshot(
    regions.map((r) =>
      Object.assign(new RegionType(), {
        id: r.id,
        slug: r.slug,
        name: r.name,
        province: r.province,
        kind: r.kind,
        timeZone: r.time_zone,
        proofOfWorkRequired: r.proof_of_work_required,
        surveyPeriod: r.survey_period,
      }),
    ),
    units.map((u) =>
      Object.assign(new UnitType(), {
        id: u.id,
        slug: u.slug,
        name: u.name,
        abbreviation: u.abbreviation ?? null,
        kind: u.kind,
        regionId: u.region_id,
        parentId: u.parent_id ?? null,
      }),
    ),
    services.map((s) =>
      Object.assign(new PublicServiceType(), {
        id: s.id,
        slug: s.slug,
        name: s.name,
        description: s.description,
        category: s.category,
        channel: s.channel,
        requirements: s.requirements,
        promisedDays: s.promised_days,
        feeRupiah: s.fee_rupiah,
        expectedAnnualUsers: s.expected_annual_users,
        regionId: s.region_id,
        unitId: s.unit_id,
        searchText: s.search_text,
      }),
    ),
    loadedAt,
    synonyms.map((y) => ({ id: y.id as string, term: y.term as string, expansion: y.expansion as string, builtIn: y.built_in as boolean })),
    services.map((s) => (s.search_vector as string | null) ?? ''),
  );
}

export class Catalog {
  private snapshot: CatalogSnapshot | null = null;
  /** The last catalogue loaded, even if stale: served when a new one cannot be loaded. */
  private lastGood: CatalogSnapshot | null = null;
  private loading: Promise<CatalogSnapshot> | null = null;
  private generation = 0;
  private readonly waiters = new Set<() => void>();

  constructor(readonly ttlMs = 60_000) {}

  /**
   * The current catalogue. Loads it on the caller's EntityManager when there is none (one statement,
   * once per change; `em` is asked for only then): call it before opening a transaction, never inside
   * one, so that a request never holds a connection while another request's load waits for the pool.
   */
  async get(em: () => EntityManager): Promise<CatalogSnapshot> {
    const current = this.snapshot;
    if (current && Date.now() - current.loadedAt < this.ttlMs) return current;
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = loadSnapshot(em()).then(
      (loaded) => {
        // Changed again while loading: serve this one to its callers, but keep none.
        if (generation === this.generation) this.snapshot = loaded;
        this.lastGood = loaded;
        return loaded;
      },
      (error: unknown) => {
        // The database is away: a page that needs only names and slugs is still better served from
        // the last catalogue than refused (the scores it needs will say whether they can be read).
        if (this.lastGood) return this.lastGood;
        throw error;
      },
    );
    this.loading = loading;
    try {
      return await loading;
    } finally {
      if (this.loading === loading) this.loading = null;
    }
  }

  /** The catalogue last loaded, without loading one: null before the first load. */
  latest(): CatalogSnapshot | null {
    return this.snapshot ?? this.lastGood;
  }

  /** Something in the catalogue changed (a notification, or this process's own write). */
  invalidate(): void {
    this.generation++;
    this.snapshot = null;
    this.loading = null;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Resolves at the next invalidation: for tests that change the catalogue behind the API's back. */
  nextInvalidation(): Promise<void> {
    return new Promise((resolve) => this.waiters.add(resolve));
  }
}
