import { describe, expect, it } from 'vitest';
import { compactFilter, exportUrl } from './roster-filter';

describe('roster filter', () => {
  it('drops empty conditions', () => {
    expect(compactFilter({ text: '', collegeId: undefined, status: 'REGISTERED' })).toEqual({ status: 'REGISTERED' });
  });

  it('exports with the same filter as the table', () => {
    expect(exportUrl({})).toBe('/api/records/export.xlsx');
    expect(exportUrl({ collegeId: 'Q29sbGVnZTox', text: '冯晨', level: 'BACHELOR' })).toBe(
      '/api/records/export.xlsx?collegeId=Q29sbGVnZTox&text=%E5%86%AF%E6%99%A8&level=BACHELOR',
    );
  });
});
