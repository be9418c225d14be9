import { Card, Input, Selector, TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { IdNumberHint } from '@/components/mobile/id-number-hint';
import { NameHint } from '@/components/mobile/name-hint';
import type { CorrectionReason } from '@/gql/graphql';
import type { UploadedFile } from '@/lib/upload-file';
import { EvidenceUpload } from './evidence-upload';
import { REASONS, type CorrectableField } from './field-catalogue';
import type { ItemErrors } from './validate-item';

export interface ItemState {
  requestedValue: string;
  reasonCode: CorrectionReason | null;
  note: string;
  evidence: UploadedFile[];
}

interface ItemFormProps {
  field: CorrectableField;
  label: string;
  currentValue: string | null;
  state: ItemState;
  errors: ItemErrors;
  onChange: (state: ItemState) => void;
}

/** One wrong field: the right value (checked as typed), the reason, a note and the evidence. */
export function ItemForm({ field, label, currentValue, state, errors, onChange }: ItemFormProps) {
  const { t } = useTranslation('corrections');
  const { t: tr } = useTranslation('record');
  const set = (patch: Partial<ItemState>) => onChange({ ...state, ...patch });
  const id = `correction-${field.field}`;
  const message = (key: string | undefined) =>
    key ? (key.startsWith('record:') ? tr(key.slice('record:'.length) as never) : t(key as never)) : null;

  return (
    <Card title={<h2 className="correction-item-title">{label}</h2>} className="correction-item" data-field={field.field}>
      {field.input !== 'photo' && (
        <p className="correction-hint">{t('current', { value: currentValue ?? '—' })}</p>
      )}
      <label htmlFor={`${id}-value`} className="correction-label">
        {field.input === 'photo' ? t('requestedPhoto') : t('requested')}
      </label>
      {field.input === 'enum' ? (
        <Selector
          columns={2}
          value={state.requestedValue ? [state.requestedValue] : []}
          onChange={(values) => set({ requestedValue: values[0] ?? '' })}
          options={(field.options ?? []).map((value) => ({
            value,
            label: tr(`${field.field === 'gender' ? 'gender' : field.field}.${value}` as never),
          }))}
        />
      ) : (
        <Input
          id={`${id}-value`}
          type={field.input === 'date' ? 'date' : 'text'}
          value={state.requestedValue}
          onChange={(value) => set({ requestedValue: value })}
          placeholder={field.input === 'photo' ? t('photoPlaceholder') : t('requestedPlaceholder')}
          aria-describedby={`${id}-hint`}
          aria-invalid={Boolean(errors.requestedValue)}
          className="correction-input"
        />
      )}
      {field.input === 'idNumber' && <IdNumberHint value={state.requestedValue} id={`${id}-hint`} />}
      {field.input === 'name' && <NameHint value={state.requestedValue} id={`${id}-hint`} />}
      {errors.requestedValue && (
        <p className="correction-error" role="alert">
          {message(errors.requestedValue)}
        </p>
      )}

      <p className="correction-label">{t('reason')}</p>
      <Selector
        columns={2}
        value={state.reasonCode ? [state.reasonCode] : []}
        onChange={(values) => set({ reasonCode: values[0] ?? null })}
        options={REASONS.map((reason) => ({ value: reason, label: t(`reasons.${reason}`) }))}
      />
      {errors.reasonCode && <p className="correction-error">{message(errors.reasonCode)}</p>}

      <label htmlFor={`${id}-note`} className="correction-label">
        {t('note')}
      </label>
      <TextArea
        id={`${id}-note`}
        value={state.note}
        onChange={(value) => set({ note: value })}
        placeholder={t('notePlaceholder')}
        maxLength={500}
        showCount
        rows={2}
      />
      {errors.note && <p className="correction-error">{message(errors.note)}</p>}

      <p className="correction-label">
        {t('evidence')}
        {field.main && <span className="correction-main"> · {t('mainTag')}</span>}
      </p>
      <EvidenceUpload label={`${t('evidence')}：${label}`} files={state.evidence} onChange={(evidence) => set({ evidence })} />
      {errors.evidence && <p className="correction-error">{message(errors.evidence)}</p>}
    </Card>
  );
}
