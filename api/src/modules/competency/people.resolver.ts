import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/enums.js';
import type { Context } from '../../graphql/context.js';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, type ConnectionShape } from '../../graphql/connection.js';
import { RegionType, UnitType } from '../catalog/index.js';
import { CompetencyType } from './competency.types.js';
import { CompetencyInput, EmployeeInput, PositionInput, RecordAssessmentInput } from './people.inputs.js';
import {
  createCompetency,
  employeeCompetencies,
  getEmployee,
  listEmployees,
  listPositions,
  recordAssessment,
  saveEmployee,
  savePosition,
  setEmployeeActive,
  updateCompetency,
} from './people.service.js';
import { AssessmentType, CompetencyRequirementType, EmployeeCompetencyType, EmployeeConnection, EmployeeType, PositionType } from './people.types.js';

@ArgsType()
class EmployeesArgs {
  @Field(() => String, { description: 'The region / Daerah.' })
  regionSlug!: string;

  @Field(() => ID, { nullable: true, description: 'Only this unit of the region / Hanya unit ini.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'A part of the name or of the NIP, up to 100 characters / Sebagian nama atau NIP.' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: `How many, 1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE} / Jumlah per halaman.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page / Penanda halaman sebelumnya.' })
  after?: string | null;
}

/** Competency management for HR of a region (issue 9, 1): thin; the rules are in people.service.ts. */
@Resolver()
export class PeopleResolver {
  @Authorized(Role.HR)
  @Mutation(() => CompetencyType, {
    description:
      'Adds a technical competency to the region’s own dictionary, with its five level descriptors (HR of the region, ADMIN) / ' +
      'Menambah kompetensi teknis ke kamus daerah beserta lima deskripsi levelnya.',
  })
  async createCompetency(@Arg('input', () => CompetencyInput, { description: 'The competency / Kompetensi.' }) input: CompetencyInput, @Ctx() ctx: Context): Promise<CompetencyType> {
    return createCompetency(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }

  @Authorized(Role.HR)
  @Mutation(() => CompetencyType, {
    description:
      'Edits one of the region’s technical competencies; its code never changes and the national ones are read-only (HR of the region, ADMIN) / ' +
      'Mengubah kompetensi teknis daerah; kode tetap, kompetensi nasional tidak dapat diubah.',
  })
  async updateCompetency(
    @Arg('id', () => ID, { description: 'The competency / Kompetensi.' }) id: string,
    @Arg('input', () => CompetencyInput, { description: 'Its new text / Isian barunya.' }) input: CompetencyInput,
    @Ctx() ctx: Context,
  ): Promise<CompetencyType> {
    return updateCompetency(ctx.em, await ctx.catalog(), ctx.viewer, id, input);
  }

  @Authorized(Role.HR)
  @Query(() => [PositionType], {
    description: 'Positions of the region’s units with their standards, by unit and title (HR of the region, ADMIN) / Jabatan di unit daerah beserta standar kompetensinya.',
  })
  async positions(
    @Arg('regionSlug', () => String, { description: 'The region / Daerah.' }) regionSlug: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'Only this unit / Hanya unit ini.' }) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<PositionType[]> {
    return listPositions(ctx.em, await ctx.catalog(), ctx.viewer, regionSlug, unitId);
  }

