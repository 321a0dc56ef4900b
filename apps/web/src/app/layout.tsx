import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useI18n, type TranslationKey } from '../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES, isLang } from '../i18n/languages';
import { Link, useLocation } from './router';

// Its own chunk: the session query and Apollo's hooks stay out of the initial bundle.
const AccountMenu = lazy(() => import('../features/account/session/account-menu'));

const NAV: { to: string; label: TranslationKey }[] = [
  { to: '/', label: 'nav.home' },
  { to: '/directory', label: 'nav.directory' },
  { to: '/value-chains', label: 'nav.valueChains' },
  { to: '/communities', label: 'nav.communities' },
  { to: '/knowledge', label: 'nav.knowledge' },
  { to: '/assessment', label: 'nav.assessment' },
  { to: '/markets', label: 'nav.markets' },
  { to: '/map', label: 'nav.map' },
  { to: '/classification', label: 'nav.classification' },
  { to: '/roadmap', label: 'nav.roadmap' },
  { to: '/funding', label: 'nav.funding' },
  { to: '/api-explorer', label: 'nav.apiExplorer' },
];

const isCurrent = (to: string, pathname: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <span aria-hidden="true" className="brand-mark">
            ◆
          </span>{' '}
          LightBridge
        </Link>
        <div className="language-switch">
          <label htmlFor="language">{t('nav.language')}</label>
          <select id="language" value={lang} onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <Suspense fallback={<div className="account-menu-placeholder" />}>
          <AccountMenu />
        </Suspense>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={isCurrent(item.to, pathname) ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
