/**
 * Authorization matrix rows of citizens' voices for HR (issue 9, point 4): the published comments and
 * forum posts of Mataram, for HR of Mataram and ADMIN only (not its moderator, not HR of Kupang).
 */
import { only, type OperationRow } from './types.js';

export const rows: OperationRow[] = [
  {
    operation: 'Query.citizenVoices',
    request: () => ({
      query: '{ citizenVoices(regionSlug: "mataram", first: 5) { totalCount edges { node { id kind text lowElements unit { name } competencyTags { code } } } } }',
    }),
    expect: only('admin', 'hr'),
  },
];