  @Authorized(Role.HR)
  @Mutation(() => PositionType, {
    description:
      'Creates or updates a position; its standard is replaced as a whole (levels 1–5, each competency once) (HR of the region, ADMIN) / ' +
      'Membuat atau mengubah jabatan; standarnya diganti seluruhnya.',
  })
  async savePosition(@Arg('input', () => PositionInput, { description: 'The position / Jabatan.' }) input: PositionInput, @Ctx() ctx: Context): Promise<PositionType> {
    return savePosition(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }

  @Authorized(Role.HR)
  @Query(() => EmployeeConnection, {
    description: 'Employees of the region, by name; personal data (HR of the region, ADMIN) / Daftar pegawai daerah menurut nama; data pribadi.',
  })
  async employees(@Args(() => EmployeesArgs) args: EmployeesArgs, @Ctx() ctx: Context): Promise<ConnectionShape<EmployeeType>> {
    return listEmployees(ctx.em, await ctx.catalog(), ctx.viewer, args);
  }

  @Authorized(Role.HR)
  @Query(() => EmployeeType, { nullable: true, description: 'One employee; null when there is none (HR of the employee’s region, ADMIN) / Seorang pegawai.' })
  async employee(@Arg('id', () => ID, { description: 'The employee / Pegawai.' }) id: string, @Ctx() ctx: Context): Promise<EmployeeType | null> {
    return getEmployee(ctx.em, await ctx.catalog(), ctx.viewer, id);
  }

  @Authorized(Role.HR)
  @Mutation(() => EmployeeType, {
    description:
      'Adds or updates an employee: NIP checked and unique (CONFLICT when taken), unit of the region, position of the unit (HR of the region, ADMIN) / ' +
      'Menambah atau mengubah pegawai; NIP diperiksa dan unik.',
  })
  async saveEmployee(@Arg('input', () => EmployeeInput, { description: 'The employee / Pegawai.' }) input: EmployeeInput, @Ctx() ctx: Context): Promise<EmployeeType> {
    return saveEmployee(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }

  @Authorized(Role.HR)
  @Mutation(() => EmployeeType, {
    description: 'Deactivates (left, retired) or reactivates an employee; their history stays (HR of the region, ADMIN) / Menonaktifkan atau mengaktifkan kembali pegawai.',
  })
  async setEmployeeActive(
    @Arg('id', () => ID, { description: 'The employee / Pegawai.' }) id: string,
    @Arg('active', () => Boolean, { description: 'Active or not / Aktif atau tidak.' }) active: boolean,
    @Ctx() ctx: Context,
  ): Promise<EmployeeType> {
    return setEmployeeActive(ctx.em, await ctx.catalog(), ctx.viewer, id, active);
  }

  @Authorized(Role.HR)
  @Mutation(() => AssessmentType, {
    description:
      'Records an assessment; the latest per competency counts in gaps (HR of the employee’s region, ADMIN) / ' +
      'Mencatat hasil penilaian; yang terbaru per kompetensi dipakai untuk kesenjangan.',
  })
  async recordAssessment(@Arg('input', () => RecordAssessmentInput, { description: 'The assessment / Hasil penilaian.' }) input: RecordAssessmentInput, @Ctx() ctx: Context): Promise<AssessmentType> {
    return recordAssessment(ctx.em, await ctx.catalog(), ctx.viewer, input);
  }
}

@Resolver(() => PositionType)
export class PositionResolver {
  @FieldResolver(() => UnitType, { description: 'The unit / Unit.' })
  async unit(@Root() position: PositionType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(position.unitId)!;
  }

  @FieldResolver(() => [CompetencyRequirementType], { description: 'The standard: competencies and required levels / Standar kompetensi jabatan.' })
  requirements(@Root() position: PositionType, @Ctx() ctx: Context): Promise<CompetencyRequirementType[]> {
    return ctx.loaders.people.requirements.load(position.id);
  }
}

async function competencyOf(ctx: Context, id: string): Promise<CompetencyType> {
  return (await ctx.loaders.people.competency.load(id))!;
}

@Resolver(() => CompetencyRequirementType)
export class CompetencyRequirementResolver {
  @FieldResolver(() => CompetencyType, { description: 'The competency / Kompetensi.' })
  competency(@Root() requirement: CompetencyRequirementType, @Ctx() ctx: Context): Promise<CompetencyType> {
    return competencyOf(ctx, requirement.competencyId);
  }
}

@Resolver(() => AssessmentType)
export class AssessmentResolver {
  @FieldResolver(() => CompetencyType, { description: 'The competency assessed / Kompetensi yang dinilai.' })
  competency(@Root() assessment: AssessmentType, @Ctx() ctx: Context): Promise<CompetencyType> {
    return competencyOf(ctx, assessment.competencyId);
  }
}

@Resolver(() => EmployeeCompetencyType)
export class EmployeeCompetencyResolver {
  @FieldResolver(() => CompetencyType, { description: 'The competency / Kompetensi.' })
  competency(@Root() row: EmployeeCompetencyType, @Ctx() ctx: Context): Promise<CompetencyType> {
    return competencyOf(ctx, row.competencyId);
  }
}

@Resolver(() => EmployeeType)
export class EmployeeResolver {
  @FieldResolver(() => UnitType, { description: 'The unit they work in / Unit kerja.' })
  async unit(@Root() employee: EmployeeType, @Ctx() ctx: Context): Promise<UnitType> {
    return (await ctx.catalog()).unit(employee.unitId)!;
  }

  @FieldResolver(() => PositionType, { nullable: true, description: 'Their position; null when none is set / Jabatan; kosong bila belum ditetapkan.' })
  async position(@Root() employee: EmployeeType, @Ctx() ctx: Context): Promise<PositionType | null> {
    return employee.positionId ? ctx.loaders.people.position.load(employee.positionId) : null;
  }

  @FieldResolver(() => [EmployeeCompetencyType], {
    description:
      'The position’s required competencies with the latest assessment of each, then assessed ones it does not require / ' +
      'Kompetensi yang dipersyaratkan jabatan dengan penilaian terbarunya, lalu yang dinilai di luar standar.',
  })
  async competencies(@Root() employee: EmployeeType, @Ctx() ctx: Context): Promise<EmployeeCompetencyType[]> {
    const [requirements, assessments] = await Promise.all([
      employee.positionId ? ctx.loaders.people.requirements.load(employee.positionId) : Promise.resolve([]),
      ctx.loaders.people.assessments.load(employee.id),
    ]);
    return employeeCompetencies(requirements, assessments).map((row) => Object.assign(new EmployeeCompetencyType(), row));
  }

  @FieldResolver(() => [AssessmentType], { description: 'Every assessment, newest first / Semua hasil penilaian, terbaru lebih dulu.' })
  assessments(@Root() employee: EmployeeType, @Ctx() ctx: Context): Promise<AssessmentType[]> {
    return ctx.loaders.people.assessments.load(employee.id);
  }
}

@Resolver(() => CompetencyType)
export class CompetencyRegionResolver {
  @FieldResolver(() => RegionType, { nullable: true, description: 'The region that defined it; null for the national dictionary / Daerah pemilik; kosong untuk kompetensi nasional.' })
  async region(@Root() competency: CompetencyType, @Ctx() ctx: Context): Promise<RegionType | null> {
    return competency.regionId ? (await ctx.catalog()).region(competency.regionId) : null;
  }
}
