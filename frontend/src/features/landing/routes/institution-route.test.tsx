import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/render';
import { colleges, SWU } from '@/testing/reference-fixtures';
import { stubClient } from '@/testing/stub-client';
import { InstitutionRoute } from './institution-route';

function renderInstitution(code: string, institution: object | null) {
  const { client, executeQuery } = stubClient(() => ({ data: { institution } }));
  renderRoutes([{ path: '/institutions/:code', element: <InstitutionRoute /> }], client, `/institutions/${code}`);
  return executeQuery;
}

describe('InstitutionRoute', () => {
  it('lists the colleges of the institution in the address', () => {
    const executeQuery = renderInstitution('10635', { ...SWU, colleges });
    expect(executeQuery.mock.lastCall?.[0].variables).toEqual({ code: '10635' });
    expect(screen.getByText('10635 西南大学 · 共 8 个分院/系所')).toBeInTheDocument();
    expect(screen.getByText('计算机与信息科学学院')).toBeInTheDocument();
    expect(screen.getByText('法学院')).toBeInTheDocument();
  });

  it('says so when there is no institution with that code', () => {
    renderInstitution('99999', null);
    expect(screen.getByText('没有找到院校代码为 99999 的院校。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回' })).toBeInTheDocument();
  });
});
