import { makeOperation, type GraphQLRequest, type OperationContext } from '@urql/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { renderWithClient } from '@/testing/render';
import { stubClient } from '@/testing/stub-client';
import { RecordEditForm } from './record-edit-form';

const stored = (version: number, name: string) => ({
  __typename: 'EnrolmentRecord',
  id: 'record-1',
  version,
  name,
  gender: 'MALE',
  birthDate: '2005-03-01',
  ethnicity: { __typename: 'EthnicGroup', code: '01', name: '汉族' },
  originProvince: { __typename: 'ProvinceOfOrigin', code: '50', name: '重庆市' },
  studentNumber: '222025001',
  lengthOfSchooling: 4,
  studyMode: 'FULL_TIME',
  educationCategory: 'REGULAR',
  enrolmentDate: '2025-09-01',
  expectedGraduationDate: null,
  status: 'REGISTERED',
});

function renderForm(payload: Record<string, unknown>) {
  let version = 3;
  const stub = stubClient(() => ({ data: { record: stored(version, version === 3 ? '张三' : '李四') } }));
  const executeMutation = vi.fn((request: GraphQLRequest) => {
    version = 4;
    const context = { url: '/graphql', requestPolicy: 'network-only', suspense: false } as OperationContext;
    return fromValue({
      operation: makeOperation('mutation', request, context),
      data: { updateEnrolmentRecord: payload },
      stale: false,
      hasNext: false,
    });
  });
  const client = Object.assign(stub.client, { executeMutation });
  const onSaved = vi.fn();
  renderWithClient(
    <App>
      <RecordEditForm recordId="record-1" open onClose={vi.fn()} onSaved={onSaved} />
    </App>,
    client,
  );
  return { executeQuery: stub.executeQuery, executeMutation, onSaved };
}

async function changeNameAndSave() {
  const name = await screen.findByLabelText('姓名');
  await userEvent.clear(name);
  await userEvent.type(name, '张珊');
  await userEvent.type(screen.getByLabelText('修改原因'), '学生改名，户籍证明已核对');
  await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
}

describe('RecordEditForm', () => {
  it('sends only the changed field with the version seen, and reloads on a version conflict', async () => {
    const { executeQuery, executeMutation, onSaved } = renderForm({
      __typename: 'VersionConflict',
      code: 'VERSION_CONFLICT',
      message: 'conflict',
      currentVersion: 4,
    });
    await changeNameAndSave();
    expect(executeMutation.mock.lastCall?.[0].variables).toEqual({
      input: { id: 'record-1', version: 3, reason: '学生改名，户籍证明已核对', changes: { name: '张珊' } },
    });
    expect(await screen.findByText(/他人已修改了这条学籍/)).toBeInTheDocument();
    expect(executeQuery.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(await screen.findByDisplayValue('李四')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows validation errors on the fields they name', async () => {
    renderForm({
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      message: '校验失败',
      fieldErrors: [{ __typename: 'FieldError', field: 'changes.name', message: '姓名含有非法字符' }],
    });
    await changeNameAndSave();
    expect(await screen.findByText('姓名含有非法字符')).toBeInTheDocument();
  });
});
