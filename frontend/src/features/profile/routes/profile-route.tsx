import { Card } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { ProfileQuery } from '../api/profile-api';
import { EmailSection } from '../components/email-section';
import { NameSection } from '../components/name-section';
import { PasswordSection } from '../components/password-section';
import { PhoneSection } from '../components/phone-section';
import { SessionsSection } from '../components/sessions-section';
import '@/components/mobile/mobile-form.css';
import '../components/profile.css';

/** 个人中心: name, phone, security e-mail, password, signed-in devices and recent sign-ins. */
export function ProfileRoute() {
  const { t } = useTranslation('profile');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProfileQuery, requestPolicy: 'cache-and-network' });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (error && !data) return <QueryErrorBlock error={error} onRetry={refresh} />;
  if (fetching && !data) return <MobileLoading />;
  const me = data?.me;
  if (!me) return <MobileLoading />;
  return (
    <>
      <Card>
        <h1 className="form-title">{t('title')}</h1>
      </Card>
      <NameSection displayName={me.displayName} onChanged={refresh} />
      <PhoneSection maskedPhone={me.maskedPhone ?? null} onChanged={refresh} />
      <EmailSection email={me.email ?? null} onChanged={refresh} />
      <PasswordSection onChanged={refresh} />
      <SessionsSection sessions={me.sessions} history={me.loginHistory} onChanged={refresh} />
    </>
  );
}
