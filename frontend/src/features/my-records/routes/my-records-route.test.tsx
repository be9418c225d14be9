import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/render';
import { stubClient } from '@/testing/stub-client';
import { meWith, studentRecord } from '@/testing/student-fixtures';
import { MyRecordsRoute } from './my-records-route';
import { RecordRoute } from './record-route';

const routes = [
  { path: '/me', element: <MyRecordsRoute /> },
  { path: '/me/records/:id', element: <RecordRoute /> },
];

describe('MyRecordsRoute', () => {
  it('explains each likely cause with its next step when no record is linked', () => {
    const { client } = stubClient(() => ({
      data: meWith(
        [],
        [
          { code: 'NAME_DIFFERS', message: '账号中的姓名与学籍不一致。', nextStep: '请在账号设置中更正姓名。' },
          { code: 'NO_RECORD', message: '学校尚未上报您的学籍。', nextStep: '请联系学院教务老师。' },
        ],
      ),
    }));
    renderRoutes(routes, client, '/me');

    expect(screen.getByRole('heading', { name: '未找到学籍' })).toBeInTheDocument();
    expect(screen.getByText('账号中的姓名与学籍不一致。')).toBeInTheDocument();
    expect(screen.getByText('处理办法：请在账号设置中更正姓名。')).toBeInTheDocument();
    expect(screen.getByText('学校尚未上报您的学籍。')).toBeInTheDocument();
    expect(screen.getByText('处理办法：请联系学院教务老师。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
  });

  it('still says what to do when the server gives no cause', () => {
    const { client } = stubClient(() => ({ data: meWith([]) }));
    renderRoutes(routes, client, '/me');
    expect(screen.getByRole('heading', { name: '未找到学籍' })).toBeInTheDocument();
    expect(screen.getByText(/请核对账号中的姓名和证件号码/)).toBeInTheDocument();
  });

  it('lists a card per record titled by institution, level and major', () => {
    const { client } = stubClient(() => ({
      data: meWith([
        studentRecord(),
        studentRecord({
          id: 'rec-2',
          level: 'MASTER',
          major: { __typename: 'Major', id: 'm2', catalogueCode: '081200', name: '计算机科学与技术（学硕）' },
        }),
      ]),
    }));
    renderRoutes(routes, client, '/me');
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveAttribute('href', '/me/records/rec-1');
    expect(within(links[0]).getByText('西南大学 · 本科 · 计算机科学与技术')).toBeInTheDocument();
    expect(within(links[1]).getByText('西南大学 · 硕士研究生 · 计算机科学与技术（学硕）')).toBeInTheDocument();
  });
});

describe('RecordRoute', () => {
  it('shows every field in two groups and the photo placeholder when there is none', () => {
    const { client } = stubClient(() => ({ data: meWith([studentRecord()]) }));
    renderRoutes(routes, client, '/me/records/rec-1');

    const main = screen.getByRole('region', { name: '主要字段' });
    const other = screen.getByRole('region', { name: '非主要字段' });
    expect(within(main).getByText('李明')).toBeInTheDocument();
    expect(within(main).getByText('5002***********012')).toBeInTheDocument();
    expect(within(main).queryByText('分院/系所')).not.toBeInTheDocument();
    expect(within(other).getByText('计算机与信息科学学院')).toBeInTheDocument();
    expect(screen.getByText('暂无录取照片')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says a forfeited record is out of the self-check', () => {
    const { client } = stubClient(() => ({ data: meWith([studentRecord({ status: 'ADMISSION_FORFEITED' })]) }));
    renderRoutes(routes, client, '/me/records/rec-1');
    expect(screen.getByRole('note')).toHaveTextContent('放弃入学资格');
    expect(screen.getByRole('note')).toHaveTextContent('不在本次学籍自查范围内');
  });

  it('says so when the record is not one of the account', () => {
    const { client } = stubClient(() => ({ data: meWith([studentRecord()]) }));
    renderRoutes(routes, client, '/me/records/other');
    expect(screen.getByText('没有找到这条学籍，它可能不属于当前账号。')).toBeInTheDocument();
  });
});
