import { describe, expect, it } from 'vitest';
import { ageBucket, errataUrl, matchesLocally, serverFilter } from './queue-filter';

const NOW = Date.parse('2025-11-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString();

describe('queue filter', () => {
  it('sends state, tier and college to the server and nothing empty', () => {
    expect(serverFilter({})).toEqual({});
    expect(serverFilter({ state: 'SUBMITTED', tier: 'IDENTITY', collegeId: 'Q29sbGVnZTox', field: 'name', age: 'overSevenDays' })).toEqual({
      state: 'SUBMITTED',
      tier: 'IDENTITY',
      collegeId: 'Q29sbGVnZTox',
    });
  });

  it.each([
    [1, 'underOneDay'],
    [23.9, 'underOneDay'],
    [24, 'oneToThreeDays'],
    [71, 'oneToThreeDays'],
    [72, 'threeToSevenDays'],
    [7 * 24 - 1, 'threeToSevenDays'],
    [7 * 24, 'overSevenDays'],
  ])('a ticket filed %s hours ago is %s', (hours, bucket) => {
    expect(ageBucket(hoursAgo(hours), NOW)).toBe(bucket);
  });

  it('keeps rows with an item of the field and the age asked for', () => {
    const row = { submittedAt: hoursAgo(30), items: [{ field: 'name' }, { field: 'classCode' }] };
    expect(matchesLocally(row, {}, NOW)).toBe(true);
    expect(matchesLocally(row, { field: 'classCode' }, NOW)).toBe(true);
    expect(matchesLocally(row, { field: 'idNumber' }, NOW)).toBe(false);
    expect(matchesLocally(row, { age: 'oneToThreeDays' }, NOW)).toBe(true);
    expect(matchesLocally(row, { age: 'underOneDay' }, NOW)).toBe(false);
  });

  it('narrows the 勘误表 to the chosen college', () => {
    expect(errataUrl({})).toBe('/api/tickets/errata.xlsx');
    expect(errataUrl({ collegeId: 'a+b=' })).toBe('/api/tickets/errata.xlsx?collegeId=a%2Bb%3D');
  });
});
