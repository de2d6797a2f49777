import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import { citizenVoices, reasonCountsOf, type ReasonScope } from './citizen-voices.service.js';
import { lowScoreReasonLabel } from '@suara/skm';
import { SkmElementEnum } from '../../graphql/enums.js';
import type { SkmElement } from '../../common/enums.js';
import { CompetencyType } from '../competency/index.js';
import { elementCompetencyMap, setElementCompetencies, tagCompetency, untagCompetency } from './tagging.service.js';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { UnitType } from '../catalog/index.js';
import { TrainingProgramType } from '../development/index.js';
import { developmentNeeds, facilitiesIssues, trainingImpact } from './needs.service.js';
import { unitOverview } from './unit-overview.service.js';
import { CitizenVoiceType, LowScoreReasonCountType, LowScoreReasonPickType, DevelopmentNeedType, ElementLinkType, FacilitiesIssueType, TrainingImpactType, UnitOverviewType } from './insights.types.js';

@ObjectType({ description: 'A page of citizens’ published words / Satu halaman suara warga.' })
export class CitizenVoiceConnection extends Connection(CitizenVoiceType, 'CitizenVoice') {
  /** Where `reasonCounts` counts: the query's region and unit (not a GraphQL field). */
  reasonScope!: ReasonScope;
}

/** Shared argument descriptions of the HR queries (English / Indonesian, as every HR field: decision record 0023). */
const REGION_ARG = 'The region’s slug, e.g. mamuju / Slug daerah, mis. mamuju.';
const YEAR_ARG = 'Calendar year in the region’s time zone; default this year / Tahun kalender (zona waktu daerah); bawaan tahun ini.';

