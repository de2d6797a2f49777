import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { StaffAccount } from './staff-account.entity.js';

/**
 * One sign-in of a staff member (decision record 0014). A token is accepted only while its session
 * lives: not revoked (logout, password change, reset, deactivation) and not past `expiresAt`. The
 * request path reads it by primary key together with the account and its grants, in one statement
 * (sessions.ts).
 */
@Entity({ tableName: 'staff_session' })
export class StaffSession {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne({ entity: () => StaffAccount, ref: true, deleteRule: 'cascade' })
  @Index()
  account!: Ref<StaffAccount>;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** The end of the session; the token's `exp` says the same instant. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Moved forward at most every few minutes (sessions.ts), so a busy user does not write on every request. */
  @Property({ type: 'datetime' })
  lastSeenAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  /** The browser that signed in, cut to 200 characters: for an "where am I signed in" list. */
  @Property({ type: 'string', length: 200, nullable: true })
  userAgent: string | null = null;
}
