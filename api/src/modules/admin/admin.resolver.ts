import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role, SurveyPeriodKind } from '../../common/enums.js';
import { PageArgs, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { PublicServiceType, RegionType, UnitType } from '../catalog/index.js';
import { RoleGrantType, StaffUser } from '../identity/index.js';
import { AdminEntityType } from './admin-audit.entity.js';
import {
  CreateRegionInput,
  CreateServiceInput,
  CreateStaffAccountInput,
  CreateUnitInput,
  GrantRoleInput,
  UpdateRegionInput,
  UpdateServiceInput,
  UpdateStaffAccountInput,
  UpdateUnitInput,
} from './admin.inputs.js';
import { AdminAuditEntryConnection, StaffUserConnection, TemporaryPassword, type AdminAuditEntryType } from './admin.types.js';
import { adminAuditLog } from './audit-log.service.js';
import { CatalogAdminService } from './catalog-admin.service.js';
import { StaffAdminService } from './staff-admin.service.js';

/** Staff accounts, roles, regions, units and services: ADMIN only; every change lands in `adminAuditLog`. */
@Resolver()
export class AdminResolver {
  @Authorized(Role.ADMIN)
  @Query(() => StaffUserConnection, { description: 'ADMIN: staff accounts by name; `search` matches part of a name or email, `regionSlug` keeps those with a role in that region.' })
  staffAccounts(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('regionSlug', () => String, { nullable: true }) regionSlug: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<StaffUser>> {
    return new StaffAdminService(ctx).list({ search, regionSlug, first: page.first, after: page.after });
  }

  @Authorized(Role.ADMIN)
  @Query(() => StaffUser, { nullable: true, description: 'ADMIN: one staff account, or null.' })
  staffAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffUser | null> {
    return new StaffAdminService(ctx).get(id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => AdminAuditEntryConnection, { description: 'ADMIN: every admin change, newest first; narrowed to one kind of entity or one entity.' })
  adminAuditLog(
    @Arg('entityType', () => AdminEntityType, { nullable: true }) entityType: AdminEntityType | null,
    @Arg('entityId', () => ID, { nullable: true }) entityId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<AdminAuditEntryType>> {
    return adminAuditLog(ctx, { entityType, entityId, first: page.first, after: page.after });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TemporaryPassword, { description: 'ADMIN: a new account with a temporary password, shown once; the owner must change it at first sign-in.' })
  createStaffAccount(@Arg('input', () => CreateStaffAccountInput) input: CreateStaffAccountInput, @Ctx() ctx: Context): Promise<TemporaryPassword> {
    return new StaffAdminService(ctx).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffUser, { description: 'ADMIN: change an account’s name or sign-in email.' })
  updateStaffAccount(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateStaffAccountInput) input: UpdateStaffAccountInput, @Ctx() ctx: Context): Promise<StaffUser> {
    return new StaffAdminService(ctx).update(id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TemporaryPassword, { description: 'ADMIN: a new temporary password; every session of the account ends, and it must be changed at the next sign-in.' })
  resetStaffPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TemporaryPassword> {
    return new StaffAdminService(ctx).resetPassword(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffUser, { description: 'ADMIN: deactivating ends every session of the account at once; not one’s own account, never the last active admin.' })
  setStaffAccountActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<StaffUser> {
    return new StaffAdminService(ctx).setActive(id, active);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RoleGrantType, { description: 'ADMIN: give an account a role (ADMIN: no scope; MODERATOR, HR, MAYOR: regionId; UNIT_OFFICER: unitId).' })
  grantRole(@Arg('input', () => GrantRoleInput) input: GrantRoleInput, @Ctx() ctx: Context): Promise<RoleGrantType> {
    return new StaffAdminService(ctx).grantRole(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'ADMIN: take a role away; never the last active admin’s ADMIN grant.' })
  revokeRole(@Arg('grantId', () => ID) grantId: string, @Ctx() ctx: Context): Promise<boolean> {
    return new StaffAdminService(ctx).revokeRole(grantId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RegionType, { description: 'ADMIN: a new region.' })
  createRegion(@Arg('input', () => CreateRegionInput) input: CreateRegionInput, @Ctx() ctx: Context): Promise<RegionType> {
    return new CatalogAdminService(ctx).createRegion(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RegionType, { description: 'ADMIN: change a region, including whether its rating form asks for a proof of work; the slug never changes.' })
  updateRegion(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateRegionInput) input: UpdateRegionInput, @Ctx() ctx: Context): Promise<RegionType> {
    return new CatalogAdminService(ctx).updateRegion(id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RegionType, {
    description:
      'ADMIN: how often a region surveys (quarter, semester or year); reports, follow-up plans and open data follow it / ' +
      'ADMIN: periode survei daerah (triwulan, semester atau tahun).',
  })
  setSurveyPeriod(
    @Arg('regionSlug', () => String, { description: 'The region / Slug daerah.' }) regionSlug: string,
    @Arg('period', () => SurveyPeriodKind, { description: 'QUARTER, SEMESTER or YEAR / Periode survei.' }) period: SurveyPeriodKind,
    @Ctx() ctx: Context,
  ): Promise<RegionType> {
    return new CatalogAdminService(ctx).setSurveyPeriod(regionSlug, period);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UnitType, { description: 'ADMIN: a new unit of a region, optionally below another unit of that region.' })
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: Context): Promise<UnitType> {
    return new CatalogAdminService(ctx).createUnit(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UnitType, { description: 'ADMIN: change a unit or move it in its region’s tree (never below itself).' })
  updateUnit(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput, @Ctx() ctx: Context): Promise<UnitType> {
    return new CatalogAdminService(ctx).updateUnit(id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PublicServiceType, { description: 'ADMIN: a new public service; its slug is made from the name once and never changes.' })
  createService(@Arg('input', () => CreateServiceInput) input: CreateServiceInput, @Ctx() ctx: Context): Promise<PublicServiceType> {
    return new CatalogAdminService(ctx).createService(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PublicServiceType, { description: 'ADMIN: change a service’s standard; the slug (its printed address) never changes.' })
  updateService(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateServiceInput) input: UpdateServiceInput, @Ctx() ctx: Context): Promise<PublicServiceType> {
    return new CatalogAdminService(ctx).updateService(id, input);
  }
}
