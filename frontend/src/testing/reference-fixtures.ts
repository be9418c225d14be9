// Demo-like reference data shaped as the Reference_* queries return it.

export const SWU = { __typename: 'Institution', id: 'SW5zdGl0dXRpb246MQ', code: '10635', name: '西南大学' };

export const COLLEGE_NAMES = [
  '计算机与信息科学学院',
  '电子信息工程学院',
  '经济管理学院',
  '文学院',
  '外国语学院',
  '数学与统计学院',
  '化学化工学院',
  '法学院',
];

export const colleges = COLLEGE_NAMES.map((name, index) => ({
  __typename: 'College',
  id: `college-${index + 1}`,
  code: String(index + 1).padStart(3, '0'),
  name,
  institution: SWU,
}));

/** A connection page of `items` starting at `from`, with cursors `cursor-<index>`. */
export function connectionPage<T>(items: readonly T[], from: number, size: number, typename: string) {
  const slice = items.slice(from, from + size);
  return {
    __typename: typename,
    edges: slice.map((node, i) => ({ __typename: `${typename.replace('Connection', 'Edge')}`, cursor: `cursor-${from + i + 1}`, node })),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: from + size < items.length,
      endCursor: slice.length > 0 ? `cursor-${from + slice.length}` : null,
    },
  };
}

/** The index to continue from for an `after` cursor made by `connectionPage`. */
export function offsetAfter(after: unknown): number {
  return typeof after === 'string' ? Number(after.replace('cursor-', '')) : 0;
}
