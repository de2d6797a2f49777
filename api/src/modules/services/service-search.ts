import { BadInputError } from '../../common/errors.js';
import { ServiceCategory } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { excerpt } from '../../common/text.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { CatalogSnapshot, PublicServiceType } from '../catalog/index.js';
import { searchWords } from './search-text.js';

export interface ServiceSearch {
  regionSlug?: string | null;
  search?: string | null;
  category?: string | null;
  unitId?: string | null;
  first?: number | null;
  after?: string | null;
}

export const SEARCH_MAX = 200;

/** A `services` cursor: the service's name and id, the order of the list. */
export const decodeServiceCursor = (after: string) => decodeCursor(after, ['text', 'uuid'] as const);

/**
 * `services(…)`: the catalogue's services by name (then id), filtered, as a keyset-paginated
 * connection. Answered from the in-process catalogue: no database round trip.
 */
export function searchServices(catalog: CatalogSnapshot, args: ServiceSearch): ConnectionShape<PublicServiceType> {
  const size = pageSize(args.first);
  const empty = () => toConnection<PublicServiceType>([], size, 0, () => []);
  let candidates: readonly PublicServiceType[] = catalog.services;

  if (args.regionSlug != null) {
    const region = catalog.regionBySlug(args.regionSlug);
    // An unknown region has no services: an empty page, as for any filter that matches nothing.
    if (!region) return empty();
    candidates = catalog.servicesOfRegion(region.id);
  }
  const filters: Array<(s: PublicServiceType) => boolean> = [];
  if (args.category != null && args.category !== '') {
    const category = args.category.trim().toUpperCase();
    if (!(Object.values(ServiceCategory) as string[]).includes(category)) {
      throw new BadInputError(
        {
          id: `Kategori "${excerpt(args.category)}" tidak dikenal. Pilih salah satu: ${Object.values(ServiceCategory).join(', ')}.`,
          en: `Unknown category "${excerpt(args.category)}". Use one of: ${Object.values(ServiceCategory).join(', ')}.`,
        },
        [{ field: 'category', message: { id: 'Kategori tidak dikenal.', en: 'Unknown category.' } }],
      );
    }
    filters.push((s) => s.category === category);
  }
  if (args.unitId) {
    // Not a UUID: no unit has it, so nothing matches.
    if (!isUuid(args.unitId)) return empty();
    const unitId = args.unitId.toLowerCase();
    filters.push((s) => s.unitId === unitId);
  }
  if (args.search != null) {
    if (args.search.length > SEARCH_MAX) {
      throw new BadInputError(
        { id: `Kata pencarian terlalu panjang (maksimal ${SEARCH_MAX} karakter).`, en: `The search is too long (at most ${SEARCH_MAX} characters).` },
        [{ field: 'search', message: { id: `Maksimal ${SEARCH_MAX} karakter.`, en: `At most ${SEARCH_MAX} characters.` } }],
      );
    }
    for (const word of searchWords(args.search)) filters.push((s) => s.searchText.includes(word));
  }
  const matches = filters.length ? candidates.filter((s) => filters.every((f) => f(s))) : candidates;

  let start = 0;
  if (args.after) {
    const [name, id] = decodeServiceCursor(args.after);
    const at = catalog.rank.get(id.toLowerCase());
    // The cursor's service is gone from the catalogue: continue after its name, as a keyset would.
    start = at !== undefined ? matches.findIndex((s) => catalog.rank.get(s.id)! > at) : matches.findIndex((s) => s.name > name);
    if (start < 0) start = matches.length;
  }
  return toConnection(matches.slice(start, start + size + 1), size, matches.length, (s) => [s.name, s.id]);
}
