/**
 * Folds text for search: lower case, accents removed (é → e), punctuation to spaces. The same fold is
 * applied to what is stored (`public_service.search_text`) and to what is asked, so "IZIN", "izin" and
 * "ízin" all find "Perizinan".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search, folded; every word must occur somewhere in the service's text. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean).slice(0, 8);
}

/** What `search_text` holds for a service: its name, its unit's names and the category, folded. */
export function serviceSearchText(service: { name: string; category: string }, unit: { name: string; abbreviation: string | null }): string {
  return foldForSearch([service.name, unit.name, unit.abbreviation ?? '', service.category].join(' '));
}
