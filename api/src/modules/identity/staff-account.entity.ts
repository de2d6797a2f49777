import { Collection, Entity, OneToMany, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { RoleGrant } from './role-grant.entity.js';

/** A person who signs in: moderator, unit officer, HR, mayor or admin. Citizens never have accounts. */
@Entity({ tableName: 'staff_account' })
export class StaffAccount extends BaseEntity {
  /** Stored lower-cased; sign-in compares lower-cased. */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** An argon2id PHC string (identity/password.ts; older rows may hold `scrypt$…`); never leaves the API. */
  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /**
   * Set when an admin creates the account or resets its password (the temporary password was seen by
   * someone else): until the owner chooses their own, the API answers only `me`, `changePassword` and
   * `logout` (auth-checker.ts).
   */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: Opt<boolean> = false;

  /**
   * Set by the demo world's loader: the account signs in with the demo's public password
   * (`suara-demo`, printed in the README). Cleared whenever the password changes (the owner's change,
   * an admin's reset); the password policy refuses `suara-demo` as a new one, so it never comes back.
   * While any active account has it, the API's start log and every staff page say so (0031).
   */
  @Property({ type: 'boolean', default: false })
  demoPassword: Opt<boolean> = false;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @OneToMany({ entity: () => RoleGrant, mappedBy: 'account' })
  grants = new Collection<RoleGrant>(this);
}
