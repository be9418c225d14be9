import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connectionPage, offsetAfter } from '@/testing/reference-fixtures';
import { renderWithClient } from '@/testing/render';
import { operationName, stubClient } from '@/testing/stub-client';
import { RosterRoute } from './roster-route';

const records = Array.from({ length: 3 }, (_, i) => ({
  __typename: 'EnrolmentRecord',
  id: `record-${i + 1}`,
  studentNumber: `202401000${i + 1}`,
  name: ['王诗瑞', '陆安娜', '冯晨'][i],
  gender: i === 0 ? 'MALE' : 'FEMALE',
  idNumber: '500***********2233',
  classCode: '2024010101',
  status: i === 2 ? 'SUSPENDED' : 'REGISTERED',
  college: { __typename: 'College', id: 'college-1', name: '计算机与信息科学学院' },
  major: { __typename: 'Major', id: 'major-1', name: '计算机科学与技术' },
}));

function renderRoster(pageSize: number) {
  const stub = stubClient((request) => {
    if (operationName(request) === 'CollegeSelect_Options') {
      return { data: { colleges: { __typename: 'CollegeConnection', edges: [] } } };
    }
    const text = (request.variables as { filter?: { text?: string } }).filter?.text;
    const matching = text ? records.filter((record) => record.name.includes(text)) : records;
    return {
      data: {
        records: connectionPage(matching, offsetAfter(request.variables?.after), pageSize, 'EnrolmentRecordConnection'),
      },
    };
  });
  renderWithClient(<RosterRoute pageSize={pageSize} />, stub.client);
  return stub.executeQuery;
}

const bodyRows = () => screen.getAllByRole('row').filter((row) => within(row).queryAllByRole('cell').length > 0);

describe('RosterRoute', () => {
  it('lists records with masked ID numbers and translated values, and loads more', async () => {
    renderRoster(2);
    expect(await screen.findByRole('heading', { name: '学籍名单' })).toBeInTheDocument();
    let rows = bodyRows();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('2024010001王诗瑞男计算机与信息科学学院计算机科学与技术2024010101500***********2233注册学籍');

    await userEvent.click(screen.getByRole('button', { name: '加载更多' }));
    rows = bodyRows();
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('休学');
  });

  it('hides a column chosen in the column chooser and remembers only the column names', async () => {
    window.localStorage.clear();
    renderRoster(20);
    expect(await screen.findByRole('columnheader', { name: '身份证号' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /显示列/ }));
    await userEvent.click(await screen.findByRole('checkbox', { name: '身份证号' }));
    expect(screen.queryByRole('columnheader', { name: '身份证号' })).not.toBeInTheDocument();
    expect(bodyRows()[0]).not.toHaveTextContent('500***********2233');
    expect({ ...window.localStorage }).toEqual({ 'enrolcheck.roster.hiddenColumns': '["idNumber"]' });
    window.localStorage.clear();
  });

  it('filters by text on the server', async () => {
    const executeQuery = renderRoster(20);
    await userEvent.type(screen.getByRole('searchbox', { name: '按姓名、学号或考生号筛选' }), '冯晨{Enter}');
    const lastRecords = executeQuery.mock.calls.map(([request]) => request).filter((r) => operationName(r) === 'Roster_Records').at(-1);
    expect(lastRecords?.variables).toMatchObject({ filter: { text: '冯晨' }, after: null });
    expect(bodyRows()).toHaveLength(1);
  });
});
