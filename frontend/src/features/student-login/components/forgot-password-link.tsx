import { Button, Dialog } from 'antd-mobile';
import { useTranslation } from 'react-i18next';

/** No reset flow yet: says that SMS reset is coming and who helps meanwhile. */
export function ForgotPasswordLink() {
  const { t } = useTranslation('student');
  return (
    <Button
      fill="none"
      size="small"
      color="primary"
      onClick={() =>
        Dialog.alert({
          title: t('login.forgotTitle'),
          content: t('login.forgotText'),
          confirmText: t('login.forgotClose'),
        })
      }
    >
      {t('login.forgot')}
    </Button>
  );
}
