import { describe, expect, it } from 'vitest';
import { checkRosterFile, MAX_ROSTER_BYTES } from './file-check';

describe('checkRosterFile', () => {
  it.each([
    ['roster.csv', 10, null],
    ['名单.XLSX', 10, null],
    ['roster.xls', 10, 'FILE_TYPE_UNSUPPORTED'],
    ['roster.csv.exe', 10, 'FILE_TYPE_UNSUPPORTED'],
    ['roster', 10, 'FILE_TYPE_UNSUPPORTED'],
    ['roster.csv', 0, 'FILE_EMPTY'],
    ['roster.xlsx', MAX_ROSTER_BYTES, null],
    ['roster.xlsx', MAX_ROSTER_BYTES + 1, 'FILE_TOO_LARGE'],
  ])('%s of %i bytes → %s', (name, size, problem) => {
    expect(checkRosterFile({ name, size })).toBe(problem);
  });
});
