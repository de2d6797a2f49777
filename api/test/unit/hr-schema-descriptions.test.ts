import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, type GraphQLArgument, type GraphQLField, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The HR part of the schema is read by HR analysts in the GraphQL explorer (decision record 0023):
 * every type, field, argument and enum value of it is described in English and Indonesian,
 * "English … / Indonesian …". To cover a new HR type, add its name to HR_TYPES (objects, inputs and
 * enums alike); a new HR query or mutation, to HR_OPERATIONS.
 */
const HR_TYPES = [
  'Competency',
  'CompetencyKind',
  'CompetencyGap',
  'DevelopmentNeed',
  'NeedEvidence',
  'TrainingProgram',
  'TrainingPartner',
  'TrainingImpact',
  'ImpactWindow',
  'UnitCompetencyProfile',
  'EmployeeCompetencyProfile',
  'FacilitiesIssue',
  'ElementLink',
  'PartnerKind',
  'TrainingMode',
  'TrainingForm',
  'Enrolment',
  'EnrolmentStatus',
  'EnrolledEmployee',
  'UnitOverview',
  'PartnerInput',
  'TrainingProgramInput',
  'EnrolmentUpdateInput',
  'AssessmentCoverage',
  'OverdueEmployee',
  'CitizenVoice',
  'CitizenVoiceService',
  'CitizenVoiceUnit',
  'CompetencyHeatmap',
  'HeatmapRow',
  'HeatmapCell',
  'DevelopmentPlan',
  'PlanItem',
  'UnitParticipation',
  'PlanParticipant',
  'ParticipantReason',
  'UncoveredNeed',
  'UncoveredReason',
  'Employee',
  'Assessment',
  'AssessmentMethod',
  'EmployeeCompetency',
  'EmploymentType',
  'Position',
  'PositionKind',
  'CompetencyRequirement',
  'EmployeeProfile',
  'ProfileCompetency',
  'DevelopmentActivity',
  'EmployeeSummary',
  'DevelopmentActivityKind',
  'ProfilePosition',
  'ProfileTraining',
  'PotentialEntry',
  'UnitProgramImpact',
  'UnitComment',
  'UnitServiceScores',
  'CompetencyInput',
  'ImportReportType',
  'ImportKind',
  'ImportProblemType',
  'ImportHrDataInput',
  'RecordAssessmentInput',
  'DevelopmentActivityInput',
  'EmployeeInput',
  'PositionInput',
  'RequirementInput',
  'AssessmentCyclePayload',
  // Laporan SKM (decision record 0026).
  'SkmReport',
  'SkmReportVersion',
  'SkmReportPreview',
];

/** Query and Mutation fields of HR: their own description and each argument's. */
const HR_OPERATIONS = {
  Query: [
    'competencies',
    'competencyGaps',
    'developmentNeeds',
    'elementCompetencyMap',
    'facilitiesIssues',
    'trainingImpact',
    'unitCompetencyProfile',
    'trainingPrograms',
    'trainingProgram',
    'partners',
    'unitOverview',
    'assessmentCoverage',
    'citizenVoices',
    'competencyHeatmap',
    'developmentPlan',
    'employee',
    'employeeProfile',
    'employees',
    'participation',
    'positions',
    'potentialEmployees',
    'skmReports',
    'skmReportPreview',
    'publishedSkmReports',
    'publishedSkmReport',
  ],
  Mutation: [
    'setElementCompetencies',
    'tagCompetency',
    'untagCompetency',
    'saveTrainingProgram',
    'savePartner',
    'enrolEmployees',
    'updateEnrolment',
    'createCompetency',
    'updateCompetency',
    'importHrData',
    'recordAssessment',
    'recordDevelopmentActivity',
    'saveEmployee',
    'savePosition',
    'setAssessmentCycle',
    'setEmployeeActive',
    'setTargetPosition',
    'publishSkmReport',
  ],
} as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(root, 'api/schema.graphql'), 'utf8'));

/** "English … / Indonesian …": text on both sides of the first " / ". */
export function bilingual(description: string | null | undefined): boolean {
  if (!description) return false;
  const at = description.indexOf(' / ');
  return at > 0 && description.slice(0, at).trim() !== '' && description.slice(at + 3).trim() !== '';
}

/** Every place of one type that lacks a bilingual description, as `Type.field(arg)`. */
function missing(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!type) return [`${typeName} (not in the schema: remove it from HR_TYPES or restore it)`];
  const out: string[] = [];
  if (!bilingual(type.description)) out.push(typeName);
  if (isObjectType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!bilingual(field.description)) out.push(`${typeName}.${field.name}`);
      if ('args' in field) out.push(...missingArgs(`${typeName}.${field.name}`, field.args));
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!bilingual(value.description)) out.push(`${typeName}.${value.name}`);
  }
  return out;
}

function missingArgs(at: string, args: readonly GraphQLArgument[]): string[] {
  return args.filter((arg) => !bilingual(arg.description)).map((arg) => `${at}(${arg.name})`);
}

function operation(root: 'Query' | 'Mutation', name: string): GraphQLField<unknown, unknown> | undefined {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return type?.getFields()[name];
}

describe('the HR part of the schema speaks English and Indonesian', () => {
  it('recognises a bilingual description', () => {
    expect(bilingual('Competency gaps of a unit / Kesenjangan kompetensi unit.')).toBe(true);
    expect(bilingual('Competency gaps of a unit.')).toBe(false);
    expect(bilingual(' / Kesenjangan kompetensi unit.')).toBe(false);
    expect(bilingual('Competency gaps of a unit / ')).toBe(false);
    expect(bilingual(null)).toBe(false);
  });

  it.each(HR_TYPES)('%s: the type, every field, argument and value', (typeName) => {
    expect(missing(typeName)).toEqual([]);
  });

  it.each(Object.entries(HR_OPERATIONS).flatMap(([root, names]) => names.map((name) => [root as 'Query' | 'Mutation', name] as const)))(
    '%s.%s and its arguments',
    (root, name) => {
      const field = operation(root, name);
      expect(field, `${root}.${name} is not in the schema: remove it from HR_OPERATIONS or restore it`).toBeDefined();
      const out = bilingual(field!.description) ? [] : [`${root}.${name}`];
      expect([...out, ...missingArgs(`${root}.${name}`, field!.args)]).toEqual([]);
    },
  );
});