@Resolver()
export class InsightsResolver {
  @Authorized(Role.HR)
  @Query(() => CitizenVoiceConnection, {
    description:
      'Published comments and forum posts of the region as the public sees them, newest first, for HR to read and tag with competencies; ' +
      'nothing personal (HR of the region, ADMIN; first: 1–100, default 20) / ' +
      'Komentar dan kiriman forum warga yang sudah terbit, terbaru dulu, untuk dibaca dan ditandai kompetensi oleh SDM.',
  })
  async citizenVoices(
    @Arg('regionSlug', () => String, { description: 'The region / Slug daerah.' }) regionSlug: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'Only about this unit / Hanya tentang unit ini.' }) unitId: string | null | undefined,
    @Arg('competencyId', () => ID, {
      nullable: true,
      description:
        'Only items tagged with this competency or comments with a low score on an element linked to it / ' +
        'Hanya yang ditandai kompetensi ini atau komentar dengan nilai rendah pada unsur yang terkait.',
    })
    competencyId: string | null | undefined,
    @Arg('lowScoresOnly', () => Boolean, { defaultValue: false, description: 'Only comments with a score of 1–2 / Hanya komentar dengan nilai 1–2.' })
    lowScoresOnly: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'How many (1–100, default 20) / Jumlah per halaman.' }) first: number | null | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page / Penanda halaman sebelumnya.' }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<CitizenVoiceType> & { reasonScope: ReasonScope }> {
    return citizenVoices(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, unitId, competencyId, lowScoresOnly, first, after });
  }

  @Authorized(Role.HR)
  @Query(() => [DevelopmentNeedType], {
    description:
      'Development needs per unit and competency of a region, highest priority first, with evidence and suggested programs ' +
      '(HR of the region, ADMIN; year: calendar year in the region’s time zone, default this year; first: 1–200, default 50) / ' +
      'Kebutuhan pengembangan kompetensi, prioritas tertinggi dulu.',
  })
  async developmentNeeds(
    @Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string,
    @Arg('year', () => Int, { nullable: true, description: YEAR_ARG }) year: number | null | undefined,
    @Arg('competencyId', () => ID, { nullable: true, description: 'Only needs for this competency / Hanya kebutuhan untuk kompetensi ini.' })
    competencyId: string | null | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'How many needs, 1–200 / Jumlah kebutuhan, 1–200.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<DevelopmentNeedType[]> {
    return developmentNeeds(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, year, competencyId, first });
  }

  @Authorized(Role.HR, Role.MAYOR)
  @Query(() => [FacilitiesIssueType], {
    description:
      'Citizens’ facilities scores (SARANA_PRASARANA) per unit over the same 12 months as the needs, most low scores first: a facilities matter, ' +
      'not a people need (HR and MAYOR of the region, ADMIN) / Masalah sarana prasarana per unit.',
  })
  async facilitiesIssues(
    @Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string,
    @Arg('year', () => Int, { nullable: true, description: YEAR_ARG }) year: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<FacilitiesIssueType[]> {
    return facilitiesIssues(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug, year);
  }

  @Authorized(Role.HR)
  @Query(() => [TrainingImpactType], {
    description:
      'For each unit whose employees completed the program: the average of the elements linked to its competencies in a window before ' +
      'and after completion (windowDays, default 90), with response counts; null when a side has fewer than 5 responses. HR of the ' +
      'program’s region and ADMIN; a shared program: HR of every region / Dampak pelatihan.',
  })
  async trainingImpact(
    @Arg('programId', () => ID, { description: 'The program / Program pengembangan.' }) programId: string,
    @Arg('windowDays', () => Int, { nullable: true, defaultValue: 90, description: 'Days in each window, before and after / Jumlah hari tiap jendela, sebelum dan sesudah.' })
    windowDays: number,
    @Ctx() ctx: Context,
  ): Promise<TrainingImpactType[]> {
    return trainingImpact(ctx.em, await ctx.catalog(), ctx.viewer, programId, windowDays);
  }

  @Authorized(Role.UNIT_OFFICER, Role.HR, Role.MAYOR)
  @Query(() => UnitOverviewType, {
    description:
      'A unit’s read-only overview for its officers: citizens’ scores per service over the last 12 months, recent published comments and ' +
      'the measured impact of programs its employees completed, with no employee named (UNIT_OFFICER of the unit or a unit above it, ' +
      'HR and MAYOR of the region, ADMIN) / Ringkasan unit untuk petugas unit.',
  })
  async unitOverview(@Arg('unitId', () => ID, { description: 'The unit / Id unit.' }) unitId: string, @Ctx() ctx: Context): Promise<UnitOverviewType> {
    return unitOverview(ctx.em, await ctx.catalog(), ctx.loaders, ctx.viewer, unitId);
  }

  @Authorized(Role.HR, Role.MODERATOR)
  @Query(() => [ElementLinkType], {
    description:
      'The region’s SKM element → competency map, all nine elements (HR and MODERATOR of the region, ADMIN); the default of ' +
      'facts/KOMPETENSI.md until HR changes it / Peta unsur SKM ke kompetensi.',
  })
  async elementCompetencyMap(@Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string, @Ctx() ctx: Context): Promise<ElementLinkType[]> {
    return elementCompetencyMap(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug);
  }

  @Authorized(Role.HR)
  @Mutation(() => [ElementLinkType], {
    description:
      'Sets what one SKM element points at in the region (HR of the region, ADMIN); SARANA_PRASARANA points at nothing. Returns the whole map / ' +
      'Mengubah peta unsur SKM ke kompetensi.',
  })
  async setElementCompetencies(
    @Arg('regionSlug', () => String, { description: REGION_ARG }) regionSlug: string,
    @Arg('element', () => SkmElementEnum, { description: 'The SKM element to change / Unsur SKM yang diubah.' }) element: SkmElement,
    @Arg('competencyIds', () => [ID], { description: 'The competencies it points at from now on / Kompetensi terkait yang baru.' }) competencyIds: string[],
    @Arg('serviceTechnical', () => Boolean, {
      defaultValue: false,
      description: 'Also the technical competencies the rated service declares / Juga kompetensi teknis yang dinyatakan layanan.',
    })
    serviceTechnical: boolean,
    @Ctx() ctx: Context,
  ): Promise<ElementLinkType[]> {
    return setElementCompetencies(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, element, competencyIds, serviceTechnical });
  }

  @Authorized(Role.MODERATOR, Role.HR)
  @Mutation(() => [CompetencyType], {
    description:
      'Tags a comment or forum post with a competency; it feeds the feedback signal (MODERATOR and HR of its region, ADMIN). ' +
      'Returns the item’s tags / Menandai komentar atau kiriman forum dengan kompetensi.',
  })
  async tagCompetency(
    @Arg('itemId', () => ID, { description: 'A feedback (comment) id or a forum post id / Id komentar atau kiriman forum.' }) itemId: string,
    @Arg('competencyId', () => ID, { description: 'The competency to tag it with / Kompetensi penanda.' }) competencyId: string,
    @Ctx() ctx: Context,
  ): Promise<CompetencyType[]> {
    return tagCompetency(ctx.em, await ctx.catalog(), ctx.viewer, itemId, competencyId);
  }

  @Authorized(Role.MODERATOR, Role.HR)
  @Mutation(() => [CompetencyType], {
    description: 'Removes a competency tag (MODERATOR and HR of the item’s region, ADMIN). Returns the item’s tags / Menghapus penanda kompetensi.',
  })
  async untagCompetency(
    @Arg('itemId', () => ID, { description: 'A feedback (comment) id or a forum post id / Id komentar atau kiriman forum.' }) itemId: string,
    @Arg('competencyId', () => ID, { description: 'The competency tag to remove / Kompetensi penanda yang dihapus.' }) competencyId: string,
    @Ctx() ctx: Context,
  ): Promise<CompetencyType[]> {
    return untagCompetency(ctx.em, await ctx.catalog(), ctx.viewer, itemId, competencyId);
  }
}

