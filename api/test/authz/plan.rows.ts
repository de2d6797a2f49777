/**
 * Authorization matrix rows of the development plan and participation (issue 9, points 9 and 12c).
 * Targets are Mataram's: the plan names employees, so HR of Mataram and ADMIN only; participation
 * names units, not people, and the mayor's dashboard shows it: HR and MAYOR of Mataram, ADMIN.
 */
import { only, type OperationRow } from './types.js';

const nextYear = new Date().getUTCFullYear() + 1;

export const rows: OperationRow[] = [
  {
    operation: 'Query.developmentPlan',
    request: () => ({
      query: `query($y: Int!) { developmentPlan(regionSlug: "mataram", year: $y, budget: 50000000) { year budget spent remaining
        items { rank need { unit { name } competency { code } priority } program { title } participants { name nip reasons } cost explanation explanationEn }
        uncovered { need { competency { code } } reason explanation } } }`,
      variables: { y: nextYear },
    }),
    expect: only('admin', 'hr'),
  },
  {
    operation: 'Query.participation',
    request: () => ({ query: '{ participation(regionSlug: "mataram") { unit { name } invited completed declined noShow dropped pending rate low } }' }),
    expect: only('admin', 'hr', 'mayor'),
  },
];
