import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function ForbiddenResult() {
  const { t } = useTranslation('auth');
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.description')} />;
}
