import {
  makeOperation,
  type Client,
  type GraphQLRequest,
  type OperationContext,
  type OperationResult,
} from '@urql/core';
import { vi } from 'vitest';
import { concat, fromValue, never } from 'wonka';

type StubResult = Partial<Pick<OperationResult, 'data' | 'error'>>;

const context = {
  url: '/graphql',
  requestPolicy: 'cache-first',
  suspense: false,
} as OperationContext;

/**
 * A urql client that answers every query synchronously with `respond(request)` (urql's documented
 * testing approach: `executeQuery` returning a wonka `fromValue` source). `undefined` means
 * "still loading".
 */
export function stubClient(respond: (request: GraphQLRequest) => StubResult | undefined) {
  const executeQuery = vi.fn((request: GraphQLRequest) => {
    const result = respond(request);
    if (!result) return never;
    // Like the real client, the source stays open after its result: a completed source makes
    // useQuery drop an error it has just shown.
    return concat([
      fromValue({ operation: makeOperation('query', request, context), stale: false, hasNext: false, ...result }),
      never,
    ]);
  });
  const client = { executeQuery, executeMutation: vi.fn(() => never), executeSubscription: vi.fn(() => never) };
  return { client: client as unknown as Client, executeQuery };
}

/** The operation name of a request, to answer different queries differently. */
export function operationName(request: GraphQLRequest): string | undefined {
  for (const definition of request.query.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}
