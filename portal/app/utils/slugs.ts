/**
 * Whether an address segment can be a slug at all. Anything else is answered "not found" (or, in a
 * query string, dropped) without asking the API, which would refuse it anyway.
 */
export function isServiceSlug(slug: string | null | undefined): slug is string {
  return typeof slug === 'string' && /^[a-z0-9-]{1,128}$/i.test(slug);
}

export function isRegionSlug(slug: string | null | undefined): slug is string {
  return typeof slug === 'string' && /^[a-z0-9-]{1,64}$/i.test(slug);
}
