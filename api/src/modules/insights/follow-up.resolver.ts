import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FollowUpStatus, Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import {
  agreeFollowUpPlan,
  draftFollowUpPlan,
  followUpFigures,
  followUpPlans,
  removeFollowUpAction,
  saveFollowUpAction,
  updateFollowUpStatus,
} from './follow-up.service.js';
import { publications, recordPublication, removePublication } from './follow-up.publications.js';
import {
  FollowUpActionInput,
  FollowUpActionType,
  FollowUpFiguresType,
  FollowUpPlanType,
  PublicationInput,
  SkmPublicationType,
} from './follow-up.types.js';

const PERIOD = 'Period key: 2026-S1 (semester), 2026-Q3 (quarter) or 2026 (year) / Kunci periode.';

/** Follow-up plans and the publication checklist (facts/LAPORAN.md; decision record 0025). */
@Resolver()
export class FollowUpResolver {
  @Authorized(Role.UNIT_OFFICER, Role.HR, Role.MAYOR)
  @Query(() => [FollowUpPlanType], {
    description:
      'Follow-up plans of a region’s units for a period, one entry per unit the caller may read, with or without a plan ' +
      '(officer: own units; HR and MAYOR of the region, ADMIN: every unit with services) / Rencana tindak lanjut unit per periode.',
  })
  async followUpPlans(
    @Arg('regionSlug', () => String, { description: 'The region / Slug daerah.' }) regionSlug: string,
    @Arg('period', () => String, { nullable: true, description: `${PERIOD.replace(' / ', '; default the last complete period of the region’s survey period / ')}` }) period: string | null | undefined,
    @Arg('unitId', () => ID, { nullable: true, description: 'Only this unit / Hanya unit ini.' }) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<FollowUpPlanType[]> {
    return followUpPlans(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, period, unitId });
  }

  @Authorized(Role.HR, Role.MAYOR)
  @Query(() => FollowUpFiguresType, {
    description:
      'Completion (done by deadline ÷ due) and speed (median days from agreement to done) of follow-up for a region and period, per unit ' +
      '(HR and MAYOR of the region, ADMIN) / Capaian dan kecepatan tindak lanjut daerah.',
  })
  async followUpFigures(
    @Arg('regionSlug', () => String, { description: 'The region / Slug daerah.' }) regionSlug: string,
    @Arg('period', () => String, { nullable: true, description: `${PERIOD.replace(' / ', '; default the last complete period / ')}` }) period: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<FollowUpFiguresType> {
    return followUpFigures(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, period });
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR)
  @Mutation(() => FollowUpPlanType, {
    description:
      'Drafts a unit’s plan for a complete period from its two or three weakest elements, with a suggested action each, due 90 days after the period; ' +
      'returns the existing plan when there is one (officer of the unit, HR of the region, ADMIN) / Menyusun draf rencana tindak lanjut.',
  })
  async draftFollowUpPlan(
    @Arg('unitId', () => ID, { description: 'The unit / Unit.' }) unitId: string,
    @Arg('period', () => String, { description: PERIOD }) period: string,
    @Ctx() ctx: Context,
  ): Promise<FollowUpPlanType> {
    return draftFollowUpPlan(ctx.em, await ctx.catalog(), ctx.viewer, { unitId, period });
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR)
  @Mutation(() => FollowUpPlanType, {
    description:
      'Changes an action (id), or adds one to a draft plan (unitId, period); an agreed plan only changes owners / Mengubah atau menambah tindakan.',
  })
  async saveFollowUpAction(
    @Arg('input', () => FollowUpActionInput, { description: 'The action / Tindakan.' }) input: FollowUpActionInput,
    @Ctx() ctx: Context,
  ): Promise<FollowUpPlanType> {
    return saveFollowUpAction(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR)
  @Mutation(() => FollowUpPlanType, { description: 'Removes an action from a draft plan / Menghapus tindakan dari draf.' })
  async removeFollowUpAction(@Arg('id', () => ID, { description: 'The action / Id tindakan.' }) id: string, @Ctx() ctx: Context): Promise<FollowUpPlanType> {
    return removeFollowUpAction(ctx.em, await ctx.catalog(), ctx.viewer, id);
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR)
  @Mutation(() => FollowUpPlanType, {
    description: 'Agrees a draft plan: every action needs an owner and a deadline; agreeing twice changes nothing / Menyepakati rencana tindak lanjut.',
  })
  async agreeFollowUpPlan(
    @Arg('unitId', () => ID, { description: 'The unit / Unit.' }) unitId: string,
    @Arg('period', () => String, { description: PERIOD }) period: string,
    @Ctx() ctx: Context,
  ): Promise<FollowUpPlanType> {
    return agreeFollowUpPlan(ctx.em, await ctx.catalog(), ctx.viewer, { unitId, period });
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR)
  @Mutation(() => FollowUpActionType, {
    description: 'Moves an action of an agreed plan: DONE needs evidence, DROPPED a reason / Memperbarui status tindakan.',
  })
  async updateFollowUpStatus(
    @Arg('id', () => ID, { description: 'The action / Id tindakan.' }) id: string,
    @Arg('status', () => FollowUpStatus, { description: 'The new status / Status baru.' }) status: FollowUpStatus,
    @Arg('evidence', () => String, { nullable: true, description: 'Evidence of completion (text or link), 3–1000 characters, for DONE / Bukti penyelesaian.' }) evidence: string | null | undefined,
    @Arg('reason', () => String, { nullable: true, description: 'Why it is dropped, 5–1000 characters, for DROPPED / Alasan pembatalan.' }) reason: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<FollowUpActionType> {
    return updateFollowUpStatus(ctx.em, await ctx.catalog(), ctx.viewer, { id, status, evidence, reason });
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR, Role.MAYOR)
  @Query(() => [SkmPublicationType], {
    description: 'Where a unit published its SKM results for a period; the portal counts once the period is complete / Daftar publikasi hasil SKM.',
  })
  async publications(
    @Arg('unitId', () => ID, { description: 'The unit / Unit.' }) unitId: string,
    @Arg('period', () => String, { nullable: true, description: `${PERIOD.replace(' / ', '; default the last complete period / ')}` }) period: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SkmPublicationType[]> {
    return publications(ctx.em, await ctx.catalog(), ctx.viewer, { unitId, period });
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR)
  @Mutation(() => SkmPublicationType, { description: 'Records a publication of a unit’s SKM results / Mencatat publikasi hasil SKM.' })
  async recordPublication(
    @Arg('input', () => PublicationInput, { description: 'The publication / Publikasi.' }) input: PublicationInput,
    @Ctx() ctx: Context,
  ): Promise<SkmPublicationType> {
    return recordPublication(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR)
  @Mutation(() => Boolean, { description: 'Removes a publication record entered by mistake / Menghapus catatan publikasi.' })
  async removePublication(@Arg('id', () => ID, { description: 'The record / Id catatan.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return removePublication(ctx.em, await ctx.catalog(), ctx.viewer, id);
  }
}
