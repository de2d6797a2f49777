import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { explorerAuthorization, forwardToApi, graphqlError } from '../graphql/explorer.server';

/**
 * The GraphQL explorer's endpoint (decision record 0023): a POST from the explorer page, forwarded
 * unchanged to the API with the session's API token (CSRF header checked), or in the demo as sent.
 * Other sites' posts and bodies over 64 KiB never get here (security.mjs).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== 'POST') return graphqlError(405, 'BAD_USER_INPUT', 'Send operations with POST.');
  const allowed = await explorerAuthorization(request);
  if (!allowed.ok) return allowed.response;
  return forwardToApi(request, context, allowed.authorization);
}

/** Only the explorer's POSTs: a GET here is not a page. */
export function loader(_args: LoaderFunctionArgs) {
  return graphqlError(405, 'BAD_USER_INPUT', 'Send operations with POST.');
}
