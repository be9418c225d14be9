import { Button, Card, Checkbox, ErrorBlock, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { HelpLink } from '@/components/mobile/help-link';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { useFragment } from '@/gql';
import type { PayloadError } from '@/lib/errors/describe-payload-error';
import { summaryValue } from '@/lib/records/record-values';
import { RecordValues_EnrolmentRecordFragment } from '@/lib/records/record-values-fragment';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { CorrectionRecordQuery } from '../api/correction-record-query';
import { FileTicketMutation } from '../api/ticket-mutations';
import { CORRECTABLE_FIELDS, correctableField } from '../components/field-catalogue';
import { ItemForm, type ItemState } from '../components/item-form';
import { hasErrors, validateItem, type ItemErrors } from '../components/validate-item';
import '../components/corrections.css';

const EMPTY: ItemState = { requestedValue: '', reasonCode: null, note: '', evidence: [] };

/** 申请更正: tick the wrong fields, then a form per field; files one ticket for all of them. */
export function CorrectRoute() {
  const { t } = useTranslation('corrections');
  const { t: tr } = useTranslation('record');
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CorrectionRecordQuery, variables: { id } });
  const preset = correctableField(search.get('field') ?? '') ? [search.get('field') as string] : [];
  const [chosen, setChosen] = useState<string[]>(preset);
  const [items, setItems] = useState<Record<string, ItemState>>({});
  const [errors, setErrors] = useState<Record<string, ItemErrors>>({});
  const [refusal, setRefusal] = useState<PayloadError | null>(null);
  const [{ fetching: filing, error: fileError }, file] = useMutation(FileTicketMutation);
  const { key, settle } = useIdempotencyKey();
  const record = useFragment(RecordValues_EnrolmentRecordFragment, data?.record ?? null);

  if (error && !data) return <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <MobileLoading />;
  if (!record) return <ErrorBlock status="empty" title={t('ticket.missing')} description={null} />;

  const label = (field: string) => (field === 'admissionPhoto' ? t('fields.admissionPhoto') : tr(`fields.${field}` as never));
  const shown = (field: string) =>
    field === 'admissionPhoto' ? null : summaryValue(record, field, (k) => tr(k as never));
  // The value the server compares with: enum names as stored, names of reference data.
  const raw = (field: string): string | null => {
    if (field === 'admissionPhoto') return null;
    if (field === 'ethnicity' || field === 'originProvince') return record[field].name;
    const value = (record as Record<string, unknown>)[field];
    return value === null || value === undefined ? null : String(value);
  };

  if (record.status === 'GRADUATED') {
    return (
      <Card>
        <ErrorBlock status="default" title={t('graduated')} description={<HelpLink topic="afterGraduation" />} />
      </Card>
    );
  }

  const submit = async () => {
    setRefusal(null);
    if (chosen.length === 0) return setRefusal({ code: 'VALIDATION_FAILED', message: t('noneChosen') });
    const found: Record<string, ItemErrors> = {};
    for (const field of chosen) {
      const state = items[field] ?? EMPTY;
      const result = validateItem(
        { field, requestedValue: state.requestedValue, reasonCode: state.reasonCode, note: state.note, evidenceIds: state.evidence.map((e) => e.id) },
        correctableField(field)!,
        raw(field),
      );
      if (hasErrors(result)) found[field] = result;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await file({
      input: {
        idempotencyKey: key(),
        recordId: record.id,
        items: chosen.map((field) => {
          const state = items[field] ?? EMPTY;
          return {
            field,
            requestedValue: correctableField(field)!.input === 'idNumber' ? state.requestedValue : state.requestedValue.trim(),
            reasonCode: state.reasonCode!,
            note: state.note.trim() || null,
            evidenceIds: state.evidence.map((e) => e.id),
          };
        }),
      },
    });
    if (result.error) return;
    settle();
    const payload = result.data?.fileCorrectionTicket;
    if (payload?.__typename === 'TicketSaved') {
      void navigate(`/me/tickets/${encodeURIComponent(payload.ticket.id)}`, { replace: true });
    } else if (payload && 'code' in payload) {
      setRefusal({ code: payload.code, message: payload.message });
      if (payload.__typename === 'ValidationFailed') {
        const byField: Record<string, ItemErrors> = {};
        for (const fieldError of payload.fieldErrors) {
          const match = /items\[(\d+)\]/.exec(fieldError.field);
          const field = match ? chosen[Number(match[1])] : undefined;
          if (field) byField[field] = { ...byField[field], requestedValue: fieldError.message };
        }
        setErrors(byField);
      }
    }
  };

  return (
    <>
      <Card>
        <h1 className="correction-title">{t('title')}</h1>
        <p className="correction-intro">{t('intro')}</p>
      </Card>
      <Card title={<h2 className="correction-item-title">{t('pick')}</h2>}>
        <Checkbox.Group value={chosen} onChange={(values) => setChosen(values as string[])}>
          {CORRECTABLE_FIELDS.map(({ field }) => (
            <div key={field} className="correction-pick">
              <Checkbox value={field}>
                {label(field)}
                {shown(field) !== null && <span className="correction-hint">（{shown(field) ?? '—'}）</span>}
              </Checkbox>
            </div>
          ))}
        </Checkbox.Group>
        <p className="correction-hint">{t('followsClass')}</p>
      </Card>
      {chosen.map((field) => (
        <ItemForm
          key={field}
          field={correctableField(field)!}
          label={label(field)}
          currentValue={shown(field)}
          state={items[field] ?? EMPTY}
          errors={errors[field] ?? {}}
          onChange={(state) => setItems({ ...items, [field]: state })}
        />
      ))}
      <div className="correction-block">
        {Object.keys(errors).length > 0 && !refusal && (
          <div role="alert">
            <NoticeBar color="error" wrap content={t('fixErrors')} />
          </div>
        )}
        {refusal && <PayloadErrorNotice error={refusal} />}
        {fileError && <QueryErrorBlock error={fileError} />}
        <Button block color="primary" size="large" loading={filing} onClick={() => void submit()}>
          {t('submit')}
        </Button>
      </div>
    </>
  );
}
