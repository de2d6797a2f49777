import { randomUUID } from 'node:crypto';
import type { TestApi } from '../support/api.js';
import { scoresOf, submit } from '../support/feedback.js';
import { hashPassword } from '../../src/modules/identity/index.js';
import type { Actor } from './types.js';

export interface ServiceRef {
  id: string;
  slug: string;
  unitId: string;
}

export interface RegionRef {
  id: string;
  slug: string;
  /** A service of the region's licensing unit (DPMPTSP), where the demo officer works. */
  licensing: ServiceRef;
  /** A service of the region's Dinas Kesehatan or one of its puskesmas (another unit). */
  health: ServiceRef;
  /** The licensing unit (DPMPTSP). */
  licensingUnitId: string;
  /** Dinas Kesehatan. */
  healthUnitId: string;
}

/** What rows build their requests from: the API, the two regions' ids, fixtures and the actors' tokens. */
export interface AuthzWorld {
  api: TestApi;
  mataram: RegionRef;
  kupang: RegionRef;
  /** Direct SQL for fixtures (never for what a row checks). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** A citizen's rating with a comment, in the given moderation state; returns the feedback id. */
  comment(service: ServiceRef, status?: 'PENDING' | 'PUBLISHED', text?: string): Promise<string>;
  /** Email of the actor's account (null for anonymous). */
  emailOf(actor: Actor): string | null;
  /** The account id behind an actor (null for anonymous). */
  accountIdOf(actor: Actor): Promise<string | null>;
}

export const PASSWORD = 'suara-demo';

const EMAILS: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: 'admin@suara.demo',
  moderator: 'moderator@mataram.demo',
  hr: 'hr@mataram.demo',
  mayor: 'mayor@mataram.demo',
  officer: 'officer@mataram.demo',
  moderatorKupang: 'moderator@kupang.demo',
  hrKupang: 'hr@kupang.demo',
  mayorKupang: 'mayor@kupang.demo',
  officerKupang: 'officer@kupang.demo',
  officerOtherUnit: 'officer-dinkes@mataram.matrix',
};

/**
 * Builds the world on the test database (demo data loaded by global-setup): looks up the ids and
 * creates the one account the demo lacks (an officer of another unit of Mataram).
 */
export async function buildWorld(api: TestApi): Promise<AuthzWorld> {
  const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    (await api.orm.em.fork().getConnection().execute(query, params)) as T[];

  const region = async (slug: string): Promise<RegionRef> => {
    const [r] = await sql<{ id: string }>('select id from region where slug = ?', [slug]);
    const [licensing] = await sql<{ unit_id: string }>(
      `select g.unit_id from role_grant g join staff_account a on a.id = g.account_id where a.email = ? and g.role = 'UNIT_OFFICER'`,
      [`officer@${slug}.demo`],
    );
    const [health] = await sql<{ id: string }>(
      `select u.id from unit u where u.region_id = ? and u.kind = 'DINAS' and exists (select 1 from unit c where c.parent_id = u.id) order by u.name limit 1`,
      [r!.id],
    );
    const service = async (unitIds: string[]): Promise<ServiceRef> => {
      const [s] = await sql<{ id: string; slug: string; unit_id: string }>(
        'select id, slug, unit_id from public_service where unit_id in (?) order by slug limit 1',
        [unitIds],
      );
      return { id: s!.id, slug: s!.slug, unitId: s!.unit_id };
    };
    const healthUnits = (await sql<{ id: string }>('select id from unit where id = ? or parent_id = ?', [health!.id, health!.id])).map((u) => u.id);
    return {
      id: r!.id,
      slug,
      licensingUnitId: licensing!.unit_id,
      healthUnitId: health!.id,
      licensing: await service([licensing!.unit_id]),
      health: await service(healthUnits),
    };
  };

  const mataram = await region('mataram');
  const kupang = await region('kupang');

  const otherOfficer = EMAILS.officerOtherUnit;
  const [existing] = await sql<{ id: string }>('select id from staff_account where email = ?', [otherOfficer]);
  if (!existing) {
    const id = randomUUID();
    await sql(
      `insert into staff_account (id, created_at, email, name, password_hash, active) values (?, now(), ?, 'Petugas Dinkes (matriks)', ?, true)`,
      [id, otherOfficer, await hashPassword(PASSWORD)],
    );
    await sql(`insert into role_grant (id, created_at, account_id, role, region_id, unit_id) values (?, now(), ?, 'UNIT_OFFICER', ?, ?)`, [
      randomUUID(),
      id,
      mataram.id,
      mataram.healthUnitId,
    ]);
  }

  return {
    api,
    mataram,
    kupang,
    sql,
    async comment(service, status = 'PUBLISHED', text = 'Pelayanan cukup baik, antrean agak lama.') {
      // Through the real rating path (scores in the rollups, like any citizen's), then published by
      // hand: the moderation API is what the matrix checks, not what builds its fixtures.
      const res = await submit(api, { serviceId: service.id, scores: scoresOf(3), comment: text });
      const id = res.data?.submitFeedback.feedback.id;
      if (!id) throw new Error(`fixture rating refused: ${JSON.stringify(res.errors)}`);
      if (status === 'PUBLISHED') {
        await sql(`update feedback set moderation_status = 'PUBLISHED', published_at = now() where id = ?`, [id]);
      }
      return id;
    },
    emailOf: (actor) => (actor === 'anonymous' ? null : EMAILS[actor]),
    async accountIdOf(actor) {
      if (actor === 'anonymous') return null;
      const [row] = await sql<{ id: string }>('select id from staff_account where email = ?', [EMAILS[actor]]);
      return row?.id ?? null;
    },
  };
}
