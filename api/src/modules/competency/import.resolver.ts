import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { importHrData } from './import.service.js';
import { ImportHrDataInput, ImportReportType } from './import.types.js';

@Resolver()
export class ImportResolver {
  @Authorized(Role.HR)
  @Mutation(() => ImportReportType, {
    description:
      'Imports a CSV of employees, assessments or paper SKM questionnaires for a region: bad rows are reported (line, column, message) and ' +
      'good rows stored in batches; a re-run of the same file changes nothing (HR of the region, ADMIN) / ' +
      'Impor CSV pegawai, penilaian, atau kuesioner SKM kertas untuk satu daerah.',
  })
  async importHrData(@Arg('input', () => ImportHrDataInput, { description: 'What to import, for which region, and whether only to check it / Data yang diimpor, daerahnya, dan apakah hanya diperiksa.' }) input: ImportHrDataInput, @Ctx() ctx: Context): Promise<ImportReportType> {
    const { report, touched } = await importHrData(ctx.em, await ctx.catalog(), ctx.viewer, input, ctx.lang);
    if (touched.length) ctx.app.readCache.touch(touched);
    return report;
  }
}
