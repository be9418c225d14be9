import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { makeOperation, type Client, type GraphQLRequest, type OperationContext } from '@urql/core';
import { describe, expect, it, vi } from 'vitest';
import { Provider } from 'urql';
import { fromValue, makeSubject } from 'wonka';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { connectionPage, colleges, offsetAfter } from '@/testing/reference-fixtures';
import { stubClient } from '@/testing/stub-client';
import { useKeysetConnection } from './use-keyset-connection';

interface College {
  id: string;
  name: string;
}
interface CollegesPage {
  colleges: { edges: { node: College }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
interface CollegesPageVariables {
  filter?: { text?: string } | null;
  first?: number | null;
  after?: string | null;
}

// The hook is generic: a hand-typed document keeps this test independent of any feature.
const CollegesQuery = parse(`
  query Test_Colleges($filter: CollegeFilter, $first: Int, $after: String) {
    colleges(filter: $filter, first: $first, after: $after) {
      edges { node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`) as TypedDocumentNode<CollegesPage, CollegesPageVariables>;

function setup(pageSize: number) {
  const stub = stubClient((request) => {
    const text = (request.variables as { filter?: { text?: string } }).filter?.text;
    const matching = text ? colleges.filter((c) => c.name.includes(text)) : colleges;
    return {
      data: {
        colleges: connectionPage(matching, offsetAfter(request.variables?.after), pageSize, 'CollegeConnection'),
      },
    };
  });
  const wrapper = ({ children }: { children: ReactNode }) => <Provider value={stub.client}>{children}</Provider>;
  const hook = renderHook(
    ({ text }: { text?: string }) =>
      useKeysetConnection(CollegesQuery, { filter: { text } }, (data) => data.colleges, pageSize),
    { wrapper, initialProps: {} },
  );
  return { ...hook, executeQuery: stub.executeQuery };
}

const ids = (nodes: readonly College[]) => nodes.map((node) => node.id);

describe('useKeysetConnection', () => {
  it('loads the first page, then appends pages after the last cursor until none is left', () => {
    const { result, executeQuery } = setup(3);
    expect(ids(result.current.nodes)).toEqual(['college-1', 'college-2', 'college-3']);
    expect(result.current.hasNextPage).toBe(true);

    act(() => result.current.loadMore());
    expect(executeQuery.mock.lastCall?.[0].variables).toMatchObject({ first: 3, after: 'cursor-3' });
    expect(ids(result.current.nodes)).toHaveLength(6);

    act(() => result.current.loadMore());
    expect(ids(result.current.nodes)).toEqual(colleges.map((c) => c.id));
    expect(result.current.hasNextPage).toBe(false);

    // Nothing left: another call asks for nothing.
    const calls = executeQuery.mock.calls.length;
    act(() => result.current.loadMore());
    expect(executeQuery.mock.calls.length).toBe(calls);
  });

  it('starts again from the first page when the filter changes', () => {
    const { result, rerender, executeQuery } = setup(3);
    act(() => result.current.loadMore());
    expect(result.current.nodes).toHaveLength(6);

    rerender({ text: '学院' });
    expect(executeQuery.mock.lastCall?.[0].variables).toMatchObject({
      filter: { text: '学院' },
      after: null,
    });
    expect(ids(result.current.nodes)).toEqual(['college-1', 'college-2', 'college-3']);
  });

  it('keeps the loaded rows, without duplicates, while the next page is on its way', () => {
    // urql keeps the previous result's data while new variables load; it must not be filed under
    // the new cursor.
    const nextPage = makeSubject<object>();
    const context = { url: '/graphql', requestPolicy: 'cache-first' } as OperationContext;
    const executeQuery = vi.fn((request: GraphQLRequest) => {
      const operation = makeOperation('query', request, context);
      const page = (from: number) => ({
        operation,
        stale: false,
        hasNext: false,
        data: { colleges: connectionPage(colleges, from, 3, 'CollegeConnection') },
      });
      if (request.variables?.after == null) return fromValue(page(0));
      setTimeout(() => nextPage.next(page(offsetAfter(request.variables?.after))));
      return nextPage.source;
    });
    const client = { executeQuery } as unknown as Client;
    const wrapper = ({ children }: { children: ReactNode }) => <Provider value={client}>{children}</Provider>;
    const { result } = renderHook(
      () => useKeysetConnection(CollegesQuery, { filter: {} }, (data) => data.colleges, 3),
      { wrapper },
    );

    act(() => result.current.loadMore());
    expect(ids(result.current.nodes)).toEqual(['college-1', 'college-2', 'college-3']);
    expect(result.current.loadingMore).toBe(true);

    return vi.waitFor(() => {
      expect(ids(result.current.nodes)).toHaveLength(6);
      expect(result.current.loadingMore).toBe(false);
    });
  });

  it('reports loading before the first page arrives', () => {
    const stub = stubClient(() => undefined);
    const wrapper = ({ children }: { children: ReactNode }) => <Provider value={stub.client}>{children}</Provider>;
    const { result } = renderHook(
      () => useKeysetConnection(CollegesQuery, { filter: {} }, (data) => data.colleges, 3),
      { wrapper },
    );
    expect(result.current).toMatchObject({ loading: true, nodes: [], hasNextPage: false });
  });
});
