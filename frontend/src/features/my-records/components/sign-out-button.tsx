import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { session } from '@/lib/auth/session';

/** Ends the session (refresh cookie included) and returns to the landing page. */
export function SignOutButton() {
  const { t } = useTranslation('student');
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      block
      fill="outline"
      loading={busy}
      onClick={async () => {
        setBusy(true);
        await session.signOut();
        void navigate('/', { replace: true });
      }}
    >
      {t('account.signOut')}
    </Button>
  );
}
