import { graphql } from './generated';

/** A citizen flags a published comment or forum post for the moderators (the report form, utils/report). */
export const reportContentMutation = graphql(`
  mutation ReportContent($itemId: ID!, $reason: String!) {
    reportContent(itemId: $itemId, reason: $reason)
  }
`);
