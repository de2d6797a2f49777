import type { LoaderFunctionArgs } from '@remix-run/node';
import { ELEMENT_TEXT, GRADE_LABEL, SKM_ELEMENTS } from '@suara/skm';
import { translator } from '../i18n';
import { langOf } from '../i18n/lang.server';
import { loadOpenData } from '../open-data/load.server';
import { openDataFileName } from '../open-data/periods';
import { toCsv } from '../utils/csv';

/**
 * `/wilayah/<slug>/data.csv?periode=…` (the `[.]` is Remix's escape for a dot in the address): the
 * published rows of one period as a file (decision record 0027) — one row per service, latest
 * version, with its version and publication date. Published periods only: a running period's
 * numbers are never in it. Default: semicolons, the page language's headers and decimal mark, a
 * byte-order mark (Excel); `&format=comma`: RFC 4180 for programs, English column names, `.` decimals.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const data = await loadOpenData(request, context, params.slug);
  const comma = new URL(request.url).searchParams.get('format') === 'comma';
  const t = translator(comma ? 'en' : langOf(request).lang);
  if (data.period.state !== 'PUBLISHED') {
    return new Response(t('openData.csv.notPublished'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const decimal = (n: number | null | undefined, digits?: number) => {
    if (n === null || n === undefined) return null;
    const text = digits === undefined ? String(n) : String(Math.round(n * 10 ** digits) / 10 ** digits);
    return comma || t.lang === 'en' ? text : text.replace('.', ',');
  };
  const header = comma
    ? ['unit', 'service', 'service_slug', 'period', 'from', 'to', 'responses', 'ikm', 'grade', 'grade_label', ...SKM_ELEMENTS.map((e) => e.toLowerCase()), 'version', 'published_at', 'late_responses']
    : [
        t('openData.csv.unit'),
        t('openData.csv.service'),
        t('openData.csv.serviceSlug'),
        t('openData.csv.period'),
        t('openData.csv.from'),
        t('openData.csv.to'),
        t('openData.csv.responses'),
        t('openData.csv.ikm'),
        t('openData.csv.grade'),
        t('openData.csv.gradeLabel'),
        ...SKM_ELEMENTS.map((e) => ELEMENT_TEXT[t.lang][e].name),
        t('openData.csv.version'),
        t('openData.csv.publishedAt'),
        t('openData.csv.lateResponses'),
      ];
  const { period } = data;
  const rows = data.rows.map((row) => {
    const averages = new Map(row.elements.map((e) => [e.element, e.average]));
    return [
      row.unit.name,
      row.service.name,
      row.service.slug,
      period.key,
      period.from,
      period.to,
      row.responseCount,
      decimal(row.ikm),
      row.grade ?? null,
      row.grade ? GRADE_LABEL[t.lang][row.grade] : null,
      // Full precision for programs; four decimals for a spreadsheet (the API rounds only the IKM).
      ...SKM_ELEMENTS.map((e) => decimal(averages.get(e), comma ? undefined : 4)),
      row.version,
      row.publishedAt,
      row.lateResponses,
    ];
  });
  return new Response(toCsv(header, rows, { comma }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${openDataFileName(data.region.slug, period.key, comma)}"`,
    },
  });
}
