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

/** In tab order: the needs first, as the HR section's own pages start with them. */
export function exampleOperations(regionSlug: string): ExampleOperation[] {
  return [
    { file: 'development-needs.graphql', query: developmentNeeds, variables: { regionSlug } },
    { file: 'competency-gaps.graphql', query: competencyGaps, variables: { unitId: 'a unit id from DevelopmentNeeds or RegionUnits' } },
    { file: 'unit-competency-profile.graphql', query: unitCompetencyProfile, variables: { unitId: 'a unit id from DevelopmentNeeds or RegionUnits' } },
    { file: 'training-impact.graphql', query: trainingImpact, variables: { programId: 'a program id from suggestedPrograms in DevelopmentNeeds' } },
    { file: 'facilities-issues.graphql', query: facilitiesIssues, variables: { regionSlug } },
    { file: 'region-units.graphql', query: regionUnits, variables: { regionSlug } },
  ];
}
