import { List } from 'antd-mobile';
import { FileOutline, PhonebookOutline, PictureOutline, UserContactOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';

export function PrepareList() {
  const { t } = useTranslation('landing');
  const items = [
    { key: 'idCard', icon: <UserContactOutline />, text: t('prepare.idCard') },
    { key: 'phone', icon: <PhonebookOutline />, text: t('prepare.phone') },
    { key: 'admission', icon: <FileOutline />, text: t('prepare.admission') },
    { key: 'photo', icon: <PictureOutline />, text: t('prepare.photo') },
  ];
  return (
    <List mode="card" header={t('prepare.title')}>
      {items.map((item) => (
        <List.Item key={item.key} prefix={<span className="prepare-icon">{item.icon}</span>}>
          {item.text}
        </List.Item>
      ))}
    </List>
  );
}
