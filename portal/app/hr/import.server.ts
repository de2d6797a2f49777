import { graphql } from '../graphql/generated';

/** The HR import page's operation (issue 9 point 7; HR of the region or ADMIN). */
export const importHrDataMutation = graphql(`
  mutation ImportHrData($input: ImportHrDataInput!) {
    importHrData(input: $input) {
      kind
      dryRun
      rowsRead
      imported
      unchanged
      rejected
      problemCount
      problems {
        line
        column
        message
      }
    }
  }
`);
