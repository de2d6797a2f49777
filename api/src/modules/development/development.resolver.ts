import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { RegionType, UnitType } from '../catalog/index.js';
import { CompetencyType } from '../competency/index.js';
import {
  enrolEmployees,
  getProgram,
  listPartners,
  listPrograms,
  maySeeEnrolments,
  savePartner,
  saveProgram,
  updateEnrolment,
} from './development.service.js';
import {
  EnrolledEmployeeType,
  EnrolmentType,
  EnrolmentUpdateInput,
  PartnerInput,
  TrainingPartnerType,
  TrainingProgramInput,
  TrainingProgramType,
} from './development.types.js';

@Resolver()
export class DevelopmentResolver {
  @Authorized(Role.HR)
  @Query(() => [TrainingPartnerType], { description: 'The region’s training partners, by name (HR of the region, ADMIN) / Mitra pelatihan daerah.' })
  async partners(
    @Arg('regionSlug', () => String, { description: 'The region, e.g. mamuju / Slug daerah.' }) regionSlug: string,
    @Ctx() ctx: Context,
  ): Promise<TrainingPartnerType[]> {
    return listPartners(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug);
  }

  @Authorized(Role.HR)
  @Mutation(() => TrainingPartnerType, { description: 'Adds a partner (no id) or changes one of the region (HR of the region, ADMIN) / Menambah atau mengubah mitra.' })
  async savePartner(
    @Arg('input', () => PartnerInput, { description: 'The partner / Data mitra.' }) input: PartnerInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingPartnerType> {
    return savePartner(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }

  @Authorized(Role.HR)
  @Query(() => [TrainingProgramType], {
    description:
      'The region’s own programs first, then (includeShared) the programs other regions share, by title (HR of the region, ADMIN) / ' +
      'Program pengembangan daerah dan program yang dibagikan daerah lain.',
  })
  async trainingPrograms(
    @Arg('regionSlug', () => String, { description: 'The region, e.g. mamuju / Slug daerah.' }) regionSlug: string,
    @Arg('includeShared', () => Boolean, { defaultValue: true, description: 'Also other regions’ shared programs / Sertakan program daerah lain.' })
    includeShared: boolean,
    @Arg('competencyId', () => ID, { nullable: true, description: 'Only programs targeting this competency / Hanya program untuk kompetensi ini.' })
    competencyId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgramType[]> {
    return listPrograms(ctx.em, await ctx.catalog(), ctx.viewer, { regionSlug, includeShared, competencyId });
  }

  @Authorized(Role.HR)
  @Query(() => TrainingProgramType, {
    nullable: true,
    description:
      'One program (HR of its region, ADMIN; a shared program: HR of every region, without its enrolments); null when there is none / ' +
      'Satu program pengembangan.',
  })
  async trainingProgram(@Arg('id', () => ID, { description: 'Program id / Id program.' }) id: string, @Ctx() ctx: Context): Promise<TrainingProgramType | null> {
    return getProgram(ctx.em, await ctx.catalog(), ctx.viewer, id);
  }

  @Authorized(Role.HR)
  @Mutation(() => TrainingProgramType, {
    description:
      'Adds a program (no id) or changes one of the region: JP > 0, at least one competency, a partner of the same region, cost ≥ 0 ' +
      '(HR of the region, ADMIN) / Menambah atau mengubah program.',
  })
  async saveTrainingProgram(
    @Arg('input', () => TrainingProgramInput, { description: 'The program / Data program.' }) input: TrainingProgramInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgramType> {
    return saveProgram(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }

  @Authorized(Role.HR)
  @Mutation(() => [EnrolmentType], {
    description:
      'Enrols 1–100 active employees of the program’s region as PLANNED; an employee already in the program keeps their enrolment ' +
      '(safe to repeat). Returns their enrolments (HR of the program’s region, ADMIN) / Mendaftarkan pegawai ke program.',
  })
  async enrolEmployees(
    @Arg('programId', () => ID, { description: 'The program / Id program.' }) programId: string,
    @Arg('employeeIds', () => [ID], { description: '1–100 employees of the program’s region / 1–100 pegawai daerah program.' }) employeeIds: string[],
    @Ctx() ctx: Context,
  ): Promise<EnrolmentType[]> {
    return enrolEmployees(ctx.em, await ctx.catalog(), ctx.viewer, programId, employeeIds);
  }

  @Authorized(Role.HR)
  @Mutation(() => EnrolmentType, {
    description:
      'One step of an enrolment: PLANNED → ENROLLED, DECLINED or CANCELLED; ENROLLED → COMPLETED (with the day, not in the future, and JP ' +
      'earned, default the program’s), NO_SHOW, DROPPED or CANCELLED. DECLINED, NO_SHOW and DROPPED need a reason. Other steps are refused ' +
      '(HR of the program’s region, ADMIN) / Mencatat hasil keikutsertaan.',
  })
  async updateEnrolment(
    @Arg('input', () => EnrolmentUpdateInput, { description: 'The change / Perubahan.' }) input: EnrolmentUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<EnrolmentType> {
    return updateEnrolment(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }
}

@Resolver(() => TrainingProgramType)
export class TrainingProgramResolver {
  @FieldResolver(() => RegionType, { description: 'The owning region / Daerah pemilik program.' })
  async region(@Root() program: TrainingProgramType, @Ctx() ctx: Context): Promise<RegionType> {
    return (await ctx.catalog()).region(program.regionId)!;
  }

  @FieldResolver(() => TrainingPartnerType, { nullable: true, description: 'Who delivers it with the region / Mitra penyelenggara.' })
  async partner(@Root() program: TrainingProgramType, @Ctx() ctx: Context): Promise<TrainingPartnerType | null> {
    if (program.partner !== undefined) return program.partner;
    return program.partnerId ? ctx.loaders.development.partner.load(program.partnerId) : null;
  }

  @FieldResolver(() => [CompetencyType], { description: 'Competencies it targets / Kompetensi sasaran.' })
  async competencies(@Root() program: TrainingProgramType, @Ctx() ctx: Context): Promise<CompetencyType[]> {
    const found = await ctx.loaders.development.competency.loadMany(program.competencyIds ?? []);
    return found.filter((c): c is CompetencyType => c !== null && !(c instanceof Error)).sort((a, b) => a.code.localeCompare(b.code));
  }

  @FieldResolver(() => [EnrolmentType], {
    description:
      'Its enrolments, by employee name: only HR of the program’s region and ADMIN see them; everyone else (HR of another region ' +
      'looking at a shared program) gets an empty list, as people never leave their region / Peserta program; kosong bagi daerah lain.',
  })
  async enrolments(@Root() program: TrainingProgramType, @Ctx() ctx: Context): Promise<EnrolmentType[]> {
    if (!maySeeEnrolments(ctx.viewer, await ctx.catalog(), program)) return [];
    return ctx.loaders.development.programEnrolments.load(program.id);
  }
}

@Resolver(() => EnrolmentType)
export class EnrolmentResolver {
  @FieldResolver(() => EnrolledEmployeeType, { description: 'The employee / Pegawai peserta.' })
  async employee(@Root() enrolment: EnrolmentType, @Ctx() ctx: Context): Promise<EnrolledEmployeeType> {
    const row = (await ctx.loaders.development.employee.load(enrolment.employeeId))!;
    return Object.assign(new EnrolledEmployeeType(), { id: row.id, nip: row.nip, name: row.name, unitId: row.unit_id });
  }
}

@Resolver(() => EnrolledEmployeeType)
export class EnrolledEmployeeResolver {
  @FieldResolver(() => UnitType, { description: 'The employee’s unit / Unit kerja pegawai.' })
  async unit(@Root() employee: EnrolledEmployeeType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(employee.unitId)!;
  }
}
