import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clientAnsweringMutation } from '@/testing/mutation-client';
import { renderWithClient } from '@/testing/render';
import { LoginForm } from './login-form';

const clientAnswering = (login: Record<string, unknown>) => clientAnsweringMutation({ login });

async function submit(identifier: string, password: string) {
  await userEvent.type(screen.getByLabelText('账号'), identifier);
  await userEvent.type(screen.getByLabelText('密码'), password);
  await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('LoginForm', () => {
  it('hands the token and account over on success', async () => {
    const { client, executeMutation } = clientAnswering({
      __typename: 'LoginSuccess',
      accessToken: 'token-1',
      expiresAt: '2025-10-22T08:15:00Z',
      account: {
        __typename: 'Account',
        id: 'a1',
        displayName: '张老师',
        roles: ['REGISTRAR'],
        institution: { __typename: 'Institution', id: 'i1', name: '西南大学' },
      },
    });
    const onSignedIn = vi.fn();
    renderWithClient(<LoginForm onSignedIn={onSignedIn} />, client);
    await submit(' registrar ', 'Demo@2025');

    expect(executeMutation.mock.lastCall?.[0].variables).toEqual({
      input: { identifier: 'registrar', password: 'Demo@2025' },
    });
    expect(onSignedIn).toHaveBeenCalledWith(
      { accessToken: 'token-1', expiresAt: '2025-10-22T08:15:00Z' },
      { id: 'a1', displayName: '张老师', roles: ['REGISTRAR'], institutionName: '西南大学' },
    );
  });

  it('shows the server message when the login fails', async () => {
    const { client } = clientAnswering({ __typename: 'LoginFailed', code: 'LOGIN_FAILED', message: '账号或密码错误' });
    const onSignedIn = vi.fn();
    renderWithClient(<LoginForm onSignedIn={onSignedIn} />, client);
    await submit('registrar', 'wrong');
    expect(await screen.findByText('账号或密码错误')).toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows the wait and blocks the button while throttled', async () => {
    const { client } = clientAnswering({
      __typename: 'LoginThrottled',
      code: 'LOGIN_THROTTLED',
      message: '登录过于频繁',
      retryAfterSeconds: 42,
    });
    renderWithClient(<LoginForm onSignedIn={vi.fn()} />, client);
    await submit('registrar', 'wrong');
    expect(await screen.findByText('登录过于频繁')).toBeInTheDocument();
    expect(screen.getByText('请在 42 秒后再试。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '请等待 42 秒' })).toBeDisabled();
  });
});
