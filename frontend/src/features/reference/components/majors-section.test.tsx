import { screen, within } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import { renderWithClient } from '@/testing/render';
import { colleges, connectionPage } from '@/testing/reference-fixtures';
import { operationName, stubClient } from '@/testing/stub-client';
import { MajorsSection } from './majors-section';

const majors = [
  { id: 'm1', catalogueCode: '080901', name: '计算机科学与技术', level: 'BACHELOR', lengthOfSchooling: 4, college: colleges[0] },
  { id: 'm2', catalogueCode: '085400', name: '电子信息', level: 'MASTER', lengthOfSchooling: 2.5, college: colleges[1] },
].map((major) => ({ __typename: 'Major', ...major }));

function renderMajors(result: (name: string | undefined) => object) {
  const { client } = stubClient((request) => result(operationName(request)));
  renderWithClient(<MajorsSection />, client);
}

const collegeOptions = { data: { colleges: connectionPage(colleges, 0, 100, 'CollegeConnection') } };

describe('MajorsSection', () => {
  it('shows each major with its translated level and its college from the nested field', async () => {
    renderMajors((name) =>
      name === 'Reference_Majors' ? { data: { majors: connectionPage(majors, 0, 20, 'MajorConnection') } } : collegeOptions,
    );
    const row = screen.getByText('电子信息').closest('tr');
    expect(row).not.toBeNull();
    expect(within(row!).getByText('硕士研究生')).toBeInTheDocument();
    expect(within(row!).getByText('2.5')).toBeInTheDocument();
    expect(within(row!).getByText('电子信息工程学院')).toBeInTheDocument();
    expect(screen.getByText('已全部加载，共 2 条')).toBeInTheDocument();

    await i18n.changeLanguage('en');
    expect(await screen.findByText("Master's")).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'College' })).toBeInTheDocument();
  });

  it('explains a failed query above the table and offers a retry', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'x', extensions: { code: 'INVALID_CURSOR' } }],
    });
    renderMajors((name) => (name === 'Reference_Majors' ? { error } : collegeOptions));
    expect(screen.getByRole('alert')).toHaveTextContent('分页位置已失效。');
    expect(screen.getByRole('alert')).toHaveTextContent('请刷新页面，从第一页重新加载。');
    // antd spaces out two-character Chinese button labels.
    expect(screen.getByRole('button', { name: /^重\s?试$/ })).toBeInTheDocument();
  });
});
