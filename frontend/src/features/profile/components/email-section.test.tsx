import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clientAnsweringMutation } from '@/testing/mutation-client';
import { renderWithClient } from '@/testing/render';
import { EmailSection } from './email-section';

async function fill(email: string, password: string) {
  await userEvent.click(screen.getByRole('button', { name: '更改邮箱' }));
  if (email) await userEvent.type(screen.getByLabelText('新邮箱（留空则删除）'), email);
  if (password) await userEvent.type(screen.getByLabelText('当前密码'), password);
  await userEvent.click(screen.getByRole('button', { name: '保存邮箱' }));
}

describe('EmailSection', () => {
  it('refuses a malformed address before sending the password', async () => {
    const { client, executeMutation } = clientAnsweringMutation({});
    renderWithClient(<EmailSection email={null} onChanged={vi.fn()} />, client);
    expect(screen.getByText('未设置')).toBeInTheDocument();
    await fill('zhangsan@', 'Demo@2025');
    expect(await screen.findByRole('alert')).toHaveTextContent('EMAIL_FORMAT');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('sends the normalised address with the current password and refreshes the profile', async () => {
    const { client, executeMutation } = clientAnsweringMutation({
      changeEmail: { __typename: 'ChangeEmailSuccess', account: { __typename: 'Account', id: 'a1', email: 'li.ming@example.com' } },
    });
    const onChanged = vi.fn();
    renderWithClient(<EmailSection email="old@example.com" onChanged={onChanged} />, client);
    await fill(' Li.Ming@Example.com ', 'Demo@2025');
    expect(executeMutation.mock.lastCall?.[0].variables).toEqual({
      input: { email: 'li.ming@example.com', currentPassword: 'Demo@2025' },
    });
    expect(onChanged).toHaveBeenCalled();
  });

  it('shows the wrong-password refusal from the API with its code', async () => {
    const { client } = clientAnsweringMutation({
      changeEmail: {
        __typename: 'ValidationFailed',
        code: 'VALIDATION_FAILED',
        message: '输入有误。',
        fieldErrors: [{ field: 'currentPassword', code: 'WRONG_PASSWORD', message: '当前密码不正确。' }],
      },
    });
    const onChanged = vi.fn();
    renderWithClient(<EmailSection email={null} onChanged={onChanged} />, client);
    await fill('li.ming@example.com', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('当前密码不正确。');
    expect(alert).toHaveTextContent('WRONG_PASSWORD');
    expect(onChanged).not.toHaveBeenCalled();
  });
});
