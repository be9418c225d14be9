import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { TotpEnrolment } from '../components/totp-enrolment';

/** The signed-in staff member's own security settings: two-step verification. */
export function SecurityRoute() {
  const { t } = useTranslation('auth');
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('security.title')} description={t('security.pageDescription')} />
      <Card title={t('security.totpTitle')}>
        <TotpEnrolment />
      </Card>
    </Flex>
  );
}
