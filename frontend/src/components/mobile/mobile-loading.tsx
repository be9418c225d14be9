import { DotLoading } from 'antd-mobile';
import { useTranslation } from 'react-i18next';

export function MobileLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span>
        {t('state.loading')}
        <DotLoading />
      </span>
    </div>
  );
}
