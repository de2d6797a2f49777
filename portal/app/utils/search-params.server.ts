import { z } from 'zod';
import { CURSOR_MAX_LENGTH, SEARCH_MAX_LENGTH, SERVICE_CATEGORIES, type ServiceSearch } from './search-params';
import { isRegionSlug } from './slugs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const serviceSearchSchema = z.object({
  q: z.string().trim().max(SEARCH_MAX_LENGTH),
  // A malformed region, unit, category or cursor is dropped rather than reported: they come from our
  // own links and selects.
  wilayah: z.string().trim().toLowerCase().refine(isRegionSlug).nullable().catch(null),
  unit: z.string().trim().toLowerCase().regex(UUID).nullable().catch(null),
  kategori: z.string().trim().toUpperCase().pipe(z.enum(SERVICE_CATEGORIES)).nullable().catch(null),
  after: z.string().min(1).max(CURSOR_MAX_LENGTH).nullable().catch(null),
}) satisfies z.ZodType<ServiceSearch, unknown>;

export type ParsedServiceSearch = { ok: true; search: ServiceSearch } | { ok: false; search: ServiceSearch; problem: 'tooLong' };

/** Reads `/layanan`'s query string; zod in the loader only, so the browser bundle stays small. */
export function parseServiceSearch(params: URLSearchParams): ParsedServiceSearch {
  const raw = {
    q: params.get('q') ?? '',
    wilayah: params.get('wilayah') || null,
    unit: params.get('unit') || null,
    kategori: params.get('kategori') || null,
    after: params.get('after') || null,
  };
  const parsed = serviceSearchSchema.safeParse(raw);
  if (parsed.success) return { ok: true, search: parsed.data };
  // Only `q` can fail (the others fall back to null): keep what was typed so the form shows it.
  const rest = serviceSearchSchema.omit({ q: true }).parse(raw);
  return { ok: false, search: { ...rest, q: raw.q.trim(), after: null }, problem: 'tooLong' };
}
