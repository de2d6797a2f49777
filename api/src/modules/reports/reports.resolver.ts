import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { UnitType } from '../catalog/index.js';
import { publishSkmReport, publishedSkmReport, publishedSkmReports, skmReportPreview, skmReports } from './reports.service.js';
import { SkmReportPreviewType, SkmReportType } from './reports.types.js';

@Resolver()
export class ReportsResolver {
  @Authorized(Role.UNIT_OFFICER, Role.HR, Role.MAYOR)
  @Query(() => [SkmReportType], {
    description:
      'Published Laporan SKM of a region or one unit, latest version each with its versions (HR and MAYOR of the region, the unit’s officer with unitId, ADMIN) / ' +
      'Laporan SKM yang telah terbit di satu daerah atau unit.',
  })
  async skmReports(
    @Arg('regionSlug', () => String, { description: 'The region / Slug daerah.' }) regionSlug: string,
    @Arg('period', () => String, { nullable: true, description: 'Only this survey period, e.g. 2026-S1 / Hanya periode ini.' }) period: string | null | undefined,
    @Arg('unitId', () => ID, { nullable: true, description: 'Only this unit / Hanya unit ini.' }) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SkmReportType[]> {
    return skmReports(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, period, unitId });
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR, Role.MAYOR)
  @Query(() => SkmReportPreviewType, {
    description:
      'The Laporan SKM of a unit and period as it would be published now, with why it cannot be yet (the unit’s officer, HR and MAYOR of the region, ADMIN) / ' +
      'Pratinjau Laporan SKM unit untuk satu periode.',
  })
  async skmReportPreview(
    @Arg('unitId', () => ID, { description: 'The unit / Unit.' }) unitId: string,
    @Arg('period', () => String, { description: 'Survey period key, e.g. 2026-S1 / Kode periode survei.' }) period: string,
    @Ctx() ctx: Context,
  ): Promise<SkmReportPreviewType> {
    return skmReportPreview(ctx.em, await ctx.catalog(), ctx.viewer, { unitId, period }, ctx.lang);
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR)
  @Mutation(() => SkmReportType, {
    description:
      'Publishes the Laporan SKM of a complete period with at least 5 responses as a snapshot; again with unchanged numbers returns it, with changed numbers ' +
      'it stores the next version (the unit’s officer, HR of the region, ADMIN) / Menerbitkan Laporan SKM unit untuk periode yang telah selesai.',
  })
  async publishSkmReport(
    @Arg('unitId', () => ID, { description: 'The unit / Unit.' }) unitId: string,
    @Arg('period', () => String, { description: 'A complete survey period, e.g. 2026-S1 / Periode survei yang telah selesai.' }) period: string,
    @Arg('signedBy', () => String, { description: 'Name and title of the head of unit who signs it off, 3–200 characters / Nama dan jabatan penanda tangan.' })
    signedBy: string,
    @Ctx() ctx: Context,
  ): Promise<SkmReportType> {
    return publishSkmReport(ctx.em, await ctx.catalog(), ctx.viewer, { unitId, period, signedBy });
  }

  @Query(() => [SkmReportType], {
    description:
      'Published Laporan SKM of a region, latest version each: public documents (PermenPANRB 14/2017), open to everyone / ' +
      'Laporan SKM yang telah terbit, terbuka untuk umum.',
  })
  async publishedSkmReports(
    @Arg('regionSlug', () => String, { description: 'The region / Slug daerah.' }) regionSlug: string,
    @Arg('period', () => String, { nullable: true, description: 'Only this survey period / Hanya periode ini.' }) period: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SkmReportType[]> {
    return publishedSkmReports(ctx.em, await ctx.catalog(), regionSlug, period);
  }

  @Query(() => SkmReportType, {
    nullable: true,
    description:
      'One published version of a Laporan SKM (the latest unless a version is asked for); null when there is none. Open to everyone / ' +
      'Satu versi Laporan SKM yang telah terbit.',
  })
  async publishedSkmReport(
    @Arg('id', () => ID, { description: 'The id of any version of the report / ID salah satu versi laporan.' }) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version number; the latest when omitted / Nomor versi.' }) version: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SkmReportType | null> {
    return publishedSkmReport(ctx.em, id, version);
  }
}

@Resolver(() => SkmReportType)
export class SkmReportResolver {
  @FieldResolver(() => UnitType, { description: 'The unit the report is about / Unit yang dilaporkan.' })
  async unit(@Root() report: SkmReportType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(report.unitId)!;
  }
}

@Resolver(() => SkmReportPreviewType)
export class SkmReportPreviewResolver {
  @FieldResolver(() => UnitType, { description: 'The unit the report is about / Unit yang dilaporkan.' })
  async unit(@Root() preview: SkmReportPreviewType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(preview.unitId)!;
  }
}
