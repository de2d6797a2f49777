import type { EntityManager } from '@mikro-orm/postgresql';
import { Region } from './region.entity.js';
import { Unit } from './unit.entity.js';

export class GeographyService {
  constructor(private readonly em: EntityManager) {}

  listRegions(): Promise<Region[]> {
    return this.em.find(Region, {}, { orderBy: { name: 'asc' } });
  }

  regionBySlug(slug: string): Promise<Region | null> {
    return this.em.findOne(Region, { slug: slug.trim().toLowerCase() });
  }

  unitById(id: string): Promise<Unit | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.findOne(Unit, { id });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row (and must not reach PostgreSQL as a cast error). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
