import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { applyFieldErrors } from './apply-field-errors';
import type { CampaignFormValues } from './campaign-form-values';

describe('applyFieldErrors', () => {
  it('puts window errors under the range picker and returns what no item shows', () => {
    const setFields = vi.fn();
    const form = { setFields } as unknown as FormInstance<CampaignFormValues>;
    const unplaced = applyFieldErrors(form, [
      { field: 'closesAt', message: '截止时间必须晚于开始时间。' },
      { field: 'opensAt', message: '开始时间无效。' },
      { field: 'reminderDays', message: '提醒天数须为 1–60 之间且不重复。' },
      { field: 'idempotencyKey', message: '幂等键须为 8–100 个字符。' },
    ]);
    expect(setFields).toHaveBeenCalledWith([
      { name: 'window', errors: ['截止时间必须晚于开始时间。', '开始时间无效。'] },
      { name: 'reminderDays', errors: ['提醒天数须为 1–60 之间且不重复。'] },
    ]);
    expect(unplaced).toEqual(['幂等键须为 8–100 个字符。']);
  });
});
