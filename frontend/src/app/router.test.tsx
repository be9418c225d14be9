import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '@/testing/render';
import { colleges, connectionPage } from '@/testing/reference-fixtures';
import { stubClient } from '@/testing/stub-client';
import { routes } from './router';

// jsdom has no canvas; the chart is covered by the build and by e2e screenshots.
vi.mock('@/features/reference/components/majors-per-college-chart', () => ({
  MajorsPerCollegeChart: () => null,
}));

const { client } = stubClient(() => ({
  data: {
    institutions: { __typename: 'InstitutionConnection', edges: [] },
    colleges: connectionPage(colleges, 0, 20, 'CollegeConnection'),
  },
}));

describe('routes', () => {
  it('shows a not-found page for an unknown student address', async () => {
    renderRoutes(routes, client, '/no-such-page');
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回首页' })).toBeInTheDocument();
  });

  it('sends /staff to the reference data, lazily loaded, with a working language switch', async () => {
    const { router } = renderRoutes(routes, client, '/staff');
    expect(await screen.findByRole('heading', { name: '参考数据' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/staff/reference');
    expect(await screen.findByText('计算机与信息科学学院')).toBeInTheDocument();

    await userEvent.click(screen.getByText('English'));
    expect(await screen.findByRole('heading', { name: 'Reference data' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Enrolment record self-check · Staff'));
  });

  it('shows the staff not-found page inside the staff area', async () => {
    renderRoutes(routes, client, '/staff/nothing-here');
    expect(await screen.findByText('页面不存在', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('学籍自查 · 管理端')).toBeInTheDocument();
  });
});
