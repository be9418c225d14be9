import { Alert, Button, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictRow } from './conflict-rows';

interface VersionConflictAlertProps {
  message: string;
  rows: readonly ConflictRow[];
  storedVersion: number;
  onUseStored: () => void;
  onKeepMine: () => void;
}

/** Someone saved the campaign meanwhile: what they changed, next to what this registrar typed. */
export function VersionConflictAlert({ message, rows, storedVersion, onUseStored, onKeepMine }: VersionConflictAlertProps) {
  const { t } = useTranslation('campaigns');
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="version-conflict"
      style={{ marginBottom: 12 }}
      title={message}
      description={
        <Flex vertical gap={8}>
          <span>{t('conflict.explain', { version: storedVersion })}</span>
          {rows.length > 0 && (
            <Table<ConflictRow>
              size="small"
              rowKey="field"
              pagination={false}
              dataSource={[...rows]}
              columns={[
                { key: 'field', title: t('conflict.field'), render: (_, row) => t(`fields.${row.field}`), width: 120 },
                { key: 'stored', title: t('conflict.stored'), dataIndex: 'stored' },
                { key: 'mine', title: t('conflict.mine'), dataIndex: 'mine' },
              ]}
            />
          )}
          <Flex gap={8}>
            <Button size="small" onClick={onUseStored}>
              {t('conflict.useStored')}
            </Button>
            <Button size="small" type="primary" onClick={onKeepMine}>
              {t('conflict.keepMine')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
