import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Region, Unit } from '../modules/geography/index.js';
import { PublicService } from '../modules/services/index.js';
import { latestResponseLoader, publishedCommentsLoader, satisfactionLoader } from '../modules/feedback/index.js';

/**
 * Per-request DataLoaders: every relation a list can ask for is fetched in one query per relation
 * and request, never one per row (STYLE.md, 4). Built fresh for each request, so nothing is shared
 * between callers.
 */

/** Loads entities by id in one `where id in (…)`. */
export function byId<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the rows whose foreign key `fk` is each given id, ordered, in one query. */
export function groupedBy<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  fk: string,
  orderBy: QueryOrderMap<T>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await em.find(entity, { [fk]: { $in: [...ids] } } as unknown as FilterQuery<T>, { orderBy: orderBy as never });
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export function createLoaders(em: EntityManager) {
  return {
    regionById: byId(em, Region),
    unitById: byId(em, Unit),
    serviceById: byId(em, PublicService),
    unitsByRegion: groupedBy(em, Unit, 'region', { name: 'asc' }, (u) => u.region.id),
    servicesByUnit: groupedBy(em, PublicService, 'unit', { name: 'asc' }, (s) => s.unit.id),
    satisfaction: satisfactionLoader(em),
    latestResponse: latestResponseLoader(em),
    publishedComments: publishedCommentsLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
