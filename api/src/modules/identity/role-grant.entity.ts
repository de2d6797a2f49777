import { Entity, Enum, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Role } from '../../common/enums.js';
import { Region, Unit } from '../geography/index.js';
import { StaffAccount } from './staff-account.entity.js';

/**
 * A role held over a scope: ADMIN over everything (no region), MODERATOR / HR / MAYOR over a region,
 * UNIT_OFFICER over one unit of a region.
 */
@Entity({ tableName: 'role_grant' })
@Index({ properties: ['account', 'role'] })
export class RoleGrant extends BaseEntity {
  @ManyToOne({ entity: () => StaffAccount, ref: true, deleteRule: 'cascade' })
  account!: Ref<StaffAccount>;

  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  @ManyToOne({ entity: () => Region, ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  region: Ref<Region> | null = null;

  @ManyToOne({ entity: () => Unit, ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  unit: Ref<Unit> | null = null;
}
