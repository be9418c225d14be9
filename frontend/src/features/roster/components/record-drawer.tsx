import { EditOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { useSession } from '@/lib/auth/use-session';
import { RecordQuery } from '../api/record-query';
import { AdmissionPhoto } from './admission-photo';
import { RecordAuditTrail } from './record-audit-trail';
import { RecordDetails } from './record-details';
import { RecordEditForm } from './record-edit-form';
import { SelfCheckStatus } from './self-check-status';

interface RecordDrawerProps {
  recordId: string | null;
  onClose: () => void;
}

export function RecordDrawer({ recordId, onClose }: RecordDrawerProps) {
  const { t } = useTranslation('roster');
  const session = useSession();
  const registrar = session.status === 'signedIn' && session.account.roles.includes('REGISTRAR');
  const [editing, setEditing] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RecordQuery,
    variables: { id: recordId ?? '' },
    pause: recordId === null,
    requestPolicy: 'cache-and-network',
  });
  const record = recordId !== null && data?.record?.id === recordId ? data.record : null;

  return (
    <Drawer
      open={recordId !== null}
      onClose={onClose}
      size={560}
      title={record?.name ?? t('details.title')}
      destroyOnHidden
      extra={
        registrar &&
        record && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('edit.button')}
          </Button>
        )
      }
    >
      {error && <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!record && fetching && <Skeleton active />}
      {!record && !fetching && !error && <Typography.Text type="secondary">{t('details.notFound')}</Typography.Text>}
      {record && (
        <Flex vertical gap={16}>
          <Flex gap={12} align="center">
            <Typography.Text strong>{t('photo.title')}</Typography.Text>
            <AdmissionPhoto recordId={record.id} sha256={record.admissionPhoto?.sha256 ?? null} />
          </Flex>
          <div>
            <Typography.Title level={5}>{t('selfCheck.title')}</Typography.Title>
            <SelfCheckStatus record={record} onStale={() => reexecute({ requestPolicy: 'network-only' })} />
          </div>
          <RecordDetails record={record} />
          <RecordAuditTrail recordId={record.id} />
          {registrar && (
            <RecordEditForm
              recordId={record.id}
              open={editing}
              onClose={() => setEditing(false)}
              onSaved={() => reexecute({ requestPolicy: 'network-only' })}
            />
          )}
        </Flex>
      )}
    </Drawer>
  );
}