@Resolver(() => CitizenVoiceType)
export class CitizenVoiceResolver {
  @FieldResolver(() => [CompetencyType], { description: 'Competencies moderators or HR tagged it with / Kompetensi yang ditandai.' })
  competencyTags(@Root() voice: CitizenVoiceType, @Ctx() ctx: Context): Promise<CompetencyType[]> {
    return ctx.loaders.competencyTags.load(voice.id);
  }
}

const REASON_LABEL = 'The reason in words, in the request’s language (Accept-Language) / Alasan dalam kata-kata.';

@Resolver(() => LowScoreReasonCountType)
export class LowScoreReasonCountResolver {
  @FieldResolver(() => String, { description: REASON_LABEL })
  label(@Root() count: LowScoreReasonCountType, @Ctx() ctx: Context): string {
    return lowScoreReasonLabel(count.element, count.reason, ctx.lang);
  }
}

@Resolver(() => LowScoreReasonPickType)
export class LowScoreReasonPickResolver {
  @FieldResolver(() => String, { description: REASON_LABEL })
  label(@Root() pick: LowScoreReasonPickType, @Ctx() ctx: Context): string {
    return lowScoreReasonLabel(pick.element, pick.reason, ctx.lang);
  }
}

@Resolver(() => CitizenVoiceConnection)
export class CitizenVoiceConnectionResolver {
  @FieldResolver(() => [LowScoreReasonCountType], {
    description:
      'How often each "what went wrong?" reason was given on scores of 1–2 in the region (or the unit asked for) over the last 12 months, ' +
      'in every rating, with or without a comment (spam left out); by element in the order of the SKM, most given first / ' +
      'Jumlah tiap alasan nilai rendah di daerah (atau unit) dalam 12 bulan terakhir.',
  })
  reasonCounts(@Root() connection: CitizenVoiceConnection, @Ctx() ctx: Context): Promise<LowScoreReasonCountType[]> {
    return reasonCountsOf(ctx.em, connection.reasonScope);
  }
}

@Resolver(() => DevelopmentNeedType)
export class DevelopmentNeedResolver {
  @FieldResolver(() => UnitType, { description: 'The unit / Unit kerja.' })
  async unit(@Root() need: DevelopmentNeedType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(need.unitId)!;
  }
}

@Resolver(() => TrainingImpactType)
export class TrainingImpactResolver {
  @FieldResolver(() => UnitType, { description: 'The unit / Unit kerja.' })
  async unit(@Root() impact: TrainingImpactType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(impact.unitId)!;
  }
}

@Resolver(() => FacilitiesIssueType)
export class FacilitiesIssueResolver {
  @FieldResolver(() => UnitType, { description: 'The unit / Unit kerja.' })
  async unit(@Root() issue: FacilitiesIssueType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(issue.unitId)!;
  }
}

@Resolver(() => UnitOverviewType)
export class UnitOverviewResolver {
  @FieldResolver(() => UnitType, { description: 'The unit / Unit.' })
  async unit(@Root() overview: UnitOverviewType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(overview.unitId)!;
  }
}

/** TrainingProgram.measuredImpact, batched for every program of a request (one impact statement). */
@Resolver(() => TrainingProgramType)
export class TrainingProgramImpactResolver {
  @FieldResolver(() => Number, {
    nullable: true,
    description:
      'The largest measured change (after − before, on the 1–4 scale) of linked element scores in any unit that completed it, ' +
      'counting only windows with at least 5 responses on each side (see trainingImpact); null when not measured / Dampak terukur terbesar.',
  })
  async measuredImpact(@Root() program: TrainingProgramType, @Ctx() ctx: Context): Promise<number | null> {
    if (program.measuredImpact !== undefined) return program.measuredImpact;
    return ctx.loaders.measuredImpact.load(program.id);
  }
}
