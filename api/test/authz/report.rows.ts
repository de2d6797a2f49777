/**
 * Authorization matrix rows of the Laporan SKM (decision record 0026). Targets are Mataram's DPMPTSP,
 * where the demo officer works and the demo world published the 2026-S1 report: HR and the unit's
 * officer publish (again with unchanged numbers returns the published report), the mayor reads,
 * published reports are public documents.
 */
import { everyone, only, type OperationRow } from './types.js';

const PERIOD = '2026-S1';

export const rows: OperationRow[] = [
  {
    operation: 'Query.skmReports',
    request: () => ({ query: `{ skmReports(regionSlug: "mataram", period: "${PERIOD}") { id periodKey version unit { name } versions { version } } }` }),
    expect: only('admin', 'hr', 'mayor'),
  },
  {
    operation: 'Query.skmReportPreview',
    request: (w) => ({
      query: `query($u: ID!) { skmReportPreview(unitId: $u, period: "${PERIOD}") { periodKey responseCount ikm publishable refusal published { version } } }`,
      variables: { u: w.mataram.licensingUnitId },
    }),
    expect: only('admin', 'hr', 'mayor', 'officer'),
  },
  {
    operation: 'Mutation.publishSkmReport',
    request: (w) => ({
      query: `mutation($u: ID!) { publishSkmReport(unitId: $u, period: "${PERIOD}", signedBy: "Kepala DPMPTSP (matriks)") { id version } }`,
      variables: { u: w.mataram.licensingUnitId },
    }),
    expect: only('admin', 'hr', 'officer'),
  },
  {
    operation: 'Query.publishedSkmReports',
    request: () => ({ query: '{ publishedSkmReports(regionSlug: "mataram") { id periodKey version ikm grade responseCount unit { name } } }' }),
    expect: everyone(),
  },
  {
    operation: 'Query.publishedSkmReport',
    request: async (w) => {
      const [row] = await w.sql<{ id: string }>(`select s.id from skm_report s where s.region_id = ? order by s.version limit 1`, [w.mataram.id]);
      return { query: 'query($id: ID!) { publishedSkmReport(id: $id) { id version signedBy content } }', variables: { id: row!.id } };
    },
    expect: everyone(),
  },
];
