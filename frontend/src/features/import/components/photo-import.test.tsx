import { makeOperation, type GraphQLRequest, type OperationContext } from '@urql/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { renderWithClient } from '@/testing/render';
import { stubClient } from '@/testing/stub-client';
import { PhotoImport } from './photo-import';

const uploadFile = vi.hoisted(() => vi.fn());
vi.mock('@/lib/upload-file', async (original) => ({
  ...(await original<typeof import('@/lib/upload-file')>()),
  uploadFile,
}));

describe('PhotoImport', () => {
  it('uploads the ZIP as PHOTO_ZIP, imports it and shows the counts and the unmatched photos', async () => {
    uploadFile.mockResolvedValue({ id: 'upload-1', fileName: 'photos.zip', byteSize: 10, contentType: 'application/zip' });
    const stub = stubClient(() => undefined);
    const executeMutation = vi.fn((request: GraphQLRequest) =>
      fromValue({
        operation: makeOperation('mutation', request, { url: '/graphql' } as OperationContext),
        stale: false,
        hasNext: false,
        data: {
          importAdmissionPhotos: {
            __typename: 'AdmissionPhotosImported',
            matched: 4,
            replaced: 1,
            unchanged: 1,
            unmatched: [{ __typename: 'UnmatchedPhoto', fileName: 'x/99.jpg', reason: 'NO_SUCH_RECORD', message: '没有考生号或学号为 99 的学籍' }],
          },
        },
      }),
    );
    (stub.client as unknown as { executeMutation: typeof executeMutation }).executeMutation = executeMutation;
    const { container } = renderWithClient(<PhotoImport />, stub.client);

    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['zip'], 'photos.zip', { type: 'application/zip' }));
    await userEvent.click(screen.getByRole('button', { name: '上传并导入' }));

    expect(await screen.findByText('已导入 4 张照片，1 张未导入')).toBeInTheDocument();
    expect(uploadFile).toHaveBeenCalledWith(expect.any(File), 'photos.zip', 'PHOTO_ZIP', expect.any(Function));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({ input: { uploadId: 'upload-1' } });
    expect(screen.getByText('x/99.jpg')).toBeInTheDocument();
    expect(screen.getByText('没有考生号或学号为 99 的学籍')).toBeInTheDocument();
    expect(screen.getAllByText('无对应学籍').length).toBeGreaterThan(0);
  });
});
