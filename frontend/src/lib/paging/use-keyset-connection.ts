import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CombinedError } from '@urql/core';
import { useCallback, useMemo, useState } from 'react';
import { useQuery, type AnyVariables } from 'urql';
import { mergePage, nextCursor, toLoadedPage, type ConnectionLike, type LoadedPage } from './merge-page';
import { stableKey } from './stable-key';

interface PagingVariables {
  first?: number | null;
  after?: string | null;
}

type FilterVariables<TVariables> = Omit<TVariables, 'first' | 'after'>;

export interface KeysetConnection<TNode> {
  nodes: readonly TNode[];
  hasNextPage: boolean;
  /** True until the first page for the current filter has arrived (and it has not failed). */
  loading: boolean;
  /** True while a "load more" page is on its way. */
  loadingMore: boolean;
  error: CombinedError | undefined;
  loadMore(): void;
  retry(): void;
}

interface PagingState<TNode> {
  filterKey: string;
  after: string | null;
  pages: readonly LoadedPage<TNode>[];
}

function withoutPaging(variables: AnyVariables): unknown {
  if (!variables || typeof variables !== 'object') return {};
  const { first: _first, after: _after, ...rest } = variables as PagingVariables & Record<string, unknown>;
  return rest;
}

/**
 * Keyset ("load more") paging over a Relay connection: asks for `first` items `after` the last
 * loaded cursor and appends them; a new filter starts again from the first page. No offsets.
 */
export function useKeysetConnection<TData, TVariables extends PagingVariables & AnyVariables, TNode>(
  query: TypedDocumentNode<TData, TVariables>,
  filter: FilterVariables<TVariables>,
  select: (data: TData) => ConnectionLike<TNode> | null | undefined,
  pageSize = 20,
  /** Types whose mutation results must refetch this list even while it is empty (urql's document cache cannot tell). */
  typenames: readonly string[] = [],
): KeysetConnection<TNode> {
  const filterKey = stableKey(filter);
  const [state, setState] = useState<PagingState<TNode>>({ filterKey, after: null, pages: [] });
  let current = state;
  if (state.filterKey !== filterKey) {
    current = { filterKey, after: null, pages: [] };
    setState(current);
  }

  const variables = { ...filter, first: pageSize, after: current.after } as unknown as TVariables;
  const typenameKey = typenames.join(',');
  const context = useMemo(() => (typenameKey ? { additionalTypenames: typenameKey.split(',') } : undefined), [typenameKey]);
  const [result, reexecute] = useQuery<TData, TVariables>({ query, variables, context });

  // urql keeps the previous data while the next page loads, so file each result under the
  // variables it was fetched with, not the ones asked for now.
  let pages = current.pages;
  const operation = result.operation;
  const connection = result.data ? select(result.data) : null;
  if (connection && operation && stableKey(withoutPaging(operation.variables)) === filterKey) {
    const after = (operation.variables as PagingVariables).after ?? null;
    pages = mergePage(pages, toLoadedPage(after, connection));
  }

  const cursor = nextCursor(pages);
  const loadMore = useCallback(() => {
    if (cursor !== null) setState({ filterKey, after: cursor, pages });
  }, [cursor, filterKey, pages]);
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const currentPageLoaded = pages.some((page) => page.after === current.after);
  return {
    nodes: pages.flatMap((page) => page.nodes),
    hasNextPage: cursor !== null,
    loading: pages.length === 0 && !result.error,
    loadingMore: pages.length > 0 && !currentPageLoaded && !result.error,
    error: result.error,
    loadMore,
    retry,
  };
}
