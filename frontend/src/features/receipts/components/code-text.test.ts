import { describe, expect, it } from 'vitest';
import { normaliseCode } from './code-text';

describe('normaliseCode', () => {
  it('groups a code typed in any case, with spaces or full-width characters', () => {
    expect(normaliseCode('abcd efgh-jkmn pqrs')).toBe('ABCD-EFGH-JKMN-PQRS');
    expect(normaliseCode('ＡＢＣＤ－ＥＦＧＨ')).toBe('ABCD-EFGH');
    expect(normaliseCode(' ab ')).toBe('AB');
    expect(normaliseCode('--')).toBe('');
  });
});
