import { Link, useDocumentTitle } from '../app/router';
import { useI18n } from '../i18n/i18n';

export function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </section>
  );
}
