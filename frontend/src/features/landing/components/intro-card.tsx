import { Button, Card } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function IntroCard() {
  const { t } = useTranslation('landing');
  const navigate = useNavigate();
  return (
    <Card>
      <h1 className="landing-title">{t('title')}</h1>
      <p className="landing-intro">{t('intro')}</p>
      <Button block color="primary" size="large" className="landing-sign-in" onClick={() => navigate('/login')}>
        {t('signIn')}
      </Button>
    </Card>
  );
}
