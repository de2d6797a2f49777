import { graphql } from './generated';

/**
 * Selections several pages ask for in the same shape. Operations spread them by name
 * (`...ServiceSummary`); codegen appends the fragment to each operation's text, and with fragment
 * masking off (codegen.ts) the result types list its fields inline, as if written out. So nothing
 * imports these constants: they are here for codegen to find.
 */

/**
 * A service as it is named and linked wherever it appears: its unit (with abbreviation) and region.
 * The receipt pages do not link the region, and get its slug anyway: one shape is worth a field.
 */
export const serviceSummaryFragment = graphql(`
  fragment ServiceSummary on PublicService {
    slug
    name
    unit {
      name
      abbreviation
    }
    region {
      slug
      name
    }
  }
`);

/** What SatisfactionFacts (components/satisfaction.tsx) shows of a region's or a service's result. */
export const satisfactionFactsFragment = graphql(`
  fragment SatisfactionFacts on Satisfaction {
    periodFrom
    periodTo
    responseCount
    ikm
    grade
    provisional
    requiredSampleSize
  }
`);
