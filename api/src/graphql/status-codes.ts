import type { GraphQLRequest, GraphQLResponse } from '@apollo/server';
import Negotiator from 'negotiator';

/**
 * GraphQL over HTTP asks for 200 under `application/json` when a well-formed request fails to parse,
 * to validate, or to coerce its variables: such a client reads errors from the body, and an
 * intermediary must not take a 4xx for a broken server or route. Under
 * `application/graphql-response+json` the 4xx stays (the graphql-http audit checks both). Apollo
 * answers 400 in every case; edge-plugin.ts sets 200 where JSON was negotiated, as Apollo negotiates it.
 * Requests that are not well-formed (no query, a body that is not JSON) never get here and keep 400.
 */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);
const APPLICATION_JSON = 'application/json; charset=utf-8';
/** Apollo's own choices, in its order (ApolloServer.chooseContentTypeForSingleResultResponse). */
const SINGLE_RESULT_TYPES = [APPLICATION_JSON, 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0'];

function negotiatesJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return new Negotiator({ headers: { accept } }).mediaType(SINGLE_RESULT_TYPES) === APPLICATION_JSON;
}

/** Under negotiated JSON, a request error of a well-formed request answers 200 (see above). */
export function jsonStatusFor(request: GraphQLRequest, response: GraphQLResponse): void {
  if (response.http.status !== 400 || response.body.kind !== 'single') return;
  const { errors, data } = response.body.singleResult;
  if (data !== undefined || !errors?.length) return;
  if (!errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) return;
  if (!negotiatesJson(request.http?.headers.get('accept'))) return;
  response.http.headers.set('content-type', APPLICATION_JSON);
  response.http.status = 200;
}
