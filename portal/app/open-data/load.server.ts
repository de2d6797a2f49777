import type { AppLoadContext } from '@remix-run/node';
import { callerOf, execute } from '../graphql/client.server';
import { openDataQuery } from '../graphql/open-data.server';
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
