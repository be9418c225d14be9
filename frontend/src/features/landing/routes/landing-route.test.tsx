import { CombinedError } from '@urql/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import { renderRoutes } from '@/testing/render';
import { SWU } from '@/testing/reference-fixtures';
import { stubClient } from '@/testing/stub-client';
import { LandingRoute } from './landing-route';

const institutions = {
  institutions: {
    __typename: 'InstitutionConnection',
    edges: [{ __typename: 'InstitutionEdge', node: SWU }],
  },
};

const forbidden = new CombinedError({
  graphQLErrors: [
    {
      message: '您无权查看或修改这些数据。',
      extensions: {
        code: 'FORBIDDEN',
        messages: { 'zh-CN': '您无权查看或修改这些数据。', en: 'You are not allowed to see or change this data.' },
      },
    },
  ],
});

function renderLanding(result: Parameters<typeof stubClient>[0]) {
  const { client } = stubClient(result);
  return renderRoutes(
    [
      { path: '/', element: <LandingRoute /> },
      { path: '/institutions/:code', element: <p>colleges page</p> },
    ],
    client,
  );
}

describe('LandingRoute', () => {
  it('introduces the self-check, lists what to prepare and the institutions from the API', () => {
    renderLanding(() => ({ data: institutions }));
    expect(screen.getByRole('heading', { name: '学籍自查' })).toBeInTheDocument();
    expect(screen.getByText('请提前准备')).toBeInTheDocument();
    expect(screen.getByText('本人手机，用于接收短信验证码')).toBeInTheDocument();
    expect(screen.getByText('10635 西南大学')).toBeInTheDocument();
  });

  it('opens the colleges of the institution that was tapped', async () => {
    const { router } = renderLanding(() => ({ data: institutions }));
    await userEvent.click(screen.getByText('10635 西南大学'));
    expect(router.state.location.pathname).toBe('/institutions/10635');
    expect(await screen.findByText('colleges page')).toBeInTheDocument();
  });

  it('shows the translated message, the next step and a retry for a failed query', () => {
    renderLanding(() => ({ error: forbidden }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('您没有权限查看或修改这些数据。');
    expect(alert).toHaveTextContent('如需权限，请联系所在学院或学校的教务管理员。');
    expect(alert).toHaveTextContent('错误代码：FORBIDDEN');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
    expect(screen.queryByText('10635 西南大学')).not.toBeInTheDocument();
  });

  it('shows the same error in English', async () => {
    await i18n.changeLanguage('en');
    renderLanding(() => ({ error: forbidden }));
    expect(screen.getByRole('alert')).toHaveTextContent('You are not allowed to see or change this data.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows loading while the institutions are on their way', () => {
    renderLanding(() => undefined);
    expect(screen.getByRole('status')).toHaveTextContent('正在加载');
  });
});
