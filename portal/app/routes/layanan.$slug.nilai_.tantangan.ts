import type { LoaderFunctionArgs } from '@remix-run/node';
import { callerOf, execute } from '../graphql/client.server';
import { proofOfWorkChallengeQuery, ratingPageQuery } from '../graphql/feedback.server';
import { isServiceSlug } from '../utils/slugs';

/**
 * `/layanan/<slug>/nilai/tantangan`: a fresh proof-of-work challenge for the rating form's script
 * (JSON `{ challenge }`, null where the region does not ask for one). The browser never talks to the
 * API itself; this is the one piece of it the form needs.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const noStore = { 'Cache-Control': 'no-store' };
  const slug = params.slug;
  if (!isServiceSlug(slug)) return Response.json({ challenge: null }, { status: 404, headers: noStore });
  const caller = callerOf(request, context);
  const page = await execute(caller, ratingPageQuery, { slug });
  if (!page.ok) return Response.json({ error: page.error.code }, { status: 503, headers: noStore });
  if (!page.data.service) return Response.json({ challenge: null }, { status: 404, headers: noStore });
  const result = await execute(caller, proofOfWorkChallengeQuery, { serviceId: page.data.service.id });
  if (!result.ok) return Response.json({ error: result.error.code }, { status: result.error.code === 'RATE_LIMITED' ? 429 : 503, headers: noStore });
  // A challenge is signed, expires and is accepted once: never let a cache hand one out twice.
  return Response.json({ challenge: result.data.proofOfWorkChallenge }, { headers: noStore });
}
