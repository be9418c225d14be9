import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/render';
import { colleges, SWU } from '@/testing/reference-fixtures';
import { stubClient } from '@/testing/stub-client';
import { InstitutionRoute } from './institution-route';

function renderInstitution(code: string, institution: object | null, openCampaigns: object[] = []) {
  const { client, executeQuery } = stubClient(() => ({ data: { institution, openCampaigns } }));
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

  it('shows an open campaign: its notice as paragraphs, the deadline in China time and a countdown', () => {
    const closesAt = new Date(Date.now() + 3 * 86_400_000 + 5 * 3_600_000 + 30_000).toISOString();
    renderInstitution('10635', { ...SWU, colleges }, [
      {
        __typename: 'PublicCampaign',
        name: '2025级新生学籍自查',
        opensAt: '2025-09-01T00:00:00+08:00',
        closesAt,
        state: 'OPEN',
        notice: '请核对姓名。\n\n<b>有误</b>请提交更正。',
      },
    ]);
    expect(screen.getByText('2025级新生学籍自查')).toBeInTheDocument();
    expect(screen.getByText('请核对姓名。')).toBeInTheDocument();
    expect(screen.getByText('<b>有误</b>请提交更正。')).toBeInTheDocument();
    expect(screen.getByText(/^请于 .+（北京时间）前完成核对。$/)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/距截止 3 天 5 小时 0 分 \d+ 秒/);
    expect(screen.getByText('请提前准备')).toBeInTheDocument();
  });

  it('renders the notice as Markdown once the renderer has loaded, raw HTML still as text', async () => {
    renderInstitution('10635', { ...SWU, colleges }, [
      {
        __typename: 'PublicCampaign',
        name: '2025级新生学籍自查',
        opensAt: '2025-09-01T00:00:00+08:00',
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        state: 'OPEN',
        notice: '请核对**学籍信息**：\n\n- 姓名\n- 身份证号\n\n<img src=x onerror="window.__pwned=1">',
      },
    ]);
    const bold = await screen.findByText('学籍信息');
    expect(bold.tagName).toBe('STRONG');
    expect(screen.getByText('身份证号').tagName).toBe('LI');
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeInTheDocument();
    expect(document.querySelector('.campaign-notice img')).toBeNull();
  });

  it('says when the institution runs no campaign now', () => {
    renderInstitution('10635', { ...SWU, colleges });
    expect(screen.getByText('该院校目前没有进行中的学籍自查工作。')).toBeInTheDocument();
  });

  it('says so when there is no institution with that code', () => {
    renderInstitution('99999', null);
    expect(screen.getByText('没有找到院校代码为 99999 的院校。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回' })).toBeInTheDocument();
  });
});
