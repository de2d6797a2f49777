import type { AppLoadContext } from '@remix-run/node';
import { callerOf, execute } from '../graphql/client.server';
import { openDataQuery, openDataReportsQuery } from '../graphql/open-data.server';
import { badRequest, notFound, required } from '../utils/problems.server';
import { isRegionSlug } from '../utils/slugs';
import { PERIOD_KEY } from './periods';

/** The open data of `/wilayah/<slug>/data?periode=…` (and of its CSV): one API read. */
export async function loadOpenData(request: Request, context: AppLoadContext | undefined, slug: string | undefined) {
  if (!isRegionSlug(slug)) notFound('region');
  const asked = new URL(request.url).searchParams.get('periode');
  const period = asked ? asked.trim().toUpperCase() : null;
  if (period !== null && !PERIOD_KEY.test(period)) badRequest();
  const result = await execute(callerOf(request, context), openDataQuery, { regionSlug: slug, period });
  if (!result.ok && result.error.code === 'NOT_FOUND') notFound('region');
  return required(result).openData;
}

/**
 * The Laporan SKM published for the shown period, by unit id: the page links each unit's report
 * (PermenPANRB 14/2017: results are published). Only complete periods have reports; when the reports
 * cannot be read the page still shows its scores, without the links.
 */
export async function loadPublishedReports(
  request: Request,
  context: AppLoadContext | undefined,
  data: Awaited<ReturnType<typeof loadOpenData>>,
): Promise<Record<string, { id: string; version: number; publishedAt: string }>> {
  if (!data.period || data.period.state !== 'PUBLISHED') return {};
  const result = await execute(callerOf(request, context), openDataReportsQuery, { regionSlug: data.region.slug, period: data.period.key });
  if (!result.ok) return {};
  return Object.fromEntries(
    result.data.publishedSkmReports.map((r) => [r.unit.id, { id: r.id, version: r.version, publishedAt: String(r.publishedAt) }]),
  );
}
