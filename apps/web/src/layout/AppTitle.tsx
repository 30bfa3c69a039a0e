import { useTranslate } from 'react-admin';

export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('tsunagu.app.title')}</>;
};
