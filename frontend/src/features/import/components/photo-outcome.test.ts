import { describe, expect, it } from 'vitest';
import { photoOutcome, unmatchedByReason } from './photo-outcome';

describe('photo import outcome', () => {
  it('maps a rejected archive', () => {
    expect(
      photoOutcome({ __typename: 'PhotoArchiveRejected', code: 'ZIP_EMPTY', message: '压缩包里没有照片' }),
    ).toEqual({ kind: 'rejected', code: 'ZIP_EMPTY', message: '压缩包里没有照片' });
  });

  it('maps the counts and the unmatched photos with their reasons', () => {
    const outcome = photoOutcome({
      __typename: 'AdmissionPhotosImported',
      matched: 10,
      replaced: 3,
      unchanged: 2,
      unmatched: [
        { fileName: 'a/123.jpg', reason: 'NO_SUCH_RECORD', message: 'no record' },
        { fileName: 'b.png', reason: 'NOT_AN_IMAGE', message: 'not an image' },
        { fileName: 'c.jpg', reason: 'NO_SUCH_RECORD', message: 'no record' },
      ],
    });
    expect(outcome).toMatchObject({ kind: 'imported', matched: 10, added: 5, replaced: 3, unchanged: 2 });
    if (outcome.kind !== 'imported') throw new Error('expected imported');
    expect(outcome.unmatched.map((row) => [row.fileName, row.reason])).toEqual([
      ['a/123.jpg', 'NO_SUCH_RECORD'],
      ['b.png', 'NOT_AN_IMAGE'],
      ['c.jpg', 'NO_SUCH_RECORD'],
    ]);
    expect(new Set(outcome.unmatched.map((row) => row.key)).size).toBe(3);
    expect(unmatchedByReason(outcome.unmatched)).toEqual([
      { reason: 'NO_SUCH_RECORD', count: 2 },
      { reason: 'NOT_AN_IMAGE', count: 1 },
    ]);
  });

  it('never reports a negative number of new photos', () => {
    const outcome = photoOutcome({
      __typename: 'AdmissionPhotosImported',
      matched: 0,
      replaced: 0,
      unchanged: 0,
      unmatched: [],
    });
    expect(outcome).toMatchObject({ kind: 'imported', matched: 0, added: 0, unmatched: [] });
  });
});
