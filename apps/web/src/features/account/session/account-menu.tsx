import { useState } from 'react';
import { Link, navigate, useLocation } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n';
import './account-menu.css';
import { useSignOut, useViewer } from './use-viewer';

/** The header's account corner: who is signed in and a way out, or a way in. */
export default function AccountMenu() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { viewer, loading } = useViewer();
  const signOut = useSignOut();
  const [failed, setFailed] = useState(false);
  if (loading) return <div className="account-menu-placeholder" />;
  if (!viewer) {
    const next = pathname.startsWith('/account/sign') ? '' : `?next=${encodeURIComponent(pathname)}`;
    return (
      <div className="account-menu">
        <Link to={`/account/sign-in${next}`}>{t('nav.signIn')}</Link>
      </div>
    );
  }
  const leave = () => {
    setFailed(false);
    signOut().then(
      () => navigate('/'),
      () => setFailed(true),
    );
  };
  return (
    <div className="account-menu">
      <Link to="/account" className="account-user" aria-current={pathname === '/account' ? 'page' : undefined}>
        <span aria-hidden="true">●</span> {viewer.user.displayName}
      </Link>
      <button type="button" className="account-sign-out" onClick={leave}>
        {t('nav.signOut')}
      </button>
      {failed && <span role="alert">{t('nav.signOutFailed')}</span>}
    </div>
  );
}
