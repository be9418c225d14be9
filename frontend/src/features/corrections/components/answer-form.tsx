import { Button, Card, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { PayloadError } from '@/lib/errors/describe-payload-error';
import type { UploadedFile } from '@/lib/upload-file';
import { AnswerTicketMutation } from '../api/ticket-mutations';
import { EvidenceUpload } from './evidence-upload';

interface AnswerFormProps {
  ticketId: string;
  version: number;
  items: { id: string; label: string }[];
  onAnswered: () => void;
}

/** 补充材料: a reply to the reviewer's question, with more evidence per item. */
export function AnswerForm({ ticketId, version, items, onAnswered }: AnswerFormProps) {
  const { t } = useTranslation('corrections');
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<PayloadError | null>(null);
  const [{ fetching, error }, answer] = useMutation(AnswerTicketMutation);

  const submit = async () => {
    setRefusal(null);
    if (note.trim().length < 2) return setProblem(t('ticket.answerShort'));
    setProblem(null);
    const result = await answer({
      input: {
        ticketId,
        version,
        note: note.trim(),
        items: items
          .filter((item) => (files[item.id] ?? []).length > 0)
          .map((item) => ({ itemId: item.id, evidenceIds: files[item.id].map((file) => file.id) })),
      },
    });
    const payload = result.data?.answerCorrectionTicket;
    if (payload?.__typename === 'TicketSaved') onAnswered();
    else if (payload && 'code' in payload) setRefusal({ code: payload.code, message: payload.message });
  };

  return (
    <Card title={<h2 className="correction-item-title">{t('ticket.needsInfo')}</h2>}>
      {refusal && <PayloadErrorNotice error={refusal} />}
      {error && <QueryErrorBlock error={error} />}
      <label htmlFor="ticket-answer" className="correction-label">
        {t('ticket.answer')}
      </label>
      <TextArea
        id="ticket-answer"
        value={note}
        onChange={setNote}
        placeholder={t('ticket.answerPlaceholder')}
        maxLength={500}
        showCount
        rows={3}
      />
      {problem && (
        <p className="correction-error" role="alert">
          {problem}
        </p>
      )}
      {items.map((item) => (
        <div key={item.id}>
          <p className="correction-label">
            {t('evidence')} · {item.label}
          </p>
          <EvidenceUpload
            label={`${t('evidence')}：${item.label}`}
            files={files[item.id] ?? []}
            onChange={(next) => setFiles({ ...files, [item.id]: next })}
          />
        </div>
      ))}
      <Button block color="primary" loading={fetching} onClick={() => void submit()} style={{ marginTop: 12 }}>
        {t('ticket.answerSubmit')}
      </Button>
    </Card>
  );
}
