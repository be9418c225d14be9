import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithClient } from '@/testing/render';
import { colleges, connectionPage, offsetAfter } from '@/testing/reference-fixtures';
import { stubClient } from '@/testing/stub-client';
import { CollegesSection } from './colleges-section';

function renderColleges(pageSize: number) {
  const stub = stubClient((request) => {
    const text = (request.variables as { filter?: { text?: string } }).filter?.text;
    const matching = text ? colleges.filter((college) => college.name.includes(text)) : colleges;
    const page = connectionPage(matching, offsetAfter(request.variables?.after), pageSize, 'CollegeConnection');
    return { data: { colleges: page } };
  });
  renderWithClient(<CollegesSection pageSize={pageSize} />, stub.client);
  return stub.executeQuery;
}

const bodyRows = () => screen.getAllByRole('row').filter((row) => within(row).queryAllByRole('cell').length > 0);

describe('CollegesSection', () => {
  it('appends the next page on "load more" and hides the control once everything is loaded', async () => {
    const executeQuery = renderColleges(5);
    expect(bodyRows()).toHaveLength(5);
    expect(screen.getByText('已加载 5 条，还有更多')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '加载更多' }));

    expect(executeQuery.mock.lastCall?.[0].variables).toMatchObject({ first: 5, after: 'cursor-5' });
    const rows = bodyRows();
    expect(rows).toHaveLength(8);
    expect(rows[0]).toHaveTextContent('计算机与信息科学学院');
    expect(rows[7]).toHaveTextContent('法学院');
    expect(rows[7]).toHaveTextContent('10635 西南大学');
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
    expect(screen.getByText('已全部加载，共 8 条')).toBeInTheDocument();
  });

  it('filters on the server and starts again from the first page', async () => {
    const executeQuery = renderColleges(5);
    await userEvent.type(screen.getByRole('searchbox', { name: '按名称或代码筛选' }), '工程{Enter}');

    expect(executeQuery.mock.lastCall?.[0].variables).toMatchObject({
      filter: { text: '工程' },
      after: null,
    });
    const rows = bodyRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('电子信息工程学院');
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });
});
