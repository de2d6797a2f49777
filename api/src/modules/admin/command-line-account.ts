import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError } from '../../common/errors.js';
import { Role } from '../../common/enums.js';
import { sql } from '../../common/sql.js';
import { checkPasswordPolicy, hashPassword } from '../identity/index.js';
import { AdminEntityType } from './admin-audit.entity.js';
import { recordAudit } from './audit.js';
import { checkEmail, Problems } from './validation.js';

export interface CommandLineAccount {
  email: string;
  name: string;
  password: string;
  role?: Role | null;
  /** For MODERATOR, HR and MAYOR. */
  regionSlug?: string | null;
}

/**
 * `pnpm suara user:create`: the first admin of a new install, made on the server by someone who can
 * reach its database — no default password ever exists (decision record 0014). The person types
 * their own password, so it is not a temporary one. Audited with no actor ("Sistem").
 */
export async function createAccountFromCommandLine(em: EntityManager, input: CommandLineAccount): Promise<{ id: string; email: string }> {
  const problems = new Problems();
  const email = checkEmail(problems, 'email', input.email)!;
  const name = problems.text('name', input.name, { min: 1, max: 200 }, { id: 'Nama', en: 'The name' })!;
  problems.throwIfAny();
  checkPasswordPolicy(input.password, email, 'password');
  const role = input.role ?? null;
  if (role === Role.UNIT_OFFICER) {
    throw new BadInputError({ id: 'Petugas unit dibuat dari halaman admin, bukan dari baris perintah.', en: 'Unit officers are created on the admin pages, not on the command line.' });
  }
  if (role && role !== Role.ADMIN && !input.regionSlug) {
    throw new BadInputError({ id: `Peran ${role} memerlukan --region <slug>.`, en: `The ${role} role needs --region <slug>.` });
  }
  const hash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    const exec = <T>(q: { text: string; params: unknown[] }) => tx.execute<T[]>(q.text, q.params);
    const [existing] = await exec(sql`select 1 from staff_account where email = ${email}`);
    if (existing) throw new ConflictError({ id: `Sudah ada akun dengan email ${email}.`, en: `An account with the email ${email} already exists.` });
    let regionId: string | null = null;
    if (role && role !== Role.ADMIN) {
      const [region] = await exec<{ id: string }>(sql`select id from region where slug = ${input.regionSlug!.trim().toLowerCase()}`);
      if (!region) throw new BadInputError({ id: `Tidak ada wilayah dengan slug ${input.regionSlug}.`, en: `There is no region with the slug ${input.regionSlug}.` });
      regionId = region.id;
    }
    const [account] = await exec<{ id: string }>(
      sql`insert into staff_account (id, created_at, email, name, password_hash, active, must_change_password)
        values (gen_random_uuid(), now(), ${email}, ${name}, ${hash}, true, false) returning id`,
    );
    await recordAudit(tx, { actorId: null, action: 'CREATE_STAFF_ACCOUNT', entityType: AdminEntityType.STAFF_ACCOUNT, entityId: account!.id, before: null, after: { email, name, active: true, mustChangePassword: false } });
    if (role) {
      const [grant] = await exec<{ id: string }>(
        sql`insert into role_grant (id, created_at, account_id, role, region_id, unit_id) values (gen_random_uuid(), now(), ${account!.id}::uuid, ${role}, ${regionId}::uuid, null) returning id`,
      );
      await recordAudit(tx, { actorId: null, action: 'GRANT_ROLE', entityType: AdminEntityType.ROLE_GRANT, entityId: grant!.id, before: null, after: { accountId: account!.id, role, regionId, unitId: null } });
    }
    return { id: account!.id, email };
  });
}
