import type { Role } from '../graphql/generated/graphql';

/** A role grant as the portal reads it from `me.roles`. */
export interface Grant {
  role: Role;
  region: { id: string; slug: string; name: string } | null;
  unit: { id: string; name: string } | null;
}

/** The staff pages, in the order of the staff navigation. */
export type StaffPage = 'moderation' | 'privacy' | 'inbox' | 'unit' | 'followUp' | 'reports' | 'hr' | 'mayor' | 'admin' | 'notifications' | 'kiosks';

export const STAFF_PAGE_PATH: Record<StaffPage, string> = {
  moderation: '/staf/moderasi',
  privacy: '/staf/privasi',
  inbox: '/staf/kotak-masuk',
  unit: '/staf/unit',
  followUp: '/staf/rtl',
  reports: '/staf/laporan',
  hr: '/staf/sdm',
  mayor: '/staf/pimpinan',
  admin: '/staf/admin',
  notifications: '/staf/notifikasi',
  kiosks: '/staf/kios',
};

/** Who may open each page; ADMIN everything (DESIGN.md, roles). The API checks again on every call. */
const PAGE_ROLES: Record<StaffPage, Role[]> = {
  moderation: ['MODERATOR', 'ADMIN'],
  // Requests to erase personal data (decision record 0034): beside moderation, by the same people —
  // the region's moderators already read every comment of the region and decide about them.
  privacy: ['MODERATOR', 'ADMIN'],
  inbox: ['UNIT_OFFICER', 'ADMIN'],
  // The unit's read-only overview: an officer's own unit (an ADMIN has none; they see every unit elsewhere).
  unit: ['UNIT_OFFICER'],
  // Follow-up plans (rencana tindak lanjut): officers and HR edit, the mayor reads (decision record 0025).
  followUp: ['UNIT_OFFICER', 'HR', 'MAYOR', 'ADMIN'],
  // The Laporan SKM (decision record 0026): the unit's officer and HR publish, the mayor reads.
  reports: ['UNIT_OFFICER', 'HR', 'MAYOR', 'ADMIN'],
  hr: ['HR', 'ADMIN'],
  // The service-quality dashboard: the head of region's, and HR's too, who plans the training it measures.
  mayor: ['MAYOR', 'HR', 'ADMIN'],
  admin: ['ADMIN'],
  // The notification outbox (decision record 0035): everyone sees the mails addressed to them, a
  // moderator their region's, an ADMIN all — the API scopes the rows.
  notifications: ['MODERATOR', 'UNIT_OFFICER', 'HR', 'MAYOR', 'ADMIN'],
  // Counter kiosks (issue 12): registered and revoked by the region's moderators, who already keep
  // watch over what arrives from the region's counters (CONTRACT.md, "Counter kiosks").
  kiosks: ['MODERATOR', 'ADMIN'],
};

export const hasRole = (grants: readonly Grant[], ...roles: Role[]) => grants.some((g) => roles.includes(g.role));

export function mayOpen(grants: readonly Grant[], page: StaffPage): boolean {
  return hasRole(grants, ...PAGE_ROLES[page]);
}

/** The pages this staff member's roles open, in navigation order. */
export function staffPages(grants: readonly Grant[]): StaffPage[] {
  return (Object.keys(PAGE_ROLES) as StaffPage[]).filter((page) => mayOpen(grants, page));
}

/**
 * The regions a staff member works in with a role (or any of several): every region for an ADMIN
 * (given the list of all), else the regions of their grants of those roles, each once, by name.
 */
export function regionsWithRole<R extends { slug: string; name: string }>(
  grants: readonly Grant[],
  role: Role | readonly Role[],
  allRegions: readonly R[],
): Array<{ slug: string; name: string }> {
  if (hasRole(grants, 'ADMIN')) return [...allRegions].map((r) => ({ slug: r.slug, name: r.name })).sort((a, b) => a.name.localeCompare(b.name));
  const roles: readonly Role[] = typeof role === 'string' ? [role] : role;
  const bySlug = new Map<string, { slug: string; name: string }>();
  for (const g of grants) if (roles.includes(g.role) && g.region) bySlug.set(g.region.slug, { slug: g.region.slug, name: g.region.name });
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The regions whose moderation queue this staff member works. */
export function moderatedRegions<R extends { slug: string; name: string }>(grants: readonly Grant[], allRegions: readonly R[]): Array<{ slug: string; name: string }> {
  return regionsWithRole(grants, 'MODERATOR', allRegions);
}

/** The units of this staff member's UNIT_OFFICER grants, each once. */
export function officerUnits(grants: readonly Grant[]): Array<{ id: string; name: string }> {
  const byId = new Map<string, { id: string; name: string }>();
  for (const g of grants) if (g.role === 'UNIT_OFFICER' && g.unit) byId.set(g.unit.id, g.unit);
  return [...byId.values()];
}
