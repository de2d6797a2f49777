/**
 * Whether an address segment can be a service slug at all. Anything else is answered "not found"
 * without asking the API, which would refuse it anyway.
 */
export function isServiceSlug(slug: string | undefined): slug is string {
  return typeof slug === 'string' && /^[a-z0-9-]{1,128}$/i.test(slug);
}
