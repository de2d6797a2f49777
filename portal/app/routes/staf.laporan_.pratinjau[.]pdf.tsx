import type { LoaderFunctionArgs } from '@remix-run/node';
import { execute } from '../graphql/client.server';
import { langOf } from '../i18n/lang.server';
import { renderReportPdf, reportFileName, type ReportContent } from '../reports/pdf.server';
import { REPORT_FIELD } from '../reports/publish-form';
import { skmReportPreviewQuery } from '../reports/reports.server';
import { requirePage, STAFF_HEADERS, unlessSignedOut } from '../staff/guard.server';
import { apiProblem, badRequest } from '../utils/problems.server';

/**
 * `/staf/laporan/pratinjau.pdf?unit=&periode=`: the report as it would be published now, marked as a
 * draft on every page (decision record 0026). Staff of the unit or region only, never cached: a
 * draft is not a public document and is not stored.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'reports');
  const params = new URL(request.url).searchParams;
  const unitId = params.get(REPORT_FIELD.unit) ?? '';
  const period = params.get(REPORT_FIELD.period) ?? '';
  if (!UUID.test(unitId) || !/^\d{4}(-[QS]\d)?$/.test(period)) badRequest();
  const result = await execute(staff.caller, skmReportPreviewQuery, { unitId, period });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  const preview = result.data.skmReportPreview;
  const { lang } = langOf(request);
  const pdf = await renderReportPdf(
    { version: 0, publishedAt: new Date().toISOString(), signedBy: '……………………………', revisionReason: null, content: preview.content as unknown as ReportContent },
    lang,
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...STAFF_HEADERS,
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `attachment; filename="${reportFileName(preview.unit.name, preview.periodKey, 0)}"`,
    },
  });
}
