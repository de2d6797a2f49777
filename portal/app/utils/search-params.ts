/** The API refuses longer searches; the form says so before the citizen sends one. */
export const SEARCH_MAX_LENGTH = 200;
export const RESULTS_PER_PAGE = 20;
/** Longer than any page cursor the API hands out: a longer one in an address is not worth sending. */
export const CURSOR_MAX_LENGTH = 512;

/** The service categories (API `PublicService.category`), in the order the filter lists them. */
export const SERVICE_CATEGORIES = ['KEPENDUDUKAN', 'PERIZINAN', 'KESEHATAN', 'PENDIDIKAN', 'SOSIAL', 'INFRASTRUKTUR', 'LINGKUNGAN', 'PERHUBUNGAN', 'ADMINISTRASI'] as const;
export type ServiceCategoryCode = (typeof SERVICE_CATEGORIES)[number];

/**
 * The query string of `/layanan`: `q` (words), `wilayah` (region slug), `unit` (unit id), `kategori`
 * (category code, lower case), `after` (cursor of the page before). Filters are GET parameters, so a
 * filtered search has an address and works without JavaScript.
 */
export interface ServiceSearch {
  q: string;
  wilayah: string | null;
  unit: string | null;
  kategori: ServiceCategoryCode | null;
  after: string | null;
}

/** The address of a results page; empty parts are left out so addresses stay short and shareable. */
export function serviceSearchHref(search: Partial<ServiceSearch>): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.wilayah) params.set('wilayah', search.wilayah);
  if (search.unit) params.set('unit', search.unit);
  if (search.kategori) params.set('kategori', search.kategori.toLowerCase());
  if (search.after) params.set('after', search.after);
  const query = params.toString();
  return query ? `/layanan?${query}` : '/layanan';
}
