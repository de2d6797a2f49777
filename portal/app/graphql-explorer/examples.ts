/**
 * The saved HR operations the explorer opens with, one tab each. Their text lives in
 * docs/hr-queries/*.graphql, which the README's "GraphQL for HR analysts" section also uses;
 * examples.test.ts validates every file against api/schema.graphql, so none can rot unseen.
 */
import competencyGaps from '../../../docs/hr-queries/competency-gaps.graphql?raw';
import developmentNeeds from '../../../docs/hr-queries/development-needs.graphql?raw';
import facilitiesIssues from '../../../docs/hr-queries/facilities-issues.graphql?raw';
import regionUnits from '../../../docs/hr-queries/region-units.graphql?raw';
import trainingImpact from '../../../docs/hr-queries/training-impact.graphql?raw';
import unitCompetencyProfile from '../../../docs/hr-queries/unit-competency-profile.graphql?raw';

export interface ExampleOperation {
  /** The file in docs/hr-queries. */
  file: string;
  query: string;
  /** The variables editor's text: those without a default the analyst fills in from DevelopmentNeeds. */
  variables: Record<string, unknown>;
}

/** Ids for the examples that need one: the portal asks the API for them for HR (explorer.server.ts). */
export interface ExampleIds {
  unitId: string | null;
  programId: string | null;
}

const UNIT_HINT = 'a unit id from DevelopmentNeeds or RegionUnits';
const PROGRAM_HINT = 'a program id from suggestedPrograms in DevelopmentNeeds';

/** In tab order: the needs first, as the HR section's own pages start with them. */
export function exampleOperations(regionSlug: string, ids?: ExampleIds): ExampleOperation[] {
  const unitId = ids?.unitId ?? UNIT_HINT;
  return [
    { file: 'development-needs.graphql', query: developmentNeeds, variables: { regionSlug } },
    { file: 'competency-gaps.graphql', query: competencyGaps, variables: { unitId } },
    { file: 'unit-competency-profile.graphql', query: unitCompetencyProfile, variables: { unitId } },
    { file: 'training-impact.graphql', query: trainingImpact, variables: { programId: ids?.programId ?? PROGRAM_HINT } },
    { file: 'facilities-issues.graphql', query: facilitiesIssues, variables: { regionSlug } },
    { file: 'region-units.graphql', query: regionUnits, variables: { regionSlug } },
  ];
}
