import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Image, Modal, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthorizedBlobUrl } from '@/lib/use-authorized-blob-url';

interface Evidence {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** GET /api/tickets/evidence/{id}: for the ticket's reviewers, audited; fetched with the bearer token. */
export function evidenceUrl(evidenceId: string): string {
  return `/api/tickets/evidence/${encodeURIComponent(evidenceId)}`;
}

function EvidenceFile({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation('ticketReview');
  const file = useAuthorizedBlobUrl(evidenceUrl(evidence.id));
  if (file.status === 'loading' || file.status === 'idle') return <Spin />;
  if (file.status !== 'shown') return <Alert type="warning" showIcon title={t('evidence.failed')} />;
  if (evidence.contentType === 'application/pdf') {
    return <iframe title={evidence.fileName} src={file.url} style={{ width: '100%', height: '70vh', border: 0 }} />;
  }
  // antd's preview zooms and rotates the image.
  return <Image src={file.url} alt={evidence.fileName} style={{ maxHeight: '65vh', objectFit: 'contain' }} />;
}

/** The evidence of one item: a button per file, opened in a viewer (zoomable image or inline PDF). */
export function EvidenceViewer({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useTranslation('ticketReview');
  const [open, setOpen] = useState<Evidence | null>(null);
  if (evidence.length === 0) return <span>{t('evidence.none')}</span>;
  return (
    <Space wrap size={4}>
      {evidence.map((file) => (
        <Button
          key={file.id}
          size="small"
          icon={file.contentType === 'application/pdf' ? <FilePdfOutlined /> : <PaperClipOutlined />}
          onClick={(event) => {
            event.stopPropagation();
            setOpen(file);
          }}
        >
          {file.fileName}
        </Button>
      ))}
      <Modal open={open !== null} title={open?.fileName} footer={null} width={880} onCancel={() => setOpen(null)} destroyOnHidden>
        {open && <EvidenceFile evidence={open} />}
      </Modal>
    </Space>
  );
}
