import { Alert, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { unmatchedByReason, type PhotoOutcome, type UnmatchedPhotoRow } from './photo-outcome';

/** The outcome of a photo ZIP import: the counts, then every photo that was not used and why. */
export function PhotoImportResult({ outcome }: { outcome: PhotoOutcome }) {
  const { t } = useTranslation('import');
  if (outcome.kind === 'rejected') {
    return (
      <Alert
        type="error"
        showIcon
        title={outcome.message}
        description={t('codeLabel', { code: outcome.code })}
      />
    );
  }
  return (
    <Flex vertical gap={16}>
      <Alert
        type={outcome.unmatched.length > 0 ? 'warning' : 'success'}
        showIcon
        title={t('photos.done', { matched: outcome.matched, unmatched: outcome.unmatched.length })}
      />
      <Flex gap={32} wrap>
        <Statistic title={t('photos.matched')} value={outcome.matched} />
        <Statistic title={t('photos.added')} value={outcome.added} />
        <Statistic title={t('photos.replaced')} value={outcome.replaced} />
        <Statistic title={t('photos.unchanged')} value={outcome.unchanged} />
        <Statistic title={t('photos.unmatched')} value={outcome.unmatched.length} />
      </Flex>
      {outcome.unmatched.length > 0 && (
        <>
          <Typography.Title level={5}>{t('photos.unmatchedTitle')}</Typography.Title>
          <Flex gap={8} wrap>
            {unmatchedByReason(outcome.unmatched).map(({ reason, count }) => (
              <Tag key={reason} color="orange">
                {t(`photos.reasons.${reason}`)} × {count}
              </Tag>
            ))}
          </Flex>
          <Table<UnmatchedPhotoRow>
            rowKey="key"
            size="small"
            dataSource={outcome.unmatched}
            pagination={outcome.unmatched.length > 20 ? { pageSize: 20 } : false}
            columns={[
              { key: 'fileName', title: t('photos.fileName'), dataIndex: 'fileName' },
              {
                key: 'reason',
                title: t('photos.reason'),
                width: 140,
                render: (_, row) => <Tag color="orange">{t(`photos.reasons.${row.reason}`)}</Tag>,
              },
              { key: 'message', title: t('photos.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
