import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clientAnsweringMutation } from '@/testing/mutation-client';
import { renderWithClient } from '@/testing/render';
import { StudentLoginForm } from './student-login-form';

const clientAnswering = (login: Record<string, unknown>) => clientAnsweringMutation({ login });

async function submit(identifier: string, password: string) {
  if (identifier) await userEvent.type(screen.getByPlaceholderText('请输入手机号或证件号码'), identifier);
  if (password) await userEvent.type(screen.getByPlaceholderText('请输入密码'), password);
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('StudentLoginForm', () => {
  it('asks for both fields before sending anything', async () => {
    const { client, executeMutation } = clientAnswering({});
    renderWithClient(<StudentLoginForm onSignedIn={vi.fn()} />, client);
    await submit('', '');
    expect(await screen.findByText('请输入手机号或证件号码')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('signs in with the phone number and hands over token and account', async () => {
    const { client, executeMutation } = clientAnswering({
      __typename: 'LoginSuccess',
      accessToken: 'token-1',
      expiresAt: '2025-10-22T08:15:00Z',
      account: { __typename: 'Account', id: 'a1', displayName: '李明', roles: ['STUDENT'] },
    });
    const onSignedIn = vi.fn();
    renderWithClient(<StudentLoginForm onSignedIn={onSignedIn} />, client);
    await submit(' 13800000001 ', 'Demo@2025');
    expect(executeMutation.mock.lastCall?.[0].variables).toEqual({
      input: { identifier: '13800000001', password: 'Demo@2025' },
    });
    expect(onSignedIn).toHaveBeenCalledWith(
      { accessToken: 'token-1', expiresAt: '2025-10-22T08:15:00Z' },
      { id: 'a1', displayName: '李明', roles: ['STUDENT'], institutionName: null },
    );
  });

  it('shows the server message when the login fails', async () => {
    const { client } = clientAnswering({ __typename: 'LoginFailed', code: 'LOGIN_FAILED', message: '账号或密码错误' });
    const onSignedIn = vi.fn();
    renderWithClient(<StudentLoginForm onSignedIn={onSignedIn} />, client);
    await submit('13800000001', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('账号或密码错误');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('counts down and blocks the button while throttled', async () => {
    const { client } = clientAnswering({
      __typename: 'LoginThrottled',
      code: 'LOGIN_THROTTLED',
      message: '登录过于频繁',
      retryAfterSeconds: 42,
    });
    renderWithClient(<StudentLoginForm onSignedIn={vi.fn()} />, client);
    await submit('13800000001', 'wrong');
    expect(await screen.findByText('登录过于频繁')).toBeInTheDocument();
    // The countdown may already have ticked on a busy machine.
    expect(screen.getByText(/^请在 4[0-2] 秒后再试。$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^请等待 4[0-2] 秒$/ })).toBeDisabled();
  });
});
