import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DomainError } from '../common/errors.js';
import { checkInputs, requestError } from './input-checks.js';
import { checkCost, type ListBounds, type OperationLimits } from './limits.js';
import { jsonStatusFor } from './status-codes.js';

export interface EdgeOptions<TContext> {
  limits: OperationLimits;
  /** How long each list is (the catalogue's longest list of each kind), for the cost limit. */
  bounds: (context: TContext) => ListBounds | Promise<ListBounds>;
}

/**
 * The checks of decision record 0011 that need a request (its variables, the catalogue as it is), in
 * one Apollo plugin with one listener shared by every request: every hook a plugin adds is awaited
 * for every request, so the service page pays for one, not three.
 *
 * - after the operation is known and validated, before anything executes: the input checks
 *   (input-checks.ts) and the cost limit (limits.ts), each refusal a BAD_USER_INPUT request error;
 * - before the answer goes out: 200 instead of 400 for request errors under negotiated JSON
 *   (status-codes.ts).
 */
export function edgePlugin<TContext extends object>(options: EdgeOptions<TContext>): ApolloServerPlugin<TContext> {
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation({ schema, document, operation, request, contextValue }) {
      if (!operation) return;
      try {
        checkInputs(schema, document, operation, request.variables);
        const bounds = options.bounds(contextValue);
        checkCost(schema, document, operation, bounds instanceof Promise ? await bounds : bounds, options.limits);
      } catch (error) {
        throw error instanceof DomainError ? requestError(error) : error;
      }
    },
    async willSendResponse({ request, response }) {
      jsonStatusFor(request, response);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
