export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export interface ConnectionLike<TNode> {
  edges: ReadonlyArray<{ node: TNode }>;
  pageInfo: PageInfoLike;
}

/** One fetched page, remembered by the cursor it was fetched `after` (null for the first). */
export interface LoadedPage<TNode> {
  after: string | null;
  nodes: readonly TNode[];
  pageInfo: PageInfoLike;
}

export function toLoadedPage<TNode>(
  after: string | null,
  connection: ConnectionLike<TNode>,
): LoadedPage<TNode> {
  return { after, nodes: connection.edges.map((edge) => edge.node), pageInfo: connection.pageInfo };
}

/**
 * Adds a page to the pages loaded so far. A page fetched again (same `after`) replaces its old copy,
 * so a re-delivered result never duplicates rows; a page that does not continue the last one
 * (stale or out of order) is ignored.
 */
export function mergePage<TNode>(
  pages: readonly LoadedPage<TNode>[],
  page: LoadedPage<TNode>,
): readonly LoadedPage<TNode>[] {
  const index = pages.findIndex((loaded) => loaded.after === page.after);
  if (index >= 0) return pages.map((loaded, i) => (i === index ? page : loaded));

  const last = pages.at(-1);
  if (!last) return page.after === null ? [page] : pages;
  const continuesLast =
    last.pageInfo.hasNextPage && last.pageInfo.endCursor != null && page.after === last.pageInfo.endCursor;
  return continuesLast ? [...pages, page] : pages;
}

/** The cursor to fetch the next page with, or null when there is none. */
export function nextCursor(pages: readonly LoadedPage<unknown>[]): string | null {
  const last = pages.at(-1);
  return last?.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? null) : null;
}
