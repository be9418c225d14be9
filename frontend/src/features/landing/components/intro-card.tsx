import { Card } from 'antd-mobile';
import { useTranslation } from 'react-i18next';

export function IntroCard() {
  const { t } = useTranslation('landing');
  return (
    <Card>
      <h1 className="landing-title">{t('title')}</h1>
      <p className="landing-intro">{t('intro')}</p>
    </Card>
  );
}
