import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../../common/enums.js';
import { sql } from '../../common/sql.js';
import { TOKEN_LIFETIME_SECONDS } from './token.js';
import { Viewer, type Grant } from './viewer.js';

/** How stale `last_seen_at` may get before a request moves it: one write per user per few minutes, not per request. */
const SEEN_EVERY_SECONDS = 5 * 60;
/** Sessions ended this long ago are deleted when their account next signs in. */
const KEEP_ENDED_DAYS = 30;
const USER_AGENT_MAX = 200;

export interface OpenedSession {
  id: string;
  expiresAt: Date;
}

/** A new session of `accountId`, ending TOKEN_LIFETIME_SECONDS from now; the account's long-ended sessions are swept. */
export async function openSession(em: EntityManager, accountId: string, userAgent: string): Promise<OpenedSession> {
  const agent = userAgent.trim().slice(0, USER_AGENT_MAX) || null;
  const q = sql`with swept as (
      delete from staff_session where account_id = ${accountId}::uuid and expires_at < now() - make_interval(days => ${KEEP_ENDED_DAYS}::int)
    )
    insert into staff_session (id, account_id, created_at, expires_at, last_seen_at, revoked_at, user_agent)
    values (gen_random_uuid(), ${accountId}::uuid, now(), now() + make_interval(secs => ${TOKEN_LIFETIME_SECONDS}::int), now(), null, ${agent})
    returning id, expires_at`;
  const [row] = await em.execute<Array<{ id: string; expires_at: Date }>>(q.text, q.params);
  return { id: row!.id, expiresAt: new Date(row!.expires_at) };
}

/** Ends one session (logout). */
export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  const q = sql`update staff_session set revoked_at = now() where id = ${sessionId}::uuid and revoked_at is null`;
  await em.execute(q.text, q.params);
}

/** Ends every live session of an account, but `except` (password change keeps the new one). */
export async function revokeSessionsOf(em: EntityManager, accountId: string, except?: string): Promise<void> {
  const q = sql`update staff_session set revoked_at = now()
    where account_id = ${accountId}::uuid and revoked_at is null and expires_at > now() and id <> ${except ?? '00000000-0000-0000-0000-000000000000'}::uuid`;
  await em.execute(q.text, q.params);
}

interface ViewerRow {
  id: string;
  email: string;
  name: string;
  must_change_password: boolean;
  created_at: Date;
  last_login_at: Date | null;
  grants: Array<{ id: string; role: Role; regionId: string | null; unitId: string | null }>;
}

/**
 * The viewer of a live session: the session is not revoked nor expired, and its account is active.
 * This runs on every staff request, so it is one statement on primary keys and the grants' account
 * index; `last_seen_at` moves only when it is SEEN_EVERY_SECONDS old (a no-op otherwise).
 */
export async function viewerOfSession(em: EntityManager, accountId: string, sessionId: string): Promise<Viewer | null> {
  const q = sql`with live as (
      select s.id, s.account_id from staff_session s
      where s.id = ${sessionId}::uuid and s.account_id = ${accountId}::uuid and s.revoked_at is null and s.expires_at > now()
    ), seen as (
      update staff_session set last_seen_at = now()
      where id = (select id from live) and last_seen_at < now() - make_interval(secs => ${SEEN_EVERY_SECONDS}::int)
    )
    select a.id, a.email, a.name, a.must_change_password, a.created_at, a.last_login_at,
      coalesce((select json_agg(json_build_object('id', g.id, 'role', g.role, 'regionId', g.region_id, 'unitId', g.unit_id) order by g.role, g.id)
                from role_grant g where g.account_id = a.id), '[]'::json) as grants
    from live join staff_account a on a.id = live.account_id
    where a.active`;
  const [row] = await em.execute<ViewerRow[]>(q.text, q.params);
  if (!row) return null;
  const grants: Grant[] = row.grants.map((g) => ({ id: g.id, role: g.role, regionId: g.regionId, unitId: g.unitId }));
  return new Viewer(row.id, row.email, row.name, grants, {
    sessionId,
    mustChangePassword: row.must_change_password,
    createdAt: new Date(row.created_at),
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at) : null,
  });
}
