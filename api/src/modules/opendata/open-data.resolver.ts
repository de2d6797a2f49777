import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { OpenDataTableType } from './open-data.types.js';
import { openDataTable } from './open-data.service.js';

/** The public open-data page of a region (issue 10, point 4): no sign-in, nothing personal. */
@Resolver(() => OpenDataTableType)
export class OpenDataResolver {
  @Query(() => OpenDataTableType, {
    description:
      'A region’s published SKM results per service for one survey period (the last published one by default), with its unit totals; for everyone, never below 5 responses / Hasil SKM wilayah yang diterbitkan per layanan untuk satu periode; untuk semua orang.',
  })
  async openData(
    @Arg('regionSlug', () => String, { description: 'The region, e.g. `mataram` / Wilayah, mis. `mataram`.' }) regionSlug: string,
    @Arg('period', () => String, {
      nullable: true,
      description: 'Period key (`2026-S1`, `2026-Q3`, `2026`); default the last published period / Kunci periode; bawaan periode terbit terakhir.',
    })
    period: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<OpenDataTableType> {
    return openDataTable(ctx.em, await ctx.catalog(), regionSlug, period);
  }
}
