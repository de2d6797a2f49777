/** How HR's people pages name the region in their addresses (ADMIN and HR of several regions pick one). */

/** The query parameter with which ADMIN (or HR of several regions) picks the region. */
import { HR_REGION_PARAM } from './region-param';

export const REGION_PARAM = HR_REGION_PARAM;

/** `?wilayah=` to carry on links and redirects when the staff member can pick among regions. */
export function regionQuery(regions: readonly unknown[], slug: string): string {
  return regions.length > 1 ? `${REGION_PARAM}=${encodeURIComponent(slug)}` : '';
}
