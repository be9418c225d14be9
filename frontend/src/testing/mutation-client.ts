import { makeOperation, type Client, type GraphQLRequest, type OperationContext } from '@urql/core';
import { vi } from 'vitest';
import { fromValue } from 'wonka';

const context = { url: '/graphql', requestPolicy: 'network-only', suspense: false } as OperationContext;

/** A urql client whose every mutation answers `data` at once; `executeMutation` records the requests. */
export function clientAnsweringMutation(data: Record<string, unknown>) {
  const executeMutation = vi.fn((request: GraphQLRequest) =>
    fromValue({ operation: makeOperation('mutation', request, context), data, stale: false, hasNext: false }),
  );
  return { client: { executeMutation } as unknown as Client, executeMutation };
}
