import { useTranslation } from 'react-i18next';

/** 人脸核身: only when the institution configured a provider (the server then offers REAL_PERSON). */
export function RealPerson() {
  const { t } = useTranslation('registration');
  return (
    <section aria-labelledby="dispute-real-person-title">
      <h2 id="dispute-real-person-title" className="dispute-way-title">
        {t('dispute.realPerson.title')}
      </h2>
      <p className="form-intro">{t('dispute.realPerson.intro')}</p>
      <p className="dispute-next">{t('dispute.realPerson.next')}</p>
    </section>
  );
}
