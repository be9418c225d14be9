import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clientAnsweringMutation } from '@/testing/mutation-client';
import { renderWithClient } from '@/testing/render';
import { LoginForm } from './login-form';

async function signIn() {
  await userEvent.type(screen.getByLabelText('账号'), 'registrar');
  await userEvent.type(screen.getByLabelText('密码'), 'Demo@2025');
  await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
}

describe('LoginForm with two-step verification', () => {
  it('asks for the code, without an error, and sends it with the password', async () => {
    const { client, executeMutation } = clientAnsweringMutation({
      login: { __typename: 'LoginTotpRequired', code: 'TOTP_REQUIRED', message: '请输入动态验证码' },
    });
    renderWithClient(<LoginForm onSignedIn={vi.fn()} />, client);
    await signIn();
    const code = await screen.findByLabelText('动态验证码');
    expect(screen.queryByText('请输入动态验证码')).not.toBeInTheDocument();
    await userEvent.type(code, '123456');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(executeMutation.mock.lastCall?.[0].variables).toEqual({
      input: { identifier: 'registrar', password: 'Demo@2025', totp: '123456' },
    });
  });

  it('shows the secret to enrol when the role requires two-step verification', async () => {
    const { client } = clientAnsweringMutation({
      login: {
        __typename: 'LoginTotpEnrolmentRequired',
        code: 'TOTP_ENROLMENT_REQUIRED',
        message: '需要开启两步验证',
        secret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/EnrolCheck:registrar?secret=JBSWY3DPEHPK3PXP',
      },
    });
    renderWithClient(<LoginForm onSignedIn={vi.fn()} />, client);
    await signIn();
    expect(await screen.findByText('JBSWY3DPEHPK3PXP')).toBeInTheDocument();
    expect(screen.getByText('您的账号需要开启两步验证')).toBeInTheDocument();
    expect(screen.getByLabelText('动态验证码')).toBeInTheDocument();
  });

  it('tells a wrong code apart from the first request for one', async () => {
    const { client } = clientAnsweringMutation({
      login: { __typename: 'LoginTotpRequired', code: 'TOTP_INVALID', message: '动态验证码错误或已使用' },
    });
    renderWithClient(<LoginForm onSignedIn={vi.fn()} />, client);
    await signIn();
    expect(await screen.findByText('动态验证码错误或已使用')).toBeInTheDocument();
  });
});
