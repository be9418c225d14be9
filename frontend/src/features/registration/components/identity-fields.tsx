import { Input, Selector } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { IdNumberHint } from '@/components/mobile/id-number-hint';
import { NameHint } from '@/components/mobile/name-hint';
import type { IdType } from '@/gql/graphql';
import { FieldError } from './field-error';

const ID_TYPES: IdType[] = ['RESIDENT_ID', 'HMT_RESIDENCE_PERMIT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'PASSPORT', 'FOREIGN_PERMANENT_RESIDENT_ID'];

interface IdentityFieldsProps {
  name: string;
  idType: IdType;
  idNumber: string;
  problems: Record<string, string>;
  onChange: (patch: { name?: string; idType?: IdType; idNumber?: string }) => void;
}

/** Name with its rules, ID type, and the ID number checked as it is typed. */
export function IdentityFields({ name, idType, idNumber, problems, onChange }: IdentityFieldsProps) {
  const { t } = useTranslation('registration');
  const { t: tr } = useTranslation('record');
  return (
    <>
      <label className="form-label" htmlFor="reg-name">
        {t('name')}
      </label>
      <Input
        id="reg-name"
        className="form-input"
        value={name}
        onChange={(value) => onChange({ name: value })}
        placeholder={t('namePlaceholder')}
        autoComplete="name"
        aria-describedby="reg-name-hint"
      />
      <NameHint value={name} id="reg-name-hint" />
      <FieldError problem={problems.name} />

      <p className="form-label">{t('idType')}</p>
      <Selector
        columns={2}
        value={[idType]}
        onChange={(values) => values[0] && onChange({ idType: values[0] })}
        options={ID_TYPES.map((value) => ({ value, label: tr(`idType.${value}`) }))}
      />

      <label className="form-label" htmlFor="reg-id">
        {t('idNumber')}
      </label>
      <Input
        id="reg-id"
        className="form-input"
        value={idNumber}
        onChange={(value) => onChange({ idNumber: value })}
        placeholder={t('idNumberPlaceholder')}
        autoComplete="off"
        aria-describedby="reg-id-hint"
      />
      {idType === 'RESIDENT_ID' && <IdNumberHint value={idNumber} id="reg-id-hint" />}
      <p className="input-hint input-hint-info">{t('idNumberFixed')}</p>
      <FieldError problem={problems.idNumber} />
    </>
  );
}
