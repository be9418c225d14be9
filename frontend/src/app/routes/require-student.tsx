import { Button, ErrorBlock } from 'antd-mobile';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { session } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';

/** Guards the student's own pages: signed-out visitors sign in first; staff accounts are sent on. */
export function RequireStudent({ children }: { children: ReactNode }) {
  const { t } = useTranslation('student');
  const state = useSession();

  useEffect(() => {
    void session.restore();
  }, []);

  if (state.status === 'signedOut') return <Navigate to="/login" replace />;
  if (state.status !== 'signedIn') return <MobileLoading />;
  if (!state.account.roles.includes('STUDENT')) {
    return (
      <ErrorBlock status="default" title={t('account.notStudent')} description={null}>
        <Link to="/staff">
          <Button color="primary" size="small">
            {t('account.toStaff')}
          </Button>
        </Link>
      </ErrorBlock>
    );
  }
  return children;
}
