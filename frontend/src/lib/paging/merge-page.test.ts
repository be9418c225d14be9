import { describe, expect, it } from 'vitest';
import { mergePage, nextCursor, type LoadedPage } from './merge-page';

const page = (after: string | null, nodes: string[], endCursor: string | null, hasNextPage: boolean) =>
  ({ after, nodes, pageInfo: { endCursor, hasNextPage } }) satisfies LoadedPage<string>;

describe('mergePage', () => {
  const first = page(null, ['a', 'b'], 'c2', true);
  const second = page('c2', ['c', 'd'], 'c4', true);

  it('starts with the first page and appends the page after the last cursor', () => {
    const pages = mergePage(mergePage([], first), second);
    expect(pages.flatMap((p) => p.nodes)).toEqual(['a', 'b', 'c', 'd']);
    expect(nextCursor(pages)).toBe('c4');
  });

  it('replaces a page delivered again instead of duplicating its rows', () => {
    const refreshed = page('c2', ['c', 'd*'], 'c4', true);
    const pages = mergePage(mergePage([first, second], second), refreshed);
    expect(pages.flatMap((p) => p.nodes)).toEqual(['a', 'b', 'c', 'd*']);
  });

  it('ignores a page that does not continue the last one', () => {
    expect(mergePage([first], page('c9', ['x'], 'c10', false))).toEqual([first]);
    expect(mergePage([], second)).toEqual([]);
  });

  it('appends nothing after a page that said there is no next page', () => {
    const last = page(null, ['a'], 'c1', false);
    expect(mergePage([last], page('c1', ['b'], 'c2', false))).toEqual([last]);
    expect(nextCursor([last])).toBeNull();
  });

  it('has no next cursor before the first page', () => {
    expect(nextCursor([])).toBeNull();
  });
});
