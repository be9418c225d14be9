import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function StudentNotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ErrorBlock status="empty" title={t('notFound.title')} description={t('notFound.description')}>
      <Button color="primary" onClick={() => navigate('/')}>
        {t('state.backHome')}
      </Button>
    </ErrorBlock>
  );
}
