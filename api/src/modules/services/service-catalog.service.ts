import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { BadInputError } from '../../common/errors.js';
import { ServiceCategory } from '../../common/enums.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { type Unit } from '../geography/unit.entity.js';
import { GeographyService, isUuid } from '../geography/geography.service.js';
import { PublicService } from './public-service.entity.js';
import { foldForSearch, searchWords } from './search-text.js';

export interface ServiceSearch {
  regionSlug?: string | null;
  search?: string | null;
  category?: string | null;
  unitId?: string | null;
  first?: number | null;
  after?: string | null;
}

/** What `search_text` holds for a service: its name, its unit's names and the category, folded. */
export function serviceSearchText(service: Pick<PublicService, 'name' | 'category'>, unit: Pick<Unit, 'name' | 'abbreviation'>): string {
  return foldForSearch([service.name, unit.name, unit.abbreviation ?? '', service.category].join(' '));
}

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class ServiceCatalog {
  constructor(private readonly em: EntityManager) {}

  /** Services by name (then id), filtered; a keyset-paginated connection. */
  async search(args: ServiceSearch): Promise<ConnectionShape<PublicService>> {
    const size = pageSize(args.first);
    const where: FilterQuery<PublicService>[] = [];

    if (args.regionSlug != null) {
      const region = await new GeographyService(this.em).regionBySlug(args.regionSlug);
      // An unknown region has no services: an empty page, as for any filter that matches nothing.
      if (!region) return toConnection([], size, 0, () => []);
      where.push({ region: region.id });
    }
    if (args.category != null && args.category !== '') {
      const category = args.category.trim().toUpperCase();
      if (!(Object.values(ServiceCategory) as string[]).includes(category)) {
        throw new BadInputError(
          {
            id: `Kategori "${args.category}" tidak dikenal. Pilih salah satu: ${Object.values(ServiceCategory).join(', ')}.`,
            en: `Unknown category "${args.category}". Use one of: ${Object.values(ServiceCategory).join(', ')}.`,
          },
          [{ field: 'category', message: { id: 'Kategori tidak dikenal.', en: 'Unknown category.' } }],
        );
      }
      where.push({ category: category as ServiceCategory });
    }
    if (args.unitId) {
      // Not a UUID: no unit has it, so nothing matches (and PostgreSQL never sees a malformed id).
      if (!isUuid(args.unitId)) return toConnection([], size, 0, () => []);
      where.push({ unit: args.unitId });
    }
    if (args.search != null) {
      if (args.search.length > 200) {
        throw new BadInputError(
          { id: 'Kata pencarian terlalu panjang (maksimal 200 karakter).', en: 'The search is too long (at most 200 characters).' },
          [{ field: 'search', message: { id: 'Maksimal 200 karakter.', en: 'At most 200 characters.' } }],
        );
      }
      for (const word of searchWords(args.search)) {
        where.push({ searchText: { $like: `%${escapeLike(word)}%` } });
      }
    }

    const filter: FilterQuery<PublicService> = where.length ? { $and: where } : {};
    const totalCount = await this.em.count(PublicService, filter);
    const paged: FilterQuery<PublicService>[] = [...where];
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2) as [string, string];
      paged.push({ $or: [{ name: { $gt: name } }, { name, id: { $gt: id } }] });
    }
    const rows = await this.em.find(PublicService, paged.length ? { $and: paged } : {}, {
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      limit: size + 1,
    });
    return toConnection(rows, size, totalCount, (s) => [s.name, s.id]);
  }

  bySlug(slug: string): Promise<PublicService | null> {
    return this.em.findOne(PublicService, { slug: slug.trim().toLowerCase() });
  }
}
