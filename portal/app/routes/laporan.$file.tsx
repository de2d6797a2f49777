import type { LoaderFunctionArgs } from '@remix-run/node';
import { callerOf, execute } from '../graphql/client.server';
import { langOf } from '../i18n/lang.server';
import { renderReportPdf, reportFileName, type ReportContent } from '../reports/pdf.server';
import { publishedSkmReportQuery } from '../reports/reports.server';
import { notFound, required } from '../utils/problems.server';

/**
 * `/laporan/<id>.pdf[?versi=n]`: a published Laporan SKM as a PDF, for anyone (results must be
 * published, PermenPANRB 14/2017; decision record 0026). Drawn in this server with pdfkit from the
 * version's snapshot, so version n is the same document every time; `?versi=` picks an older one.
 * Only published versions exist here: a draft is never reachable.
 */
const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const match = FILE.exec(params.file ?? '');
  if (!match) notFound();
  const versi = new URL(request.url).searchParams.get('versi');
  if (versi !== null && !/^[1-9]\d{0,3}$/.test(versi)) notFound();
  const version = versi === null ? null : Number(versi);
  const { publishedSkmReport: report } = required(await execute(callerOf(request, context), publishedSkmReportQuery, { id: match[1]!, version }));
  if (!report) notFound();
  const { lang } = langOf(request);
  const pdf = await renderReportPdf(
    {
      version: report.version,
      publishedAt: String(report.publishedAt),
      signedBy: report.signedBy,
      revisionReason: report.revisionReason ?? null,
      content: report.content as unknown as ReportContent,
    },
    lang,
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `attachment; filename="${reportFileName(report.unit.name, report.periodKey, report.version)}"`,
      // A numbered version never changes; "the latest" does when a revision is published.
      'Cache-Control': version === null ? 'public, max-age=300' : 'public, max-age=86400',
      'Content-Language': lang,
    },
  });
}
