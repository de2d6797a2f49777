/** Authorization matrix row of the open-data page (issue 10, point 4): public, for everyone. */
import { everyone, type OperationRow } from './types.js';

export const rows: OperationRow[] = [
  {
    operation: 'Query.openData',
    request: (w) => ({
      query: 'query ($s: String!) { openData(regionSlug: $s) { period { key state } rows { service { slug } version responseCount ikm grade } total { ikm } } }',
      variables: { s: w.mataram.slug },
    }),
    expect: everyone(),
  },
];
