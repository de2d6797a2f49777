import { graphql } from '../graphql/generated';

/** The region's SKM element → competency map, with the competencies HR can point an element at. */
export const elementMapQuery = graphql(`
  query HrElementMap($regionSlug: String!) {
    elementCompetencyMap(regionSlug: $regionSlug) {
      element
      serviceTechnical
      competencies {
        id
        code
        name
      }
    }
    competencies {
      id
      code
      name
      kind
    }
  }
`);

export const setElementMapMutation = graphql(`
  mutation HrSetElementMap($regionSlug: String!, $element: SkmElement!, $competencyIds: [ID!]!, $serviceTechnical: Boolean!) {
    setElementCompetencies(regionSlug: $regionSlug, element: $element, competencyIds: $competencyIds, serviceTechnical: $serviceTechnical) {
      element
    }
  }
`);
