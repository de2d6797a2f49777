/**
 * Authorization matrix rows of HR imports (issue 9 point 7, decision record 0022): HR of Mataram and
 * ADMIN may import Mataram's employees, assessments and paper questionnaires; nobody else may, HR of
 * another region included. A dry run of a header-only file: an allowed call stores nothing.
 */
import { only, type OperationRow } from './types.js';

export const rows: OperationRow[] = [
  {
    operation: 'Mutation.importHrData',
    request: () => ({
      query: `mutation($input: ImportHrDataInput!) { importHrData(input: $input) { kind dryRun rowsRead imported unchanged rejected problemCount problems { line column message } } }`,
      variables: {
        input: { kind: 'SKM', regionSlug: 'mataram', dryRun: true, csv: 'layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,no_kuesioner\n' },
      },
    }),
    expect: only('admin', 'hr'),
  },
];
